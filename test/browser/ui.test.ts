import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as BrowserPage } from 'playwright-core';
import type { Page, StorySummary, TimelineEntryView } from '../../src/engine/views.js';
import { browserAbsent, startUi } from './harness.js';
import type { UiHarness } from './harness.js';

let ui: UiHarness;
let story: StorySummary;

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, ui.server.url));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function open(hash: string, width = 1280): Promise<BrowserPage> {
  const page = await ui.browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(`/${hash}`, ui.server.url).href);
  (page as BrowserPage & { errors?: string[] }).errors = errors;
  return page;
}

describe.skipIf(browserAbsent !== null)(
  `the web UI in Chromium${browserAbsent ? ` (skipped: ${browserAbsent})` : ''}`,
  () => {
    beforeAll(async () => {
      ui = await startUi();
      story = (await api<Page<StorySummary>>('/api/stories')).items[0] as StorySummary;
    });
    afterAll(() => ui?.close());

    it('lists the story and opens it', async () => {
      const page = await open('#/stories');
      await page.getByRole('link', { name: story.label }).click();
      await page.waitForSelector('.timeline .entry');
      expect(page.url()).toContain(`#/story/${story.id}`);
      expect(await page.locator('h1').textContent()).toBe(story.label);
      await page.close();
    });

    it('shows the timeline entries in the order of the times they refer to', async () => {
      const page = await open(`#/story/${story.id}`);
      await page.waitForSelector('.timeline .entry');
      const shown = await page
        .locator('.timeline-section .entry')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-time')));
      const expected = (
        await api<Page<TimelineEntryView>>(`/api/timeline?story=${story.id}&limit=200`)
      ).items.map((e) => e.time?.value ?? '');
      expect(shown).toEqual(expected);
      // The issue's anchors, in order.
      const at = ['2017-12', '2018-11', '2019-12-22', '2019-12-23', '2020-01-16'].map((t) =>
        shown.indexOf(t),
      );
      expect(at.every((i) => i >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      await page.close();
    });

    it('opens a conflict from its mark and follows a claim to its highlighted sentence', async () => {
      const page = await open(`#/story/${story.id}`);
      const mark = page.locator('.timeline .conflict-mark').first();
      await mark.click();
      const opened = page.locator('details.conflict[open]');
      await opened.waitFor();
      expect((await opened.locator('.conflict-reason').textContent())?.length).toBeGreaterThan(20);
      const link = opened.locator('.conflict-claims a.provenance').first();
      const target = new URL((await link.getAttribute('href')) ?? '', 'http://x/').hash;
      const claimKey = new URLSearchParams(target.split('?')[1] ?? '').get('claim') ?? '';
      await link.click();
      const focus = page.locator('.article-text .in-focus').first();
      await focus.waitFor();
      expect(await page.evaluate<string>('location.hash')).toContain('claim=');
      // The marked text is the claim's sentence, and it is in view.
      const articleId = decodeURIComponent(target.split('?')[0]?.split('/')[2] ?? '');
      const detail = await api<{ claims: { key: string; sentence: { text: string } }[] }>(
        `/api/articles/${articleId}`,
      );
      const sentence = detail.claims.find((c) => c.key === claimKey)?.sentence.text ?? '';
      const marked = (await page.locator('.article-text .in-focus').allTextContents()).join('');
      expect(marked).toBe(sentence);
      const box = await focus.boundingBox();
      expect(box && box.y >= 0 && box.y < 900).toBe(true);
      await page.close();
    });

    it('shows each highlight’s normalised value and rule', async () => {
      const id = (await api<Page<{ id: string }>>('/api/articles')).items[0]?.id ?? '';
      const page = await open(`#/article/${id}`);
      const time = page.locator('.article-text .hl-time').first();
      await time.waitFor();
      await time.focus();
      const info = await page.locator('.mark-info').textContent();
      expect(info).toMatch(/rule \S+/);
      expect(await time.getAttribute('title')).toMatch(/\d{4}.*· (year|month|day|week)/);
      await page.close();
    });

    it('draws the series chart with a mark per point and shows a point’s claim on focus', async () => {
      const page = await open('#/series?measure=workers');
      await page.waitForSelector('svg.chart .point');
      const marks = await page.locator('svg.chart .point').count();
      expect(marks).toBeGreaterThanOrEqual(3);
      await page.locator('svg.chart .point').first().focus();
      expect(await page.locator('.point-detail a').count()).toBeGreaterThan(0);
      await page.close();
    });

    it('is readable at 390 px: nothing wider than the screen', async () => {
      for (const hash of [`#/story/${story.id}`, '#/series', '#/search?q=workers']) {
        const page = await open(hash, 390);
        await page.waitForSelector('main h1');
        await page.waitForTimeout(200);
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        expect(width, hash).toBeLessThanOrEqual(390);
        await page.close();
      }
    });

    it('is usable by keyboard: the first Tab reaches the skip link, then the navigation', async () => {
      const page = await open('#/stories');
      await page.waitForSelector('.stories');
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe(
        'Skip to content',
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Stories');
      await page.close();
    });
  },
);
