import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Block } from '../../src/model/index.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { readCat } from '../datasets/cat.js';
import type { CatDocument } from '../datasets/cat.js';
import { addCounts, matchSpans } from './match.js';
import type { Counts } from './match.js';
import { valueSpans } from './value-spans.js';
import type { TypedSpan, ValueType } from './value-spans.js';

export const VALUE_TYPES: readonly ValueType[] = ['QUANTITY', 'MONEY', 'PERCENT'];

/** Counts for one scoring: overall (spans only) and by type, exact and overlap. */
export interface ValueScores {
  readonly documents: number;
  readonly exact: Counts;
  readonly overlap: Counts;
  readonly byType: Readonly<Record<ValueType, { exact: Counts; overlap: Counts }>>;
}

/** The CAT files of some MEANTIME sub-corpora ("corpus_apple"...). */
export function meantimeFiles(root: string, corpora: readonly string[]): string[] {
  return corpora.flatMap((c) =>
    readdirSync(join(root, c))
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => join(root, c, f)),
  );
}

/**
 * An article whose text is the document's rebuilt text, offsets unchanged, so that gold spans
 * and ours point into one string. Paragraphs are the blank-line separated parts.
 */
export function catArticle(doc: CatDocument): Article {
  const base = normalise({})({
    kind: 'input',
    source: doc.name,
    format: 'text',
    bodyFormat: 'text',
    body: doc.text,
    meta: {},
    messages: [],
  });
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    blocks.push({
      kind: 'block',
      type: 'paragraph',
      span: { start: m.index, end: m.index + m[0].length },
      stage: 'eval',
      rule: 'cat-paragraph',
    });
  }
  const dct = doc.dct && /^\d{4}-\d{2}-\d{2}/.test(doc.dct) ? doc.dct.slice(0, 10) : null;
  return {
    ...base,
    text: doc.text,
    blocks,
    published: dct
      ? { value: dct, precision: 'day', how: 'meta', evidence: 'MEANTIME creation time', rule: 'cat-dct' }
      : base.published,
  };
}

/**
 * Where a document is annotated: MEANTIME marks up the title and the first sentences of each
 * article (sentences 0–5 in 117 of the 120 English files), so predictions after that are not
 * scored. The end offset of the last sentence any markable touches, and at least of sentence 5.
 */
export function annotatedEnd(doc: CatDocument): number {
  const sentenceOf = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
  let last = 5;
  for (const m of doc.markables) for (const t of m.tokens) last = Math.max(last, sentenceOf.get(t) ?? 0);
  let end = 0;
  for (const t of doc.tokens) if (t.sentence <= last) end = Math.max(end, t.span.end);
  return end;
}

/** The gold VALUE markables of a document as typed spans. */
export function goldValues(doc: CatDocument): TypedSpan[] {
  return doc.markables
    .filter((m) => m.tag === 'VALUE' && m.span !== null)
    .map((m) => ({
      span: m.span ?? { start: 0, end: 0 },
      type: (m.attrs['type'] ?? 'QUANTITY') as ValueType,
    }));
}

/**
 * Scores VALUE spans over the given files with a configured pipeline.
 *
 * @example scoreValues(createPipeline(), files).exact // { tp, predicted, gold }
 */
export function scoreValues(
  pipeline: Pipeline,
  files: readonly string[],
  withModifiers = false,
): ValueScores {
  const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
  const exact = zero();
  const overlap = zero();
  const byType = Object.fromEntries(
    VALUE_TYPES.map((t) => [t, { exact: zero(), overlap: zero() }]),
  ) as Record<ValueType, { exact: Counts; overlap: Counts }>;
  for (const file of files) {
    const doc = readCat(file);
    const article = pipeline.analyse(catArticle(doc));
    const end = annotatedEnd(doc);
    const predicted = valueSpans(article.quantities ?? [], withModifiers).filter((p) => p.span.start < end);
    const gold = goldValues(doc);
    addCounts(
      exact,
      matchSpans(
        predicted.map((p) => p.span),
        gold.map((g) => g.span),
        'exact',
      ),
    );
    addCounts(
      overlap,
      matchSpans(
        predicted.map((p) => p.span),
        gold.map((g) => g.span),
        'overlap',
      ),
    );
    for (const type of VALUE_TYPES) {
      const p = predicted.filter((x) => x.type === type).map((x) => x.span);
      const g = gold.filter((x) => x.type === type).map((x) => x.span);
      addCounts(byType[type].exact, matchSpans(p, g, 'exact'));
      addCounts(byType[type].overlap, matchSpans(p, g, 'overlap'));
    }
  }
  return { documents: files.length, exact, overlap, byType };
}
