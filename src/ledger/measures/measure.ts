import type { Article, Claim, Quantity } from '../../model/index.js';
import type { Aspect, MeasureParts } from '../records.js';
import type { CountryNames } from './countries.js';
import { classOf, readCounted, sharedHead, singular, subjectCounted } from './01-counted.js';
import { modelCounted } from './01-counted-model.js';
import { readCountedOther, readPlaceOther, readStateOther } from './01-counted-other.js';
import { isPlanned, isSighting, listItemsState, readListState, readState } from './02-state.js';
import { readPlace, SEVERAL_COUNTRIES } from './03-place.js';
import { readOwner } from './04-owner.js';
import { AREA_UNITS, FIRE_NOUNS, NARROWING, STATE_NOUNS } from './data/counted.js';
import { STATES } from './data/states.js';
import type { FigureWindow } from './window.js';
import { coordination, figureWindow } from './window.js';

/** What a quantity measures, with the words that decided each part. */
export interface Measure extends MeasureParts {
  /** The head noun as written ("labourers"), for labels. */
  readonly noun: string | null;
  /** The place as written, also when it is not part of the measure ("Uttarakhand"). */
  readonly placeText: string | null;
  /** A definition the figure is given under ("suspected"), shown but not part of the key. */
  readonly definition: string | null;
  /** The countries a short place name may be ("Congo"), when the article does not tell which. */
  readonly placeCandidates?: readonly string[];
  /** Set when the place is an event the words name ("in the Camp Fire"). */
  readonly placeIsEvent?: true;
  /** Set when the place is the speaker's country, not one the words name. */
  readonly placeBySpeaker?: true;
  readonly reasons: readonly string[];
  readonly rule: string;
}

/** The narrowing of a figure of an act still to come ("to be released"). */
export const PLANNED = 'planned';

/** Complements that say what counted people are held as: "held 240 people hostage". */
const HELD_AS = new Set(['hostage', 'hostages', 'captive', 'captives']);

/** Nouns of people at work: "workers employed" is only "workers". */
const WORK_NOUNS = new Set([
  'worker',
  'laborer',
  'labourer',
  'employee',
  'staff',
  'staffer',
  'workforce',
  'job',
  'position',
]);

/** States that only people (or animals) are in: a figure in one with nothing counted counts people. */
const HUMAN_STATES = new Set([
  'killed',
  'missing',
  'injured',
  'trapped',
  'rescued',
  'accounted for',
  'evacuated',
  'on strike',
  'laid off',
  'employed',
  'released',
  'detained',
  'infected',
  'vaccinated',
  'identified',
]);

/** States only living beings are in: cases, homes or doses are never killed or laid off. */
const LIVING_STATES = new Set([
  'killed',
  'injured',
  'on strike',
  'laid off',
  'employed',
  'detained',
  'infected',
  'vaccinated',
]);

/** Classes of things that are not people: a living state read near them is said of others. */
const THINGS = new Set([
  'home',
  'building',
  'case',
  'dose',
  'aircraft',
  'vehicle',
  'flight',
  'visa',
  'incentive',
]);

/**
 * The measure a quantity counts, or null when it counts nothing a series can follow (an age, a
 * vague "many", a length with nothing measured). "At least 36 labourers are feared to be trapped"
 * → people, trapped; "killed 56" → people, killed; "some 138,000 acres" → acre, burned when said.
 *
 * @example measureOf(article, claim, q, countryNames(), article.quantities ?? [])?.state // 'trapped'
 */
export function measureOf(
  article: Article,
  claim: Claim,
  q: Quantity,
  names: CountryNames,
  quantities: readonly Quantity[],
): Measure | null {
  if (q.unit === 'age' || (q.value === undefined && q.min === undefined && q.max === undefined)) return null;
  const w = figureWindow(article, q, quantities);
  // "At one point last week": an idiom, no count.
  if (
    w &&
    w.tokens[w.figure - 1]?.normal === 'at' &&
    IDIOM_AFTER_ONE.has(w.tokens[w.figureEnd]?.normal ?? '')
  )
    if (/^(?:one|a)$/i.test(q.text.trim())) return null;
  // A figure in another language is read through the lexicon's words for it, its states too.
  const language = article.language.code;
  const other = language !== 'en' ? names.other : undefined;
  // "the death toll rose to 85": a figure with no counted noun counts what its subject counts.
  const respective = !other && q.unit === 'count' ? respectively(article, q, quantities) : null;
  const subject =
    respective ??
    (!other && !q.counted && q.unit === 'count' && w ? subjectOf(article, q, w, quantities) : null);
  const head = !other && !subject && w ? quotedModifierHead(article, q, w) : null;
  const plain = other
    ? readCountedOther(q, language, other)
    : readCounted(
        subject
          ? { ...q, counted: { text: subject.text, span: q.span } }
          : head
            ? { ...q, counted: head }
            : q,
        names,
      );
  const read0 = (!other && q.counted && modelCounted(article, plain, q.counted.text)) || plain;
  const shared = !other && q.counted && w && !read0.state ? sharedHead(w) : null;
  const c = shared
    ? { ...read0, counted: shared.counted, noun: shared.noun, reasons: [...read0.reasons, shared.reason] }
    : read0;
  const reasons = subject ? [subject.reason, ...c.reasons] : [...c.reasons];
  const share = q.unit === 'percent' || q.unit === 'proportion';
  const money = /^[A-Z]{3}$/.test(q.unit);
  const unit = share ? 'share' : (c.unit ?? q.unit);
  // "151,272 acres" in a clause about the dead: a length or an area is never killed or rescued.
  const physical = unit !== 'count' && unit !== 'share' && !money;
  const own = w ? (other ? readStateOther(w, language, other) : readState(w, physical)) : null;
  // Figures read "respectively" each count their own noun: no state said once of the list.
  const read = own ?? (w && !other && !respective ? listState(article, q, quantities) : null);
  // A noun that carries a state ("victims") yields to a state said of it right after ("43 victims
  // have been identified"): the named dead are not the toll.
  const said = read?.rule === 'state-after-counted-phrase' && read.state !== c.state;
  // "16,700 cases and 570 deaths, the toll": the toll's state is the deaths', not the cases'.
  const thing = c.counted !== null && THINGS.has(c.counted) && !!read && LIVING_STATES.has(read.state);
  // "not clear how many": a state said only of lengths says nothing of a count.
  const lengthOnly = !!read && STATES[read.state]?.lengthOnly === true;
  const s =
    !read ||
    (physical && HUMAN_STATES.has(read.state)) ||
    (lengthOnly && !physical) ||
    // "workers employed abroad earn $500 million": an amount of money is never employed or killed.
    (money && LIVING_STATES.has(read.state)) ||
    thing ||
    (c.state !== null && !said)
      ? null
      : read;
  if (thing && read) reasons.push(`“${read.cue}” is not said of ${c.counted}s: no state`);
  // "the 151,272-acre blaze": a fire's size is the land it has burned.
  const burned = AREA_UNITS.includes(unit) && FIRE_NOUNS.includes(singular(c.noun ?? ''));
  // "a list of missing persons … totally some 300 names": the names count people in the list's state.
  const listed =
    !s && !c.state && !burned && !other && unit === 'count'
      ? listItemsState(article.tokens ?? [], c.noun)
      : null;
  const state = s?.state ?? c.state ?? (burned ? 'destroyed' : null) ?? listed?.state ?? null;
  if (s) reasons.push(`state ${s.state} from “${s.cue}” (${s.rule})`);
  if (listed) reasons.push(`state ${listed.state}: the article's list is of people ${listed.cue}`);
  else if (burned && !c.state) reasons.push(`a ${c.noun ?? 'fire'} of ${unit}s: the land it burned`);
  // "6-9 metres of debris will be cleared", "35 metres is yet to be cleared": the way dug through is
  // one measure whatever the rubble is called.
  // "held an estimated 240 people hostage": the complement says what the people are.
  const complement = w?.tokens[w.countedEnd]?.normal ?? '';
  const held = c.counted === 'people' && HELD_AS.has(complement);
  if (held) reasons.push(`“${complement}” after “${c.noun ?? 'people'}”: counted as hostage`);
  let counted = s && lengthOnly ? null : held ? 'hostage' : c.counted;
  if (s && lengthOnly && c.counted)
    reasons.push(`a length ${s.state}: the way through, whatever “${c.noun ?? ''}” is`);
  if (!counted && state && HUMAN_STATES.has(state) && unit === 'count') {
    counted = 'people';
    reasons.push(`nothing counted is named: people, by the state ${state}`);
  }
  if (!counted && !state) return null;
  if (!counted && unit === 'count') return null;
  const p =
    (other && readPlaceOther(q, claim, c.nationality, other, language)) ||
    readPlace(article, claim, q, w, names, c.nationality);
  reasons.push(...p.reasons);
  let aspect: Aspect = share ? 'share' : (s?.aspect ?? 'stock');
  // A count seen at one place is not the number in the country; a movement seen there stays a movement.
  if (aspect === 'stock' && (p.kind === 'facility' || p.facility || (w && isSighting(w)))) {
    aspect = 'sighting';
    reasons.push(
      p.kind === 'facility' || p.facility
        ? `seen at ${p.facility ?? p.text}: a sighting`
        : 'said to be seen: a sighting',
    );
  }
  if (money) reasons.push(`an amount in ${q.unit}`);
  // "an additional 100,000 doses", "another 12": an increment, said before the figure.
  const before = w && !other ? (w.tokens[w.figure - 1]?.normal ?? '') : '';
  const narrowing = [...c.narrowing];
  if (NARROWING.includes(before) && !narrowing.includes(before)) {
    narrowing.push(before);
    reasons.push(`narrowed by “${before}” before the figure`);
  }
  // "Alaska's 65 jets" and "United's 79": whose things are counted narrows the measure.
  const owner = w && !other && unit === 'count' ? readOwner(article, w, counted, names) : null;
  if (owner) {
    narrowing.push(owner.owner);
    reasons.push(owner.reason);
  }
  // "50 hostages are to be released": a figure of an act still to come is no count of the acts
  // done so far, when that count grows as the event goes on ("keep 1,000 jobs" is one number).
  // A verb read further on in the clause may be another subject's ("has 200,000 doses on hand and
  // expects to receive 100,000 more"): a verb after another verb of the clause does not plan.
  const cue = s && s === own && 'start' in s ? s.start : undefined;
  const verbBetween =
    w && cue !== undefined && w.tokens.slice(w.countedEnd, cue).some((t) => t.pos === 'VERB');
  const at = cue !== undefined && !verbBetween ? cue : undefined;
  if (s && at !== undefined && w && STATES[s.state]?.moves === 'cumulative' && isPlanned(w, at)) {
    narrowing.push(PLANNED);
    reasons.push(`“${s.cue}” is still to come: a planned figure`);
  }
  // "keep 1,000 jobs rather than moving them to Mexico": where things would go is not where a
  // count that does not move is.
  const moves = state === 'leaving' || state === 'entering';
  const place = p.moving && !moves && (aspect === 'stock' || aspect === 'share') ? null : p.place;
  if (place !== p.place) reasons.push(`“${p.text ?? ''}” is where they go, not where they are`);
  return {
    unit,
    counted,
    state,
    nationality: c.nationality,
    place,
    aspect,
    narrowing: narrowing.join('+'),
    noun: c.noun,
    placeText: p.text,
    ...(place !== null && place === p.place && p.candidates ? { placeCandidates: p.candidates } : {}),
    ...(place !== null && place === p.place && p.kind === 'event' ? { placeIsEvent: true as const } : {}),
    ...(place !== null && place === p.place && p.bySpeaker ? { placeBySpeaker: true as const } : {}),
    definition: c.definition,
    reasons,
    rule: s?.rule ?? (c.state ? 'state-noun' : 'counted-phrase'),
  };
}

/**
 * What the subject of a figure's verb counts; for the later value of a change ("the list grew from
 * around 200 to more than 1,000"), whose clause starts after the earlier one, the subject of the
 * earlier value: both values of a change count one thing.
 */
function subjectOf(article: Article, q: Quantity, w: FigureWindow, quantities: readonly Quantity[]) {
  const own = subjectCounted(w) ?? theNumberBefore(article, q, w, quantities);
  if (own || q.change?.role !== 'to' || !q.change.other) return own;
  const partner = quantities.find((x) => x.id === q.change?.other);
  // "death toll falls to 85, number of missing drops to 11": a verb of its own between them
  // makes two statements, not one change.
  const between = (article.tokens ?? []).filter(
    (t) => partner && t.span.start >= partner.span.end && t.span.end <= q.span.start,
  );
  if (between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const pw = partner && !partner.counted ? figureWindow(article, partner, quantities) : null;
  const read = pw ? subjectCounted(pw) : null;
  return read
    ? { ...read, reason: `${read.reason} (the earlier value “${partner?.text ?? ''}” of the change)` }
    : null;
}

/** Nouns that stand for a count already named: "the number had dropped to 605". */
const ANAPHORIC_COUNTS = new Set(['number', 'figure', 'total', 'tally', 'count']);

/**
 * "That list soon swelled to 1,200 … As of Friday, the number had dropped to 605": a bare "the
 * number" (no "of") as the subject counts what the figures of the sentence before count, when
 * they all count one thing.
 */
function theNumberBefore(
  article: Article,
  q: Quantity,
  w: FigureWindow,
  quantities: readonly Quantity[],
): { text: string; reason: string } | null {
  let bare = false;
  for (let i = w.start; i + 1 < w.figure; i++) {
    const [det, noun, next] = [w.tokens[i], w.tokens[i + 1], w.tokens[i + 2]];
    if (
      (det?.normal === 'the' || det?.normal === 'that') &&
      ANAPHORIC_COUNTS.has(noun?.normal ?? '') &&
      (next?.pos === 'AUX' || next?.pos === 'VERB')
    )
      bare = true;
  }
  if (!bare) return null;
  const sentences = article.sentences ?? [];
  const at = sentences.findIndex((x) => x.span.start <= q.span.start && q.span.start < x.span.end);
  const before = at > 0 ? sentences[at - 1] : undefined;
  if (!before) return null;
  const reads = quantities
    .filter((x) => x.unit === q.unit && x.span.start >= before.span.start && x.span.end <= before.span.end)
    .map((x) => {
      const xw = x.counted ? null : figureWindow(article, x, quantities);
      return xw ? subjectCounted(xw) : null;
    });
  const [first] = reads;
  if (!first || reads.some((r) => r?.text !== first.text)) return null;
  return { text: first.text, reason: `${first.reason} (the count the sentence before names)` };
}

/**
 * "the highest number of cases and the highest number of deaths, at 5,621 and 25 respectively":
 * figures listed before "respectively" count, in order, the counted nouns their sentence names
 * before them, when it names as many as there are figures.
 */
function respectively(
  article: Article,
  q: Quantity,
  quantities: readonly Quantity[],
): { text: string; reason: string } | null {
  const list = coordination(article, q, quantities);
  const last = list[list.length - 1];
  if (list.length < 2 || !last) return null;
  const tokens = article.tokens ?? [];
  const sentence = (article.sentences ?? []).find(
    (x) => x.span.start <= q.span.start && q.span.start < x.span.end,
  );
  if (!sentence) return null;
  const after = tokens.findIndex((t) => t.span.start >= last.span.end);
  if (after < 0 || !tokens.slice(after, after + 3).some((t) => t.normal === 'respectively')) return null;
  const nouns: string[] = [];
  for (let i = sentence.tokens.start; i < sentence.tokens.end; i++) {
    const t = tokens[i];
    if (!t || t.span.start >= (list[0]?.span.start ?? 0)) break;
    if (t.pos !== 'NOUN') continue;
    const known = classOf(t.normal) !== null || singular(t.normal) in STATE_NOUNS;
    if (known && !nouns.includes(t.normal)) nouns.push(t.normal);
  }
  const at = list.findIndex((x) => x.id === q.id);
  const noun = nouns[at];
  if (nouns.length !== list.length || !noun) return null;
  return { text: noun, reason: `“respectively”: figure ${at + 1} of ${list.length} counts “${noun}”` };
}

/** The state of the list a count is listed in, when the count says none of its own. */
function listState(article: Article, q: Quantity, quantities: readonly Quantity[]) {
  const list = coordination(article, q, quantities);
  if (list.length < 2) return null;
  const windows = list
    .map((x) => figureWindow(article, x, quantities))
    .filter((x): x is FigureWindow => x !== null);
  if (windows.length !== list.length) return null;
  return readListState(
    windows,
    list.findIndex((x) => x.id === q.id),
  );
}

const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

/**
 * The counted phrase carried on past a closing quote to the nouns after it: in "ten “mass
 * casualty” search teams" the quoted words modify "teams", which are counted.
 */
function quotedModifierHead(article: Article, q: Quantity, w: FigureWindow): Quantity['counted'] | null {
  if (!q.counted || !CLOSING_QUOTES.has(w.tokens[w.countedEnd]?.normal ?? '')) return null;
  let k = w.countedEnd + 1;
  while (k < w.end && w.tokens[k]?.pos === 'NOUN') k++;
  const last = w.tokens[k - 1];
  if (k === w.countedEnd + 1 || !last) return null;
  const span = { start: q.counted.span.start, end: last.span.end };
  return { ...q.counted, text: article.text.slice(span.start, span.end), span };
}

/** Nouns after "at one" that make an idiom of time: "at one point", "at one time", "at one stage". */
const IDIOM_AFTER_ONE = new Set(['point', 'time', 'stage']);

/** A stable key for a measure: every part, '?' where unknown. */
export function measureKey(m: MeasureParts): string {
  return [
    m.unit,
    m.counted ?? '?',
    m.state ?? '?',
    m.nationality ?? '?',
    m.place ?? '?',
    m.aspect,
    m.narrowing,
  ].join('|');
}

/** The measure without how it relates to time: a stock and a flow of the same people are one family. */
export function measureFamily(m: MeasureParts): string {
  return [m.unit, m.counted ?? '?', m.nationality ?? '?', m.place ?? '?'].join('|');
}

/** The parts of a key made by `measureKey`. */
export function measureParts(key: string): MeasureParts {
  const [
    unit = 'count',
    counted = '?',
    state = '?',
    nationality = '?',
    place = '?',
    aspect = 'stock',
    narrowing = '',
  ] = key.split('|');
  const q = (x: string) => (x === '?' ? null : x);
  return {
    unit,
    counted: q(counted),
    state: q(state),
    nationality: q(nationality),
    place: q(place),
    aspect: aspect as Aspect,
    narrowing,
  };
}

/**
 * A readable label: "people killed in the camp fire", "North Korean workers in Russia",
 * "share contained", "acres destroyed".
 *
 * @example measureLabel(parts, 'workers', names) // 'North Korean workers in Russia'
 */
export function measureLabel(m: MeasureParts, noun: string | null, names: CountryNames): string {
  const narrowings = m.narrowing ? m.narrowing.split('+') : [];
  const planned = narrowings.includes(PLANNED);
  const narrow = narrowings
    .filter((n) => n !== PLANNED)
    .map((n) => `${n} `)
    .join('');
  const nationality = m.nationality ? `${names.adjective(m.nationality)} ` : '';
  // A demonym as the noun ("North Koreans") is said by the nationality already.
  // "North Korean koreans": a demonym the adjective already says is only "people".
  const demonym =
    noun !== null &&
    m.nationality !== null &&
    (names.codeOf(noun) === m.nationality ||
      names.adjective(m.nationality).toLowerCase().split(/\s+/).includes(singular(noun.toLowerCase())));
  const shown = demonym ? 'people' : noun;
  const thing =
    m.unit !== 'count' && m.unit !== 'share' && !/^[A-Z]{3}$/.test(m.unit)
      ? `${m.unit}s${m.counted && m.counted !== m.unit ? ` of ${m.counted}` : ''}`
      : (shown ?? (m.counted ? plural(m.counted) : m.unit === 'share' ? 'share' : 'amount'));
  const money = /^[A-Z]{3}$/.test(m.unit) ? ` (${m.unit})` : '';
  const where = m.place ? placeWords(m.place, names) : '';
  // "workers employed" says one thing twice; a movement says its state with its verb.
  // "deaths killed", "layoffs laid off": a noun that carries the state says it already.
  const implied =
    (m.state === 'employed' && shown !== null && WORK_NOUNS.has(singular(shown))) ||
    (shown !== null && STATE_NOUNS[singular(shown)]?.state === m.state);
  const moving =
    m.aspect === 'entering' || m.aspect === 'leaving'
      ? m.aspect
      : m.state === 'entering' || m.state === 'leaving'
        ? m.state
        : null;
  const verb = moving ?? (m.aspect === 'sighting' ? 'seen at' : 'in');
  const state = m.state && !implied && !moving ? ` ${planned ? 'to be ' : ''}${m.state}` : '';
  const head = `${narrow}${nationality}${thing}${money}${state}`.trim();
  // "abroad", "worldwide": a place said as an adverb takes no preposition and no capital.
  const adverb = m.place !== null && ADVERB_PLACES.has(m.place);
  const label = adverb
    ? `${head}${moving ? ` ${moving}` : ''} ${m.place}`
    : where
      ? `${head} ${verb} ${where}`
      : moving
        ? `${head} ${verb}`
        : head;
  return m.unit === 'share' && !label.startsWith('share') ? `share of ${label}` : label;
}

/** Places said as adverbs: "workers abroad", "workers in several countries", not "in Abroad". */
const ADVERB_PLACES: ReadonlySet<string> = new Set([
  'abroad',
  'overseas',
  'worldwide',
  'globally',
  SEVERAL_COUNTRIES,
]);

function placeWords(place: string, names: CountryNames): string {
  if (/^[A-Z]{2}$/.test(place)) return names.name(place);
  return place.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

function plural(word: string): string {
  if (word === 'people' || word.endsWith('s')) return word;
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
