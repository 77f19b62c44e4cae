import type { Article, Claim, Entity, Quantity } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import type { CountryNames } from './countries.js';
import { DESTINED, DIRECTIONS, EVENT_HEADS, LOCATIVES, NOT_PLACE_BEFORE } from './data/places.js';
import { FACILITIES, REGION_ALIASES, REGIONS } from './data/states.js';
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
  /** Taken from the speaker's country, not from the words: a guess the story may undo. */
  readonly bySpeaker?: boolean;
  /** Named as where things go or come from ("moving jobs to Mexico"), not where they are. */
  readonly moving?: boolean;
  /**
   * The countries a short name may be when the article names none of them in full ("Congo"): the
   * story's other articles may tell which (`completeMeasures`).
   */
  readonly candidates?: readonly string[];
  readonly reasons: readonly string[];
}

/** Verbs before "by" that name the next in a ranking, not a source: "followed by Burundi". */
const RANKING = new Set(['followed', 'trailed', 'ahead']);

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
  const classify = (raw: string, entity: Entity | undefined) =>
    longerName(classifyPlace(raw, entity, names), article, names);
  const found: PlaceReading[] = [];
  const focus: PlaceReading[] = [];
  const ranked =
    q.place && RANKED_IN.test(article.text.slice(Math.max(0, q.place.span.start - 40), q.place.span.start));
  if (q.place && !ranked) {
    const entity = q.place.entity ? entities.get(q.place.entity) : undefined;
    if (!entity || isPlaceLike(entity)) {
      const read = classify(q.place.text, entity);
      const moving = DIRECTIONS.includes(leading(q.place.text));
      if (read.kind)
        found.push({ ...read, moving, reasons: [`place “${q.place.text}” → ${describe(read)}`] });
    }
  }
  if (w) {
    const first = w.tokens[w.start]?.span.start ?? Infinity;
    const last = w.tokens[w.end - 1]?.span.end ?? -Infinity;
    // A place named in the attribution of a reported figure ("told a briefing in Geneva") is
    // where it was said, not where it holds.
    const inContent = (m: { span: { start: number; end: number } }) =>
      !claim.source || !spanContains(claim.span, q.span) || spanContains(claim.span, m.span);
    const mentions = (article.mentions ?? []).filter(
      (m) =>
        m.span.start >= first &&
        m.span.end <= last &&
        (m.type === 'place' || m.type === 'event') &&
        inContent(m),
    );
    // Places named in a list ("in Burundi, Kenya, Rwanda and Uganda") say where else, not where.
    const listed = (i: number) => {
      const gap = (a: number, b: number) => article.text.slice(a, b);
      const prev = mentions[i - 1];
      const next = mentions[i + 1];
      const m = mentions[i]!;
      return (
        (prev !== undefined && /^\s*(?:,|and|or)\s*$/.test(gap(prev.span.end, m.span.start))) ||
        (next !== undefined && /^\s*(?:,|,? and|,? or)\s*$/.test(gap(m.span.end, next.span.start)))
      );
    };
    const inOrganization = (m: { span: { start: number; end: number } }) =>
      (article.mentions ?? []).some(
        (o) => o.type === 'organization' && o.span.start <= m.span.start && m.span.end <= o.span.end,
      );
    const subjects: PlaceReading[] = [];
    // "717 deaths, followed by Burundi with 1,498 cases": a place after the figure, in a clause
    // the next figure closes, is that figure's.
    const closing = w.tokens[w.end];
    const sentence = (article.sentences ?? []).find(
      (x) => x.span.start <= q.span.start && q.span.start < x.span.end,
    );
    const closedByFigure =
      closing !== undefined &&
      sentence !== undefined &&
      closing.span.start < sentence.span.end &&
      (article.quantities ?? []).some(
        (o) => o.id !== q.id && o.span.start <= closing.span.start && closing.span.start < o.span.end,
      );
    const ofNextFigure = (m: { span: { start: number } }) => closedByFigure && m.span.start >= q.span.end;
    mentions.forEach((m, i) => {
      const before = article.text.slice(Math.max(0, m.span.start - 40), m.span.start);
      // The words just before it in its own sentence ("… the spokesperson said. Nigeria ranks").
      const words = (
        article.text
          .slice(Math.max(0, m.span.start - 24), m.span.start)
          .split(/[.!?]["'\u2019\u201d]?\s+/)
          .pop() ?? ''
      )
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .slice(-3);
      // "followed by Burundi with 1,498 cases": the next in a ranking, not a source.
      const source = (x: string, k: number) =>
        NOT_PLACE_BEFORE.includes(x) && !(x === 'by' && RANKING.has(words[k - 1] ?? ''));
      if (words.some(source) || listed(i)) return;
      const read = classify(m.text, entities.get(m.entity));
      if (!read.kind || read.place === nationality) return;
      // "slated for Mexico", "bound for Russia": where things are to go.
      const destined = words.length >= 2 && words.at(-1) === 'for' && DESTINED.includes(words.at(-2) ?? '');
      const locative = destined ? 'for' : words.filter((x) => LOCATIVES.includes(x)).pop();
      // "captured in its October 7 attack in southern Israel": the place of an event the clause
      // names is where that happened, not where the figure holds.
      if (locative && EVENT_HEADS.includes(words[words.lastIndexOf(locative) - 1] ?? '')) return;
      // "517 deaths, primarily in the DRC": where most are, not the whole figure's place; kept
      // only when the clause names no wider one.
      // "the highest number of deaths in Africa": where a figure ranks, not where it is.
      if (locative && RANKED_IN.test(before)) return;
      if (locative && FOCUS.test(before))
        focus.push({
          ...read,
          reasons: [`place “${m.text}” in focus (“${before.trim()}”) → ${describe(read)}`],
        });
      else if (locative)
        found.push({
          ...read,
          moving: destined || DIRECTIONS.includes(locative),
          reasons: [`place “${m.text}” in the clause → ${describe(read)}`],
        });
      // A country or region that is the subject ("Congo has recorded 16,000 cases") says where too;
      // not one inside an organisation's name ("an Alaska Airlines flight"): that names the company.
      else if (
        (read.kind === 'country' || read.kind === 'region' || read.kind === 'event') &&
        !/['’]s$/.test(m.text) &&
        !inOrganization(m) &&
        !modifierOrSpeaker(article, w, m.span.end) &&
        !ofNextFigure(m)
      )
        subjects.push({
          ...read,
          reasons: [`“${m.text}” reports the figure for itself → ${describe(read)}`],
        });
    });
    found.push(...subjects);
    const region = regionIn(article.text.slice(first, last));
    if (region)
      found.push({
        place: region,
        kind: 'region',
        text: region,
        reasons: [`region “${region}” in the clause`],
      });
    else if (THE_CONTINENT.test(article.text.slice(first, last))) {
      // "cases across the continent": the one continent the article names.
      const named = CONTINENTS.filter(([, words]) => words.test(article.text));
      const [only] = named;
      if (only && named.length === 1)
        found.push({
          place: only[0],
          kind: 'region',
          text: only[0],
          reasons: [`“the continent” → region ${only[0]}, the one continent the article names`],
        });
    }
  }
  const counted = countedPlaces(article, q, names);
  if (counted) found.push(counted);
  found.push(...focus);
  // A country, region or event says where the figure applies; a facility only where it was seen,
  // unless nothing else is named ("dozens entering Russia at Vladivostok airport": Russia).
  // Where things are ("1,000 jobs in Indiana") comes before where they go ("rather than moving
  // them to Mexico"), even when only the destination is a country.
  // A figure whose own phrase says where ("1,000 jobs in the city") is there, whatever the
  // clause says of where other things go.
  const next = w ? w.tokens[w.countedEnd]?.normal : undefined;
  const saysWhere = (next !== undefined && STATIC.has(next)) || STATIC.has(leading(q.place?.text));
  const staying = found.filter((f) => !f.moving);
  const pool = staying.length > 0 || saysWhere ? staying : found;
  const best = pool.find((f) => f.kind !== 'facility' && f.kind !== 'local') ?? pool[0];
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
    // A speaker named by a short name ("Congo") is read as the country the article names in full.
    const read = longerName({ place: speaker.country, kind: 'country', text: speaker.name }, article, names);
    const place = read.place ?? speaker.country;
    return {
      place,
      kind: 'country',
      text: names.name(place),
      ...(read.candidates ? { candidates: read.candidates } : {}),
      bySpeaker: true,
      reasons: [`the speaker ${speaker.name} speaks for ${names.name(place)}`],
    };
  }
  // An official speaks for the country of the office ("DR Congo's health minister").
  const office = speaker?.type === 'person' ? speaker.roles.find((r) => r.country)?.country : undefined;
  if (office && office !== nationality) {
    return {
      place: office,
      kind: 'country',
      text: names.name(office),
      bySpeaker: true,
      reasons: [`the speaker ${speaker?.name ?? ''} holds an office of ${names.name(office)}`],
    };
  }
  return NONE;
}

/** The place of a figure spread over several countries none of which is named ("in 29 countries"). */
export const SEVERAL_COUNTRIES = 'in several countries';
const MANY_PLACES = /^(?:countries|nations)$/i;

/** Nouns of places a figure can count: "15 African countries", "three U.S. states". */
const PLACE_NOUNS = /^(.+?)\s+(?:countries|nations|states|provinces|territories)$/;

/**
 * Where figures hold when their clause counts the places they are spread over: "6,603 cases and
 * 32 deaths across 15 African countries" are in Africa; "in three U.S. states", in the United
 * States. Read from the counted phrase of a later figure of the sentence, after "across", "in"
 * or "throughout", whose modifier is a continent's or a country's adjective.
 */
function countedPlaces(article: Article, q: Quantity, names: CountryNames): PlaceReading | null {
  const sentence = (article.sentences ?? []).find((s) => spanContains(s.span, q.span));
  if (!sentence) return null;
  const quantities = article.quantities ?? [];
  for (const x of quantities) {
    if (x.span.start <= q.span.end || x.span.end > sentence.span.end || !x.counted) continue;
    if (!/\b(?:across|in|throughout)\s+(?:the\s+)?$/i.test(article.text.slice(q.span.end, x.span.start)))
      continue;
    const counted = x.counted.text.trim();
    // No adjective: "in 29 countries" is no one country's figure, whatever the story's home.
    if (MANY_PLACES.test(counted) && (x.value ?? x.min ?? 0) > 1)
      return {
        place: SEVERAL_COUNTRIES,
        kind: 'region',
        text: `${x.text} ${counted}`,
        reasons: [`spread over “${x.text} ${counted}” → several countries`],
      };
    const adjective = PLACE_NOUNS.exec(counted)?.[1]?.trim();
    if (!adjective || !/^\p{Lu}/u.test(adjective)) continue;
    const region = REGION_ALIASES[`${adjective.toLowerCase()} continent`];
    const place = region ?? names.codeOf(adjective);
    if (!place) continue;
    return {
      place,
      kind: region ? 'region' : 'country',
      text: `${x.text} ${x.counted.text}`,
      reasons: [`spread over “${x.text} ${x.counted.text}” → ${region ? 'region' : 'country'} ${place}`],
    };
  }
  // The places counted earlier in the sentence report the figure: "at least 13 African countries
  // have reported outbreaks and these countries have confirmed 517 deaths" are in Africa.
  for (const x of quantities) {
    if (x.span.start < sentence.span.start || x.span.end >= q.span.start || !x.counted) continue;
    const adjective = PLACE_NOUNS.exec(x.counted.text.trim())?.[1]?.trim();
    if (!adjective || !/^\p{Lu}/u.test(adjective)) continue;
    const region = REGION_ALIASES[`${adjective.toLowerCase()} continent`];
    if (!region) continue;
    return {
      place: region,
      kind: 'region',
      text: `${x.text} ${x.counted.text}`,
      reasons: [`the places counted before it, “${x.text} ${x.counted.text}” → region ${region}`],
    };
  }
  return null;
}

/**
 * True when the word after a country name makes it no subject that reports a figure: it modifies
 * a noun ("a Qatar-brokered truce", "the Israel-Hamas truce", "the Gaza truce", "Israel's deal"),
 * it is one party of several ("as Israel and Hamas reach a deal"), or it speaks ("mediator Qatar
 * said"): a mediator or a party to a deal is not where the figure holds.
 */
function modifierOrSpeaker(article: Article, w: FigureWindow, end: number): boolean {
  if (/^(?:-|['’]s\b)/.test(article.text.slice(end, end + 3))) return true;
  const at = w.tokens.findIndex((t) => t.span.start >= end);
  const next = at < 0 ? undefined : w.tokens[at];
  // "Congo tops the list", "Nigeria ranks third": a "noun" before a determiner or adjective is the verb, mistagged.
  const noun = next?.pos === 'NOUN' && !VERB_OBJECT_START.has(w.tokens[at + 1]?.pos ?? '');
  return (
    next !== undefined && (noun || SPEECH.has(next.lemma) || next.normal === 'and' || next.normal === 'or')
  );
}

const SPEECH = new Set(['say', 'tell', 'announce', 'state', 'add', 'confirm']);
/** Tags that open a verb's object or complement ('tops the list', 'ranks third'): after a word tagged as a noun they show it is the verb. */
const VERB_OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'ADJ']);

/** A focus adverb right before a place's preposition: "mainly in", "primarily across". */
const FOCUS =
  /\b(?:primarily|mainly|mostly|largely|chiefly|predominantly|especially|particularly|notably)\s+(?:\p{L}+\s+){1,2}$/iu;

/** "the continent" said as a place: "across the continent", "on the continent". */
const THE_CONTINENT = /\b(?:in|across|throughout|on)\s+the\s+continent\b/i;
/** Continents by the words that name them, nouns and adjectives. */
const CONTINENTS: readonly (readonly [string, RegExp])[] = [
  ['africa', /\bAfrican?\b/],
  ['asia', /\bAsian?\b/],
  ['europe', /\bEurope(?:an)?\b/],
  ['south america', /\bSouth American?\b/],
  ['north america', /\bNorth American?\b/],
];

/** A superlative count before a place's preposition: "the highest number of deaths in". */
const RANKED_IN =
  /\b(?:highest|largest|biggest|greatest|lowest|most)\s+(?:numbers?|counts?|tolls?)\s+of\s+(?:\p{L}+\s+){1,2}$/iu;

/** Prepositions that say where a thing is (not where it goes). */
const STATIC = new Set(['in', 'at', 'inside', 'within']);

function leading(text: string | undefined): string {
  return text?.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

function isPlaceLike(e: Entity): boolean {
  return e.type === 'place' || e.type === 'event' || e.type === 'nationality';
}

/**
 * A short country name read as the country the article names in full: "Congo" in an article
 * about the "Democratic Republic of Congo" is that country, whatever "Congo" alone would be. A
 * name the gazetteer gives several countries, none of them named in full here, keeps them as
 * candidates for the story to decide.
 */
function longerName(
  read: Omit<PlaceReading, 'reasons'>,
  article: Article,
  names: CountryNames,
): Omit<PlaceReading, 'reasons'> {
  if (read.kind !== 'country' || !read.text) return read;
  const short = new RegExp(`\\b${read.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  let named = false;
  for (const m of article.mentions ?? []) {
    if (m.type !== 'place' || m.text.length <= read.text.length || !short.test(m.text)) continue;
    const code = names.codeOf(m.text.replace(/^the\s+/i, ''));
    if (code && code !== read.place) return { ...read, place: code };
    named ||= code !== null;
  }
  // Named in full as the country it was read as: no doubt left.
  if (named) return read;
  const shared = names.sharedBy?.(read.text) ?? [];
  return shared.length > 1 ? { ...read, candidates: shared } : read;
}

/** How one place phrase counts: a country, a region, an event, a facility, or local words. */
function classifyPlace(
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
  const region = REGIONS.includes(lower) ? lower : (REGION_ALIASES[lower] ?? null);
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
  let lower = ` ${clause.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')} `;
  for (const [alias, r] of Object.entries(REGION_ALIASES)) lower = lower.replaceAll(` ${alias} `, ` ${r} `);
  for (const r of REGIONS) {
    if (r.startsWith('the ')) continue;
    if (new RegExp(`\\b(?:in|across|throughout|to|from)\\s+(?:the\\s+)?${r}\\b`).test(lower)) return r;
    // A continent as the subject: "Africa has reported 31,427 cases".
    if (
      new RegExp(`(?:^|\\s)${r}\\s+(?:has|have|had|is|was|now|reported|recorded|registered|saw)\\b`).test(
        lower,
      )
    )
      return r;
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
