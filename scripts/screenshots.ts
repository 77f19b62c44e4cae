/**
 * Screenshots of the web UI for the README (run by hand: `npx tsx scripts/screenshots.ts`).
 * Serves two temp stores (the seeds, and ../shared/corpus/nk-workers when present) and
 * captures the story page, the series chart, the entity page and the article page at 1280 and
 * 390 px wide into docs/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Page, SeriesView, StorySummary, ConflictView, EntitySummary } from '../src/engine/views.js';
import { SHARED } from '../eval/datasets/paths.js';
import { startUi } from '../test/browser/harness.js';
import { SAMPLE } from '../test/helpers/server.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const WIDTHS = [1280, 390] as const;
/** Long pages are cut here: the top of a page is what a reader sees first. */
const MAX_HEIGHT = 2600;

async function api<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** The hashes to capture on one store: its biggest story, its workers series, Ilichev, a claim's article. */
async function targets(base: string): Promise<[string, string][]> {
  const stories = await api<Page<StorySummary>>(base, '/api/stories?limit=200');
  const story = [...stories.items].sort((a, b) => b.articles - a.articles)[0];
  const series = await api<Page<SeriesView>>(base, '/api/series?measure=workers&limit=200');
  const measure = [...series.items].sort((a, b) => b.points.length - a.points.length)[0];
  const people = await api<Page<EntitySummary>>(base, '/api/entities?q=Ilichev');
  const conflicts = await api<Page<ConflictView>>(base, '/api/conflicts?limit=200');
  const claim =
    conflicts.items.find((c) => c.type === 'contradicted')?.claims[1] ?? conflicts.items[0]?.claims[0];
  const out: [string, string][] = [];
  if (story) out.push(['story', `#/story/${encodeURIComponent(story.id)}`]);
  if (measure) out.push(['series', `#/series?measure=${encodeURIComponent(measure.measure)}`]);
  if (people.items[0]) out.push(['entity', `#/entity/${encodeURIComponent(people.items[0].id)}`]);
  if (claim)
    out.push([
      'article',
      `#/article/${encodeURIComponent(claim.articleId)}?claim=${encodeURIComponent(claim.key)}`,
    ]);
  return out;
}

async function capture(
  browser: Browser,
  base: string,
  name: string,
  shots: [string, string][],
): Promise<void> {
  for (const width of WIDTHS) {
    for (const [page, hash] of shots) {
      const tab = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await tab.goto(new URL(`/${hash}`, base).href);
      await tab.waitForSelector('main h1');
      if (page === 'series') {
        // Show a point's claim, as a reader hovering it would see it.
        await tab.locator('svg.chart .point.conflicting, svg.chart .point').first().focus();
      }
      if (page === 'article') await tab.waitForSelector('.in-focus');
      await tab.waitForTimeout(300);
      if (page === 'article') await tab.evaluate('window.scrollTo(0, 0)');
      const height = await tab.evaluate<number>('document.documentElement.scrollHeight');
      const file = join(OUT, `${name}-${page}-${width}.png`);
      await tab.screenshot({
        path: file,
        clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
        fullPage: true,
      });
      console.log(file);
      await tab.close();
    }
  }
}

mkdirSync(OUT, { recursive: true });
const corpus = join(SHARED, 'corpus', 'nk-workers', 'docs');
const sets: [string, string[]][] = [['seeds', [SAMPLE]]];
if (existsSync(corpus)) sets.push(['corpus', [corpus]]);
else console.log(`skipping the corpus: ${corpus} is absent`);
for (const [name, paths] of sets) {
  const ui = await startUi(paths);
  try {
    await capture(ui.browser, ui.server.url, name, await targets(ui.server.url));
  } finally {
    await ui.close();
  }
}
