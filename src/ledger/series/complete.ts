import type { MeasureParts, SeriesPoint } from '../records.js';
import { measureFamily, measureKey } from '../measures/measure.js';
import { nationalsAtHome } from './nationals.js';
import { STATES } from '../measures/data/states.js';

/** Parts a figure may leave unsaid and take from the one measure of its kind that says them. */
const OPEN: readonly (keyof MeasureParts)[] = ['state', 'nationality', 'place'];
const FIXED: readonly (keyof MeasureParts)[] = ['unit', 'counted', 'aspect', 'narrowing'];

/** How much of the candidates' points the chosen one must hold when there are several. */
const MAJORITY = 2 / 3;

/**
 * Joins figures that leave a part of their measure unsaid to the measure that says it, when the
 * rest agrees and the choice is clear: "41 workers" joins "people trapped in India" when that is
 * the only measure of people it can be (or holds two thirds of the points of those it can be);
 * "people" with no state stays apart in a story that counts both the killed and the missing.
 * Each moved point gains a reason. Pure: the same points give the same result in any order.
 *
 * @example completeMeasures(points).map((p) => p.measure)
 */
export function completeMeasures(selected: readonly SeriesPoint[]): SeriesPoint[] {
  const points = nationalsAtHome(speakerPlaces(placeEvents(placeShortNames(selected))));
  const keys = new Map<string, { parts: MeasureParts; count: number }>();
  // A plan's figure ("agreed to send 3.5 million doses") is weak evidence of what the story counts.
  for (const p of points) {
    const k = keys.get(p.measure);
    keys.set(p.measure, { parts: p.parts, count: (k?.count ?? 0) + (p.planned ? 0 : 1) });
  }
  const home = homePlace(points);
  const elsewhere = home ? articlesElsewhere(points, home) : new Set<string>();
  const target = new Map<string, string>();
  const byHome = new Set<string>();
  for (const [key, { parts }] of keys) {
    if (OPEN.every((part) => parts[part] !== null)) continue;
    const candidates = [...keys].filter(([other, o]) => other !== key && fills(parts, o.parts));
    if (candidates.length === 0) continue;
    // The most specific candidates only: one that another candidate refines is not a choice.
    const maximal = candidates.filter(
      ([, o]) => !candidates.some(([, x]) => x !== o && fills(o.parts, x.parts)),
    );
    const total = maximal.reduce((n, [, o]) => n + o.count, 0);
    const [best] = [...maximal].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    if (best && (maximal.length === 1 || best[1].count >= MAJORITY * total)) {
      target.set(key, best[0]);
      continue;
    }
    // No clear choice: the one candidate in the place most figures name, when there is one.
    const onlyPlace = (o: MeasureParts) => o.state === parts.state && o.nationality === parts.nationality;
    const homed =
      parts.place === null && home
        ? maximal.filter(([, o]) => o.parts.place === home && onlyPlace(o.parts))
        : [];
    if (homed.length === 1) {
      target.set(key, homed[0]![0]);
      byHome.add(key);
    }
  }
  return points.map((p) => {
    const to = target.get(p.measure);
    if (!to) return p;
    // The home country is a guess for a figure of the story's own place, not for one of an article
    // that places its figures elsewhere ("several thousand workers in the Gulf", "in Mongolia").
    if (byHome.has(p.measure) && elsewhere.has(articleOf(p))) return p;
    // Nor for a figure whose words name a place too local to be part of a measure ("jobs at the
    // Indianapolis facility"): it is said to be there, not in the country most figures name.
    if (byHome.has(p.measure) && p.placeText) return p;
    const parts = keys.get(to)?.parts ?? p.parts;
    const unsaid = OPEN.filter((part) => p.parts[part] === null && parts[part] !== null);
    // A plan that says neither what happens to its things nor when ("aims to vaccinate … using
    // 3.5 million doses") is not the count of what happened to them elsewhere ("doses
    // delivered"); a plan for a day ("200,000 doses on Saturday") is that count to come.
    if (p.planned && (p.time?.how ?? 'publication') === 'publication' && unsaid.includes('state')) return p;
    const said = unsaid.map((part) => `${part} ${parts[part]}`).join(', ');
    return {
      ...p,
      measure: measureKey(parts),
      parts,
      unsaid,
      ...(byHome.has(p.measure) ? { unplaced: { measure: p.measure, parts: p.parts } } : {}),
      reasons: [
        ...p.reasons,
        byHome.has(p.measure)
          ? `joined to the measure that says ${said}: the figure does not say it, the rest agrees, and most figures of the selection are there`
          : `joined to the measure that says ${said}: the figure does not say it, and the rest agrees`,
      ],
    };
  });
}

/**
 * A figure placed by a short name that several countries share ("Congo"), in an article that names
 * none of them in full, is in the one of them the selection's other articles place figures in by a
 * name that is not in doubt; when they name none of them, or several, it stays as read.
 *
 * @example placeShortNames(points).map((p) => p.parts.place)
 */
export function placeShortNames(points: readonly SeriesPoint[]): SeriesPoint[] {
  if (!points.some((p) => p.placeCandidates)) return [...points];
  const articleOf = (p: SeriesPoint) => p.claimKey.slice(0, p.claimKey.indexOf('/'));
  const articlesIn = new Map<string, Set<string>>();
  for (const p of points) {
    const place = p.parts.place;
    if (p.placeCandidates || !place) continue;
    articlesIn.set(place, new Set([...(articlesIn.get(place) ?? []), articleOf(p)]));
  }
  return points.map((p) => {
    if (!p.placeCandidates) return p;
    const own = articleOf(p);
    const named = p.placeCandidates.filter((c) => [...(articlesIn.get(c) ?? [])].some((a) => a !== own));
    const [place] = named;
    if (named.length !== 1 || !place || place === p.parts.place) return p;
    return placed(
      p,
      place,
      `place ${place}: “${p.placeText ?? ''}” may name ${p.placeCandidates.join(' or ')}, and of these the other articles name ${place} only`,
    );
  });
}

/** A point put in another place (null: in none), its measure with it, and why. */
function placed(p: SeriesPoint, place: string | null, reason: string): SeriesPoint {
  const parts = { ...p.parts, place };
  return {
    ...p,
    measure: measureKey(parts),
    parts,
    family: measureFamily(parts),
    reasons: [...p.reasons, reason],
  };
}

/**
 * A figure placed in an event its words name ("56 people died in the Camp Fire") is in the one
 * country where the selection's other figures of the same measure are placed ("deaths in
 * California"), when that country is the only one and the event is the selection's own: the one
 * most of the measure's event-placed figures name, at least twice as many as any other ("three
 * killed in the Woolsey Fire" stays apart). The event happened there, and one toll is not two
 * series; with two countries, or no event that stands out, figures stay as read.
 *
 * @example placeEvents(points).map((p) => p.parts.place)
 */
export function placeEvents(points: readonly SeriesPoint[]): SeriesPoint[] {
  const rest = (p: SeriesPoint) => measureKey({ ...p.parts, place: null });
  const events = new Map<string, Map<string, number>>();
  const countries = new Map<string, Set<string>>();
  for (const p of points) {
    const place = p.parts.place;
    if (!place) continue;
    if (p.placeIsEvent) {
      const counts = events.get(rest(p)) ?? new Map<string, number>();
      events.set(rest(p), counts.set(place, (counts.get(place) ?? 0) + 1));
    } else if (/^[A-Z]{2}$/.test(place))
      countries.set(rest(p), (countries.get(rest(p)) ?? new Set()).add(place));
  }
  const own = new Map<string, string>();
  for (const [key, counts] of events) {
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (first && (!second || first[1] >= 2 * second[1])) own.set(key, first[0]);
  }
  return points.map((p) => {
    if (!p.placeIsEvent || own.get(rest(p)) !== p.parts.place) return p;
    const [country, ...others] = countries.get(rest(p)) ?? [];
    if (!country || others.length > 0) return p;
    return placed(
      p,
      country,
      `place ${country}: the event “${p.placeText ?? p.parts.place ?? ''}” is where the other figures of this measure are, ${country}`,
    );
  });
}

/**
 * A place taken from a figure's speaker ("24 hostages were released, according to Qatar's foreign
 * ministry" → Qatar) is undone when the selection places its figures elsewhere by their words:
 * its home country is another, or other figures of the measure are said to be in other places. A
 * mediator's or a diplomat's country is not where the things counted are; a ministry speaking of
 * its own country's figures stays ("Russia's labor ministry": Russia is where the story's figures are).
 *
 * @example speakerPlaces(points).map((p) => p.parts.place)
 */
export function speakerPlaces(points: readonly SeriesPoint[]): SeriesPoint[] {
  if (!points.some((p) => p.placeBySpeaker)) return [...points];
  const worded = points.filter((p) => !p.placeBySpeaker);
  const home = homePlace(worded);
  const rest = (p: SeriesPoint) => measureKey({ ...p.parts, place: null });
  const places = new Map<string, Set<string>>();
  for (const p of worded)
    if (p.parts.place) places.set(rest(p), (places.get(rest(p)) ?? new Set()).add(p.parts.place));
  return points.map((p) => {
    const place = p.parts.place;
    if (!p.placeBySpeaker || !place) return p;
    const others = places.get(rest(p));
    if (place === home || others?.has(place) || (!home && !others?.size)) return p;
    return placed(
      p,
      null,
      `no place from the speaker: the selection's figures are said to be ${home ? `in ${home}` : `in ${[...(others ?? [])].join(', ')}`}, not in ${place}`,
    );
  });
}

/**
 * The country most figures name, when at least two and more than a third of the figures placed in
 * a country name it, and more than name any other: in a selection about one tunnel collapse,
 * India. Null when countries split. Events and facilities are too narrow to stand for a story.
 */
export function homePlace(points: readonly SeriesPoint[]): string | null {
  const counts = new Map<string, number>();
  for (const p of points) {
    const place = p.parts.place;
    if (place && /^[A-Z]{2}$/.test(place)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  const placed = [...counts.values()].reduce((n, c) => n + c, 0);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first || first[1] < 2 || first[1] * 3 <= placed || (second && second[1] === first[1])) return null;
  return first[0];
}

/**
 * The articles whose figures name countries, none of them `home` ("1,190 North Koreans employed
 * in the vast country" in a report that places its other figures in Mongolia).
 */
function articlesElsewhere(points: readonly SeriesPoint[], home: string): Set<string> {
  const places = new Map<string, Set<string>>();
  for (const p of points) {
    const place = p.parts.place;
    if (!place || !/^[A-Z]{2}$/.test(place)) continue;
    const article = articleOf(p);
    places.set(article, new Set([...(places.get(article) ?? []), place]));
  }
  return new Set([...places].filter(([, named]) => !named.has(home)).map(([article]) => article));
}

/** The article a point's claim belongs to (claim keys are `article/claim`). */
const articleOf = (p: SeriesPoint): string => p.claimKey.slice(0, p.claimKey.lastIndexOf('/'));

/** True when `b` agrees with every part `a` says and says at least one part `a` leaves open. */
function fills(a: MeasureParts, b: MeasureParts): boolean {
  if (FIXED.some((part) => a[part] !== b[part])) return false;
  // "United has 79 jets" is not the jets a fault was found on: a state of some is never assumed.
  if (a.state === null && b.state !== null && STATES[b.state]?.subset) return false;
  let more = false;
  for (const part of OPEN) {
    if (a[part] === null) more ||= b[part] !== null;
    else if (a[part] !== b[part]) return false;
  }
  return more;
}

/**
 * A point as its own words place it: a place taken from the selection's home country is undone,
 * so conflicts hold figures against each other only where their texts (or their agreeing
 * neighbours) put them.
 *
 * @example findConflicts(claims, points.map(withoutHomePlace))
 */
export function withoutHomePlace(p: SeriesPoint): SeriesPoint {
  if (!p.unplaced) return p;
  const { unplaced, unsaid, ...rest } = p;
  // The place was the only part the home country filled: undone, nothing of it is unsaid-and-filled.
  const still = (unsaid ?? []).filter((part) => part !== 'place');
  return {
    ...rest,
    measure: unplaced.measure,
    parts: unplaced.parts,
    ...(still.length ? { unsaid: still } : {}),
  };
}
