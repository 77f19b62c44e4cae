import { describe, expect, it } from 'vitest';
import { absentReason, datasetDir } from '../datasets/paths.js';
import { DATASET, hasTimelineData, testCorpora, trialCorpus } from './dataset.js';
import { scoreTimeline, sumCounts, toScore } from './scorer.js';
import { normaliseAnchor } from './timeline.js';
import type { Timeline, TimelineRow } from './timeline.js';

const dir = datasetDir(DATASET);
const present = hasTimelineData(dir);
const trial = present ? trialCorpus(dir).targets.map((t) => t.gold) : [];

const score = (gold: Timeline, system: Timeline) => toScore(scoreTimeline(gold, system));
const withRows = (t: Timeline, rows: TimelineRow[]): Timeline => ({ ...t, rows });
const anchored = (r: TimelineRow) => r.ordinal > 0 && normaliseAnchor(r.anchor) !== null;

/** Moves an anchor one year later: `2006-03-28` → `2007-03-28`. */
const shift = (anchor: string) => anchor.replace(/^\d{4}/, (y) => String(Number(y) + 1));

describe.skipIf(!present)(`scorer on the trial timelines (${absentReason(DATASET)} when skipped)`, () => {
  it('has the six trial timelines', () => {
    expect(trial.map((t) => t.entity).sort()).toEqual(
      ['Beatles Apple Corps', 'Steve Jobs', 'iPhone 3G', 'iPhone 4', 'iPod', 'iTunes store'].sort(),
    );
  });

  it.each(trial.map((t) => [t.entity, t] as const))('%s: gold against gold scores 100', (_e, gold) => {
    expect(score(gold, gold)).toEqual({ precision: 100, recall: 100, f1: 100 });
  });

  it.each(trial.map((t) => [t.entity, t] as const))(
    '%s: dropping one anchored event keeps precision and lowers recall',
    (_e, gold) => {
      const i = gold.rows.findIndex(anchored);
      const row = gold.rows[i];
      if (!row) throw new Error('no anchored row');
      const rows = [...gold.rows];
      if (row.events.length > 1) rows[i] = { ...row, events: row.events.slice(1) };
      else rows.splice(i, 1);
      const s = score(gold, withRows(gold, rows));
      expect(s.precision).toBe(100);
      expect(s.recall).toBeLessThan(100);
    },
  );

  // The whole ordinal line moves: shifting one row of a line whose other rows keep the old date
  // lowers precision only, since the line still ties the event to the old anchor.
  it.each(trial.map((t) => [t.entity, t] as const))(
    '%s: shifting the anchor of one ordinal line lowers both precision and recall',
    (_e, gold) => {
      const ordinal = gold.rows.find(anchored)?.ordinal;
      const rows = gold.rows.map((r) => (r.ordinal === ordinal ? { ...r, anchor: shift(r.anchor) } : r));
      const s = score(gold, withRows(gold, rows));
      expect(s.precision).toBeLessThan(100);
      expect(s.recall).toBeLessThan(100);
    },
  );

  it.each(
    trial
      .filter((t) => new Set(t.rows.filter((r) => r.ordinal > 0).map((r) => r.ordinal)).size >= 2)
      .map((t) => [t.entity, t] as const),
  )('%s: swapping two ordinal lines lowers both precision and recall', (_e, gold) => {
    const ordinals = [...new Set(gold.rows.filter((r) => r.ordinal > 0).map((r) => r.ordinal))].sort(
      (a, b) => a - b,
    );
    const [a, b] = ordinals;
    const swapped = gold.rows.map((r) =>
      r.ordinal === a ? { ...r, ordinal: b ?? 0 } : r.ordinal === b ? { ...r, ordinal: a ?? 0 } : r,
    );
    const s = score(gold, withRows(gold, swapped));
    expect(s.precision).toBeLessThan(100);
    expect(s.recall).toBeLessThan(100);
  });

  it('scores an empty system 0 and its recall denominator is the whole gold', () => {
    const counts = sumCounts(trial.map((g) => scoreTimeline(g, null)));
    expect(counts.goldTotal).toBeGreaterThan(0);
    expect(toScore(counts)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('finds a gold timeline for each of the 38 test targets, the duplicate S&P file left out', () => {
    const corpora = testCorpora(dir ?? '');
    expect(corpora.map((c) => c.targets.length)).toEqual([13, 12, 13]);
    expect(corpora.map((c) => c.documents.length)).toEqual([30, 30, 30]);
    const rows = corpora.flatMap((c) => c.targets).reduce((n, t) => n + t.gold.rows.length, 0);
    expect(rows).toBe(741);
  });
});
