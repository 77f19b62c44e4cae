import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { absentReason, SHARED } from '../../eval/datasets/paths.js';
import { adjustedRand, bcubed } from '../../eval/ecbplus/cluster-metrics.js';
import { createPipeline } from '../pipeline/order.js';
import { createLedgerLinker } from './ledger-linker.js';
import type { LedgerLinker } from './ledger-linker.js';
import type { Story } from './stories/index.js';

interface Doc {
  readonly id: string;
  readonly story: string;
  readonly mirror_of: string | null;
  readonly language: string;
}

const corpus = join(SHARED, 'corpus', 'nk-workers');
const present = existsSync(join(corpus, 'manifest.jsonl'));

/**
 * The nk-workers corpus (56 real articles, three stories, eight mirror pairs), run through the
 * current pipeline and the ledger linker in manifest order. Figures measured when written:
 * stories B³ F1 81.4 (P 100, R 68.7), ARI 48.9; mirror pairs P 100, R 100 (8 of 8). Over ten
 * arrival orders B³ F1 ranged 77.5–87.1 with precision 100 in each.
 */
describe.skipIf(!present)('nk-workers corpus', () => {
  const docs: Doc[] = [];
  const ids = new Map<string, string>();
  let ledger: LedgerLinker;

  const stories = new Map<string, Story | undefined>();
  const groupOf = new Map<string, string>();

  beforeAll(async () => {
    const pipeline = createPipeline();
    ledger = createLedgerLinker();
    const lines = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n');
    for (const [i, line] of lines.entries()) {
      const doc = JSON.parse(line) as Doc;
      docs.push(doc);
      const body = readFileSync(join(corpus, 'docs', `${doc.id}.txt`), 'utf8');
      const article = pipeline.run({
        kind: 'input',
        source: `${doc.id}.txt`,
        format: 'text',
        bodyFormat: 'text',
        body,
        meta: {},
        messages: [],
      });
      ids.set(doc.id, article.id);
      await ledger.add(article, i);
    }
    // The answers, read once: the tests below compare them with the manifest.
    const index = ledger.indexes.stories;
    for (const doc of docs) {
      const id = ids.get(doc.id) ?? '';
      let story = await index.story((await index.storyOf(id)) ?? '');
      while (story?.mergedInto !== undefined) story = await index.story(story.mergedInto);
      stories.set(doc.id, story);
      groupOf.set(doc.id, await ledger.groupOf(id));
    }
  });

  const storyOf = (doc: string) => stories.get(doc);

  it('links exactly the mirror pairs of the manifest', () => {
    const expected = docs
      .filter((d) => d.mirror_of !== null)
      .map((d) => [d.id, d.mirror_of].sort().join(' '));
    const groups = new Map<string, string[]>();
    for (const d of docs) {
      const g = groupOf.get(d.id) ?? d.id;
      groups.set(g, [...(groups.get(g) ?? []), d.id]);
    }
    const found = [...groups.values()]
      .filter((g) => g.length > 1)
      .flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => [a, b].sort().join(' '))));
    expect(found.sort()).toEqual(expected.sort());
  });

  it('keeps the two distractor stories out of the main one, and each whole', () => {
    for (const distractor of ['hanoi-summit', 'trade-deal']) {
      const stories = new Set(docs.filter((d) => d.story === distractor).map((d) => storyOf(d.id)?.id));
      expect(stories.size).toBe(1);
      const main = docs.filter((d) => d.story === 'nk-workers').map((d) => storyOf(d.id)?.id);
      expect(main).not.toContain([...stories][0]);
    }
  });

  it('agrees with the manifest stories at least as well as when measured', () => {
    const predicted = new Map(docs.map((d) => [d.id, storyOf(d.id)?.id ?? d.id]));
    const gold = new Map(docs.map((d) => [d.id, d.story]));
    const b3 = bcubed(predicted, gold);
    expect(b3.precision).toBeGreaterThanOrEqual(0.95);
    expect(b3.f1).toBeGreaterThanOrEqual(0.78);
    expect(adjustedRand(predicted, gold)).toBeGreaterThanOrEqual(0.45);
  });

  it('labels the main story as a reader would', () => {
    const main = storyOf('seed-000');
    expect(main?.label).toMatch(/North Korean (workers|laborers)/i);
    expect(main?.label).toMatch(/Russia/);
  });

  // Known failures, kept on record.
  it.todo(
    'puts every nk-workers article into one story (stays split: sub-events such as Mongolia, Qatar/Kuwait and the 2020 COVID strandings form stories of their own, and German articles that arrive before their anchors are known start one)',
  );
  it.todo(
    'links Ilichev and Ilyichev as one person (needs the entity layer of branch `entities`; covered with hand-built entities in entities/entities.test.ts)',
  );
});

describe.skipIf(present)('nk-workers corpus (absent)', () => {
  it.skip(absentReason('../shared/corpus/nk-workers'), () => {});
});
