import { readCat } from '../../datasets/cat.js';
import type { CatDocument, CatToken } from '../../datasets/cat.js';
import type { Article, ArticleInput } from '../../../src/model/index.js';
import type { Pipeline } from '../../../src/pipeline/pipeline.js';
import { normalise } from '../../../src/stages/normalise/index.js';
import { fallbackTimes } from './fallback-times.js';

/** One Track A document: the CAT tokens (for event ids) and our analysis of the rebuilt text. */
export interface TrackADocument {
  readonly cat: CatDocument;
  readonly article: Article;
  /** Which times anchor events: the pipeline's own layer, the fallback when it was empty, or none. */
  readonly times: 'pipeline' | 'fallback' | 'none';
  /** The CAT token under a character offset of the article text, or null (text out of step). */
  readonly catTokenAt: (offset: number) => CatToken | null;
}

export interface ReadOptions {
  /** Use chrono-based times when the pipeline's times layer is empty (default true). */
  readonly fallbackTimes?: boolean;
}

const create = normalise({});

/**
 * Reads a CAT file and runs the pipeline over its rebuilt text with the DCT as publication date
 * (day precision, how 'meta'): the input the task gave, raw tokens and DCT only.
 *
 * @example const d = readTrackA(path, createPipeline()); d.catTokenAt(0)?.sentence // 0
 */
export function readTrackA(path: string, pipeline: Pipeline, options: ReadOptions = {}): TrackADocument {
  return analyseCat(readCat(path), pipeline, options, path);
}

/** Analyses a parsed CAT document (see {@link readTrackA}). */
export function analyseCat(
  cat: CatDocument,
  pipeline: Pipeline,
  options: ReadOptions = {},
  path = `${cat.id}.xml`,
): TrackADocument {
  const dct = isoDct(cat.dct);
  const input: ArticleInput = {
    kind: 'input',
    source: path,
    format: 'text',
    bodyFormat: 'text',
    body: cat.text,
    meta: dct ? { published: dct } : {},
    messages: [],
  };
  const base = create(input);
  const published: Article['published'] = dct
    ? { value: dct, precision: 'day', how: 'meta', evidence: 'document creation time', rule: 'cat-dct' }
    : base.published;
  const article = pipeline.analyse({ ...base, published });
  if ((article.times ?? []).length > 0) {
    return { cat, article, times: 'pipeline', catTokenAt: tokenLookup(cat, article.text) };
  }
  if (!dct || options.fallbackTimes === false) {
    return { cat, article, times: 'none', catTokenAt: tokenLookup(cat, article.text) };
  }
  const withTimes = { ...article, times: fallbackTimes(article.text, dct) };
  return { cat, article: withTimes, times: 'fallback', catTokenAt: tokenLookup(cat, article.text) };
}

/**
 * The DCT as `YYYY-MM-DD`. One test document writes it `03-02-2009`, and its date line reads
 * "February 03, 2009": day first, so that form is read as DD-MM-YYYY.
 */
export function isoDct(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const dayFirst = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : null;
}

/**
 * Maps offsets of the article text to CAT tokens. The normaliser leaves the rebuilt text as it is
 * (no trailing spaces, no triple newlines); when it did not, offsets are out of step and every
 * look-up answers null rather than a wrong token.
 */
function tokenLookup(cat: CatDocument, text: string): (offset: number) => CatToken | null {
  if (text !== cat.text) return () => null;
  const tokens = cat.tokens;
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid];
      if (!t) return null;
      if (offset < t.span.start) hi = mid - 1;
      else if (offset >= t.span.end) lo = mid + 1;
      else return t;
    }
    return null;
  };
}
