const DAY = 86_400_000;
/** How fast a dated member's weight fades with distance (days): news on one event comes in bursts. */
const SPREAD_DAYS = 14;
/** The share of the weight one day, month or year must hold to be given as the date. */
const SURE = 0.6;

/** A candidate day (ms since 1970) and what the article's cues cost there (0: fits them all). */
export interface ScoredDay {
  readonly d: number;
  readonly cost: number;
}

/**
 * The finest calendar unit (day, month, year) that holds most of the weight of the candidate days,
 * when the dated members of a story are far apart in time: each day is weighed by how well it fits
 * the article's cues (`e^-cost`) and by how close it lies to the story's dated articles (a story
 * reports in bursts: an undated article most likely falls in one of them). Null when no unit holds
 * `SURE` of the weight: then the cues and the story's bursts do not agree on one time.
 *
 * @example likeliest(days, [Date.UTC(2019, 11, 21)]) // { value: '2019-12', share: 0.83 }
 */
export function likeliest(
  scored: readonly ScoredDay[],
  dated: readonly number[],
): { value: string; share: number } | null {
  const weights = scored.map(({ d, cost }) => {
    const near = dated.reduce((s, x) => s + Math.exp(-Math.abs(x - d) / (SPREAD_DAYS * DAY)), 0);
    return { d, w: Math.exp(-cost) * near };
  });
  const total = weights.reduce((s, x) => s + x.w, 0);
  if (!(total > 0)) return null;
  const days = weights.map(({ d, w }) => ({ day: new Date(d).toISOString().slice(0, 10), w }));
  for (const length of [10, 7, 4]) {
    const mass = new Map<string, number>();
    for (const { day, w } of days) {
      const key = day.slice(0, length);
      mass.set(key, (mass.get(key) ?? 0) + w);
    }
    // Ties go to the earlier unit, so that the answer does not depend on the order of the days.
    const [value, w] = [...mass].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
    if (w / total >= SURE) return { value, share: w / total };
  }
  return null;
}
