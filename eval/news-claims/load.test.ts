import { describe, expect, it } from 'vitest';
import { absentReason, datasetDir } from '../datasets/paths.js';
import { loadNewsClaims, scrapedInput } from './load.js';

const dir = datasetDir('news_claims_dev');

describe.skipIf(dir === null)(
  `news_claims_dev loader${dir === null ? ` (skipped: ${absentReason('datasets/news_claims_dev')})` : ''}`,
  () => {
    const docs = loadNewsClaims(dir ?? '');

    it('reads both sets with their gold', () => {
      expect(docs.length).toBe(46);
      expect(docs.reduce((n, d) => n + d.quotes.length, 0)).toBe(159 + 178);
      expect(docs.reduce((n, d) => n + d.quantities.length, 0)).toBe(240 + 216);
    });

    it('places every gold span on its words (code points converted to UTF-16)', () => {
      for (const d of docs) {
        for (const q of d.quotes) expect(d.text.slice(q.span.start, q.span.end)).toBe(q.content);
        for (const q of d.quantities) expect(d.text.slice(q.span.start, q.span.end)).toBe(q.text);
      }
    });

    it('feeds an article as a scraped JSON object with its URL and title', () => {
      const doc = docs.find((d) => d.title !== null);
      if (!doc) throw new Error('no document has a title');
      const input = scrapedInput(doc);
      expect([input.format, input.meta.url, input.meta.title, input.body]).toEqual([
        'json',
        doc.url,
        doc.title,
        doc.text,
      ]);
    });
  },
);
