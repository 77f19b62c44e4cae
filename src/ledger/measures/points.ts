import type { Article, Quantity } from '../../model/index.js';
import type { ArticleRef, SeriesPoint } from '../records.js';
import type { CountryNames } from './countries.js';
import { measureKey, measureLabel, measureOf, nationalityIn } from './measure.js';
import { SUBJECT_HEADS } from './data/subjects.js';

/**
 * The series points one article contributes: every quantity of every claim whose measure we
 * can name. Runs once per article at ingest; series are then read by measure key.
 *
 * @example articlePoints(article, ref, countryNames()).map((p) => p.label) // ['North Korean workers in Russia', ...]
 */
export function articlePoints(article: Article, ref: ArticleRef, names: CountryNames): SeriesPoint[] {
  const quantities = new Map((article.quantities ?? []).map((q) => [q.id, q]));
  const defaults = nationalityDefaults(article.quantities ?? [], names);
  const points: SeriesPoint[] = [];
  for (const claim of article.claims ?? []) {
    for (const id of claim.quantities) {
      const q = quantities.get(id);
      if (!q) continue;
      const m = measureOf(article, claim, q, names, defaults);
      if (!m) continue;
      const { key, family } = measureKey(m);
      const earlier = q.change?.role === 'from';
      points.push({
        kind: 'point',
        measure: key,
        label: measureLabel(m, names),
        family,
        aspect: m.aspect,
        value: q.value ?? null,
        min: q.min ?? null,
        max: q.max ?? null,
        approximate: q.approximate,
        unit: q.unit,
        time: q.time ?? claim.times.refers,
        timeIs: earlier && !q.time ? 'before' : 'at',
        claimKey: `${ref.id}/${claim.id}`,
        quantityId: q.id,
        text: q.text,
        rule: m.rule,
      });
    }
  }
  return points;
}

/** For each subject, the nationality the article names most often with it ("workers" → KP). */
function nationalityDefaults(quantities: readonly Quantity[], names: CountryNames): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const q of quantities) {
    const counted = q.counted?.text ?? '';
    const code = nationalityIn(counted, names);
    if (!code) continue;
    const lower = counted.toLowerCase();
    for (const [subject, heads] of Object.entries(SUBJECT_HEADS)) {
      if (!heads.some((h) => lower.includes(h))) continue;
      const bySubject = counts.get(subject) ?? new Map<string, number>();
      bySubject.set(code, (bySubject.get(code) ?? 0) + 1);
      counts.set(subject, bySubject);
    }
  }
  const out = new Map<string, string>();
  for (const [subject, byCode] of counts) {
    const best = [...byCode].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(subject, best[0]);
  }
  return out;
}
