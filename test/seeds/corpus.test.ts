import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, absentReason } from '../../eval/datasets/paths.js';
import { extract } from '../../src/engine/extract.js';
import type { Article, Span } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';

// `claimline extract` over ../shared/corpus/nk-workers/docs (real excerpts in several languages,
// some truncated): no crash, a date or an honest unknown, every span on its words.
const DOCS = join(SHARED, 'corpus', 'nk-workers', 'docs');
const present = existsSync(DOCS);

async function readCorpus(): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  if (!present) return out;
  const pipeline = createPipeline();
  for await (const a of extract(pipeline, [DOCS])) out.set(a.source.replace(/^.*\/|\.txt$/g, ''), a);
  return out;
}

const corpus = await readCorpus();
const inside = (a: Article, s: Span) => s.start >= 0 && s.end <= a.text.length && s.start <= s.end;

describe.skipIf(!present)(
  `extract over the nk-workers corpus${present ? '' : ` (skipped: ${absentReason('../shared/corpus')})`}`,
  () => {
    it('reads every document, each with a publication date or an unknown it says why', () => {
      expect(corpus.size).toBeGreaterThanOrEqual(50);
      for (const a of corpus.values()) {
        if (a.published.value === null) {
          expect(a.published.how).toBe('unknown');
          // Why: nothing found, or a year found and rejected (its weekday does not fit).
          const why = a.messages.map((m) => m.ruleId);
          expect(why.some((r) => r === 'published-unknown' || r === 'published-year-rejected')).toBe(true);
        } else expect(a.published.value).toMatch(/^\d{4}(-\d\d)?/);
      }
    });

    it('keeps every span of every layer inside the text, on the words it names', () => {
      for (const a of corpus.values()) {
        for (const t of a.times ?? []) expect(a.text.slice(t.span.start, t.span.end)).toBe(t.text);
        for (const m of a.mentions ?? []) expect(a.text.slice(m.span.start, m.span.end)).toBe(m.text);
        for (const q of a.quantities ?? []) expect(a.text.slice(q.span.start, q.span.end)).toBe(q.text);
        for (const c of a.claims ?? []) expect(inside(a, c.span)).toBe(true);
        for (const at of a.attributions ?? []) expect(inside(a, at.content.span)).toBe(true);
      }
    });

    it.each([
      ['d15', 'Pyotr Ilyichev'],
      ['d01', 'Alexander Matsegora'],
      ['d54', 'Maria Zakharova'],
    ])('%s names %s as a person', (doc, person) => {
      const a = corpus.get(doc);
      expect(a?.entities?.find((e) => e.name === person)?.type).toBe('person');
    });

    it('leaves an unresolved “Wednesday” out of the time a claim refers to (undated d01)', () => {
      const claims = corpus.get('d01')?.claims ?? [];
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.times.refers?.value ?? '').not.toMatch(/^X/);
    });
  },
);
