import type { Article, Claim, Entity, Quantity } from '../../model/index.js';
import type { CountryNames } from './countries.js';
import { EVENT_HEADS, LOCATIVES, NOT_PLACE_BEFORE } from './data/places.js';
import { FACILITIES, REGIONS } from './data/states.js';
import type { FigureWindow } from './window.js';

/**
 * Where a figure applies, as the measure compares it: a country (ISO code), a region ("africa"),
 * an event ("camp fire") or a facility ("vladivostok airport"). A town or district whose country
 * is unknown is kept as words (`text`) but is not part of the measure: "in Uttarkashi" and "in
 * Uttarakhand" are one place phrased two ways far more often than two places.
 */
export interface PlaceReading {
  readonly place: string | null;
  readonly kind: 'country' | 'region' | 'event' | 'facility' | 'local' | null;
  readonly text: string | null;
  /** A facility named beside a country ("Vladivostok airport"), where the figure was seen. */
  readonly facility?: string | null;
  readonly reasons: readonly string[];
}

const NONE: PlaceReading = { place: null, kind: null, text: null, reasons: [] };

/**
 * The place of a quantity: its own place phrase, else a place named after a locative word in its
 * clause, else the country of a speaker that is a country or its government. Names after
 * "according to", "told"... are sources, never places; outlets and people are never places.
 *
 * @example readPlace(article, claim, q, w, names, 'KP').place // 'RU'
 */
export function readPlace(
  article: Article,
  claim: Claim,
  q: Quantity,
  w: FigureWindow | null,
  names: CountryNames,
  nationality: string | null,
): PlaceReading {
  const entities = new Map((article.entities ?? []).map((e) => [e.id, e]));
  const found: PlaceReading[] = [];
  if (q.place) {
    const entity = q.place.entity ? entities.get(q.place.entity) : undefined;
    if (!entity || isPlaceLike(entity)) {
      const read = classify(q.place.text, entity, names);
      if (read.kind) found.push({ ...read, reasons: [`place “${q.place.text}” → ${describe(read)}`] });
    }
  }
  if (w) {
    const first = w.tokens[w.start]?.span.start ?? Infinity;
    const last = w.tokens[w.end - 1]?.span.end ?? -Infinity;
    const mentions = (article.mentions ?? []).filter(
      (m) => m.span.start >= first && m.span.end <= last && (m.type === 'place' || m.type === 'event'),
    );
    for (const m of mentions) {
      const words = article.text
        .slice(Math.max(0, m.span.start - 24), m.span.start)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .slice(-3);
      if (words.some((x) => NOT_PLACE_BEFORE.includes(x))) continue;
      if (!words.some((x) => LOCATIVES.includes(x))) continue;
      const read = classify(m.text, entities.get(m.entity), names);
      if (read.kind && read.place !== nationality)
        found.push({ ...read, reasons: [`place “${m.text}” in the clause → ${describe(read)}`] });
    }
    const region = regionIn(article.text.slice(first, last));
    if (region)
      found.push({
        place: region,
        kind: 'region',
        text: region,
        reasons: [`region “${region}” in the clause`],
      });
  }
  // A country, region or event says where the figure applies; a facility only where it was seen,
  // unless nothing else is named ("dozens entering Russia at Vladivostok airport": Russia).
  const best = found.find((f) => f.kind !== 'facility' && f.kind !== 'local') ?? found[0];
  if (best) {
    const facility = found.find((f) => f.kind === 'facility');
    return facility && facility !== best
      ? { ...best, facility: facility.place, reasons: [...best.reasons, `seen at ${facility.text}`] }
      : best;
  }
  const speaker = claim.source?.entity ? entities.get(claim.source.entity) : undefined;
  if (
    speaker?.country &&
    speaker.country !== nationality &&
    speaker.type !== 'person' &&
    speaker.type !== 'outlet'
  ) {
    return {
      place: speaker.country,
      kind: 'country',
      text: names.name(speaker.country),
      reasons: [`the speaker ${speaker.name} speaks for ${names.name(speaker.country)}`],
    };
  }
  return NONE;
}

function isPlaceLike(e: Entity): boolean {
  return e.type === 'place' || e.type === 'event' || e.type === 'nationality';
}

/** How one place phrase counts: a country, a region, an event, a facility, or local words. */
function classify(
  raw: string,
  entity: Entity | undefined,
  names: CountryNames,
): Omit<PlaceReading, 'reasons'> {
  const text = raw
    .replace(/^(?:in|at|to|from|inside|within|across|into|throughout|near|around)\s+/i, '')
    .trim();
  const bare = text.replace(/^the\s+/i, '');
  const lower = bare.toLowerCase();
  const words = lower.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (entity?.type === 'event' || (/^\p{Lu}/u.test(bare) && EVENT_HEADS.includes(head) && words.length > 1))
    return { place: lower, kind: 'event', text: bare };
  if (FACILITIES.some((f) => lower.endsWith(f))) return { place: lower, kind: 'facility', text: bare };
  const region = REGIONS.includes(lower) ? lower : null;
  if (region) return { place: region, kind: 'region', text: bare };
  const code = entity?.country ?? names.codeOf(bare) ?? countryInWords(bare, names);
  if (code) return { place: code, kind: 'country', text: bare };
  if (/^\p{Lu}/u.test(bare)) return { place: null, kind: 'local', text: bare };
  return { place: null, kind: null, text: null };
}

/** A country named as an adjective in a place phrase: "northern India", "the Indian Himalayas". */
function countryInWords(text: string, names: CountryNames): string | null {
  for (const word of text.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const code = names.codeOf(word);
    if (code) return code;
  }
  return null;
}

function regionIn(clause: string): string | null {
  const lower = ` ${clause.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')} `;
  for (const r of REGIONS) {
    if (r.startsWith('the ')) continue;
    if (new RegExp(`\\b(?:in|across|throughout|to|from)\\s+(?:the\\s+)?${r}\\b`).test(lower)) return r;
    if (
      (r === 'abroad' || r === 'overseas' || r === 'worldwide' || r === 'globally') &&
      lower.includes(` ${r} `)
    )
      return r;
  }
  return null;
}

function describe(r: Omit<PlaceReading, 'reasons'>): string {
  if (r.kind === 'local') return `${r.text} (a local place: not part of the measure)`;
  return `${r.kind} ${r.place}`;
}
