import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalise } from '../../src/stages/normalise/index.js';
import { datePage, dateScores, loadAnswers, loadDatedPages, scoreDay } from '../htmldate/run.js';
import type { DateCounts } from '../htmldate/run.js';
import type { EvalSuite, PrfRow } from '../suite.js';

/** htmldate's own answers on these pages, as the dataset ships them. */
const TOOLS = [
  ['htmldate 1.10.0 extensive', 'htmldate_1.10.0_extensive.json'],
  ['htmldate 1.10.0 fast', 'htmldate_1.10.0_fast.json'],
] as const;

/**
 * Publication dates from HTML alone (htmldate's evaluation set, development half): each page is
 * read as `claimline ingest` reads a file (no URL, no HTTP headers) and its `published` value
 * cut to the day is compared, as a string, with the publisher's day of original publication.
 * Scored as htmldate's `evaluation.py` does: no answer is a false negative, the gold day a true
 * positive, any other answer a false positive; accuracy = TP / pages, F = 2TP / (2TP + FP + FN).
 * htmldate's answers on the same pages are scored the same way beside ours.
 */
export const suite: EvalSuite = {
  name: 'htmldate',
  dataset: 'htmldate_eval',
  async run({ datasets }) {
    const dir = join(datasets, 'htmldate_eval');
    if (!existsSync(dir)) return { status: 'skipped', reason: `${dir} is absent` };
    const pages = loadDatedPages(dir);
    const create = normalise();
    const ours: DateCounts = { tp: 0, fp: 0, fn: 0 };
    const bySource = new Map<string, DateCounts>();
    for (const page of pages) {
      const article = await datePage(dir, page.id, create);
      const answer = article?.published.value ?? null;
      scoreDay(ours, page.gold, answer);
      const c = bySource.get(page.source) ?? { tp: 0, fp: 0, fn: 0 };
      scoreDay(c, page.gold, answer);
      bySource.set(page.source, c);
    }
    const row = (label: string, c: DateCounts): PrfRow => {
      const s = dateScores(c);
      return {
        label,
        precision: 100 * s.precision,
        recall: 100 * s.recall,
        f1: 100 * s.f,
        support: c.tp + c.fp + c.fn,
      };
    };
    const rows: PrfRow[] = [
      row('claimline', ours),
      ...[...bySource].sort().map(([k, c]) => row(`claimline ${k}`, c)),
    ];
    const reference: Record<string, number> = {};
    const notes = [`${pages.length} pages, HTML only; unit: the day as the publisher wrote it`];
    for (const [name, file] of TOOLS) {
      const path = join(dir, 'output', file);
      if (!existsSync(path)) continue;
      const answers = loadAnswers(path);
      const c: DateCounts = { tp: 0, fp: 0, fn: 0 };
      for (const page of pages) scoreDay(c, page.gold, answers.get(page.id) ?? null);
      rows.push(row(name, c));
      const s = dateScores(c);
      reference[name] = Number((100 * s.accuracy).toFixed(2));
      notes.push(`${name}: accuracy ${(100 * s.accuracy).toFixed(2)}, F ${(100 * s.f).toFixed(2)}`);
    }
    const s = dateScores(ours);
    notes.unshift(
      `claimline: accuracy ${(100 * s.accuracy).toFixed(2)}, F ${(100 * s.f).toFixed(2)} (TP ${ours.tp}, FP ${ours.fp}, FN ${ours.fn})`,
    );
    return {
      status: 'ok',
      notes,
      tables: [{ title: 'publication day (P / R / F as htmldate computes them)', rows }],
      figures: [
        { key: 'htmldate.accuracy', label: 'publication day accuracy', value: 100 * s.accuracy, reference },
        { key: 'htmldate.f', label: 'publication day F-score', value: 100 * s.f },
        { key: 'htmldate.precision', label: 'publication day precision', value: 100 * s.precision },
      ],
    };
  },
};
