import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAbsent, startUi } from './harness.js';
import type { UiHarness } from './harness.js';

let ui: UiHarness;

/** Every way the payload could run sets a flag or opens a dialog. */
const PAYLOAD = [
  'Officials said on Monday that dozens of workers had arrived. <script>window.__pwned = "script"; alert(1)</script>',
  'A photo <img src="x" onerror="window.__pwned = \'onerror\'; alert(2)"> was shown.',
  'Read <a href="javascript:window.__pwned = \'link\'; alert(3)">the full report</a> here.',
  '<svg onload="window.__pwned = \'svg\'"></svg> <iframe src="javascript:alert(4)"></iframe>',
].join('\n\n');

async function post(type: string, body: string): Promise<string> {
  const res = await fetch(new URL('/api/articles', ui.server.url), {
    method: 'POST',
    headers: { 'Content-Type': type },
    body,
  });
  expect([200, 201]).toContain(res.status);
  return ((await res.json()) as { id: string }).id;
}

describe.skipIf(browserAbsent !== null)(
  `untrusted article text${browserAbsent ? ` (skipped: ${browserAbsent})` : ''}`,
  () => {
    beforeAll(async () => {
      ui = await startUi([]);
    });
    afterAll(() => ui?.close());

    it.each([
      ['text/plain', PAYLOAD],
      [
        'text/html',
        `<html><head><title>Workers <img src=x onerror=alert(5)></title></head><body><article><h1>Workers</h1><p>${PAYLOAD.split('\n\n').join('</p><p>')}</p><p>More words to make this long enough to be read as an article by the reader of pages.</p></article></body></html>`,
      ],
      [
        'application/json',
        JSON.stringify({
          title: '<img src=x onerror="window.__pwned=\'title\'">Workers',
          text: PAYLOAD,
          url: 'javascript:alert(6)',
        }),
      ],
    ])(
      'a %s article with script, onerror and javascript: links runs nothing when viewed',
      async (type, body) => {
        const id = await post(type, body);
        const page = await ui.browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        for (const hash of [`#/article/${id}`, '#/stories', '#/search?q=workers', '#/conflicts']) {
          await page.goto(new URL(`/${hash}`, ui.server.url).href);
          await page.waitForSelector('main h1');
          await page.waitForTimeout(150);
        }
        await page.goto(new URL(`/#/article/${id}`, ui.server.url).href);
        await page.waitForSelector('.article-text');
        // Clicking where the link was must not run it either: it is text.
        const where = page.getByText('the full report').first();
        if ((await where.count()) > 0) await where.click();
        await page.waitForTimeout(150);
        expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(
          await page
            .locator('.article-text script, .article-text img, .article-text a, .article-text iframe')
            .count(),
        ).toBe(0);
        if (type === 'text/plain')
          expect(await page.locator('.article-text').textContent()).toContain('<script>');
        await page.close();
      },
    );
  },
);
