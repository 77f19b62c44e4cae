import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readBytes } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/index.js';
import type { normalise } from '../../src/stages/normalise/index.js';

export interface DatedPage {
  readonly id: string;
  readonly url: string;
  /** The publisher's day of original publication, or null where upstream has no usable label. */
  readonly gold: string | null;
  readonly source: string;
}

/** The evaluation set's pages and gold days, in id order. */
export function loadDatedPages(dir: string): DatedPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; date: string | null; source: string }
  >;
  return Object.entries(truth)
    .map(([id, v]) => ({ id, url: v.url, gold: v.date, source: v.source }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A tool's answers on the same pages (`output/*.json`): id → day or null. */
export function loadAnswers(path: string): Map<string, string | null> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string | null>;
  return new Map(Object.entries(data));
}

/**
 * Reads one page as `claimline ingest` would, from its HTML only (no URL, no HTTP headers), and
 * normalises it.
 */
export async function datePage(
  dir: string,
  id: string,
  create: ReturnType<typeof normalise>,
): Promise<Article | null> {
  const bytes = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
  for await (const input of readBytes(`${id}.html`, bytes)) return create(input);
  return null;
}

export interface DateCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * htmldate's scoring: no answer is a false negative, the gold day a true positive, any other
 * answer (also on a page without a usable label) a false positive.
 */
export function scoreDay(counts: DateCounts, gold: string | null, answer: string | null): 'TP' | 'FP' | 'FN' {
  const day = answer && /^\d{4}-\d{2}-\d{2}/.test(answer) ? answer.slice(0, 10) : answer;
  const verdict = !day ? 'FN' : gold !== null && day === gold ? 'TP' : 'FP';
  counts[verdict === 'TP' ? 'tp' : verdict === 'FP' ? 'fp' : 'fn']++;
  return verdict;
}

/** Precision, recall, accuracy and F-score as htmldate's comparison computes them (fractions). */
export function dateScores(c: DateCounts) {
  const n = c.tp + c.fp + c.fn;
  return {
    precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn),
    accuracy: n === 0 ? 0 : c.tp / n,
    f: n === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
  };
}
