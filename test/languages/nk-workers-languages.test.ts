import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { absentReason, SHARED } from '../../eval/datasets/paths.js';
import { createLexicon } from '../../src/lexicon/index.js';
import { countryNames } from '../../src/ledger/measures/countries.js';
import { articlePoints } from '../../src/ledger/measures/points.js';
import type { ArticleRef } from '../../src/ledger/records.js';
import type { Article } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';

interface Doc {
  readonly id: string;
  readonly language: string;
}

const corpus = join(SHARED, 'corpus', 'nk-workers');
const present = existsSync(join(corpus, 'manifest.jsonl'));
const title = 'nk-workers: German and Russian articles';

/**
 * The German and Russian articles of the nk-workers corpus are analysed, not only stored: they
 * yield time expressions, figures, quotes and claims, and their figures join the measures the
 * English seed articles give (the measure key is built from the lexicon's counted nouns and
 * countries, the same way for every language). Measured when written: de 6 articles, 31 times,
 * 26 quantities, 26 attributions, 44 claims; ru 2 articles, 5 times, 6 quantities, 7
 * attributions, 8 claims (all 0 before).
 */
describe.skipIf(!present)(
  present ? title : `${title} (skipped: ${absentReason('corpus/nk-workers')})`,
  () => {
    const lexicon = createLexicon();
    const names = countryNames(lexicon);
    const read = new Map<string, Article>();

    beforeAll(() => {
      const pipeline = createPipeline({ lexicon });
      const docs = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Doc)
        .filter((d) => ['de', 'ru'].includes(d.language) || d.id === 'seed-000');
      for (const doc of docs) {
        const body = readFileSync(join(corpus, 'docs', `${doc.id}.txt`), 'utf8');
        const input = { kind: 'input', source: `${doc.id}.txt`, format: 'text', bodyFormat: 'text' } as const;
        read.set(doc.id, pipeline.run({ ...input, body, meta: {}, messages: [] }));
      }
    });

    const ofLanguage = (code: string) => [...read.values()].filter((a) => a.language.code === code);

    it.each(['de', 'ru'])(
      'every %s article is analysed and yields dates, figures, quotes and claims',
      (code) => {
        const articles = ofLanguage(code);
        expect(articles.length).toBeGreaterThan(0);
        for (const a of articles) expect(a.claims, a.source).toBeDefined();
        const count = (f: (a: Article) => number) => articles.reduce((n, a) => n + f(a), 0);
        expect(count((a) => (a.times ?? []).filter((t) => /^\d{4}/.test(t.value)).length)).toBeGreaterThan(0);
        expect(count((a) => (a.quantities ?? []).filter((q) => q.counted).length)).toBeGreaterThan(0);
        expect(
          count((a) => (a.attributions ?? []).filter((x) => x.kind === 'direct').length),
        ).toBeGreaterThan(0);
        expect(
          count((a) => (a.attributions ?? []).filter((x) => x.kind !== 'direct').length),
        ).toBeGreaterThan(0);
        expect(count((a) => (a.claims ?? []).filter((c) => c.quantities.length > 0).length)).toBeGreaterThan(
          0,
        );
      },
    );

    it('reads the German change "von 30.023 … auf 11.490" with its counted noun and its two dates', () => {
      const figures = [...read.values()]
        .flatMap((a) => a.quantities ?? [])
        .filter((q) => q.change && (q.value === 30023 || q.value === 11490));
      expect(figures.map((q) => [q.value, q.change?.direction, q.time?.value])).toEqual(
        expect.arrayContaining([
          [30023, 'decrease', '2017-12-31'],
          [11490, 'decrease', '2018-12-31'],
        ]),
      );
    });

    it('puts German and Russian figures in a measure the English seed article counts', () => {
      const keys = (ids: (a: Article) => boolean) =>
        new Set(
          [...read.values()]
            .filter(ids)
            .flatMap((a) => articlePoints(a, { id: a.id } as ArticleRef, names).map((p) => p.measure)),
        );
      const english = keys((a) => a.language.code === 'en');
      for (const code of ['de', 'ru']) {
        const shared = [...keys((a) => a.language.code === code)].filter((k) => english.has(k));
        expect(shared, code).not.toEqual([]);
      }
    });
  },
);
