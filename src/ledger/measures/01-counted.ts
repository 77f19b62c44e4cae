import type { Quantity } from '../../model/index.js';
import type { CountryNames } from './countries.js';
import {
  AREA_UNITS,
  COUNT_HOLDERS,
  COUNTED_CLASSES,
  DEFINITIONS,
  LEVEL_VERBS,
  NARROWING,
  ROLE_COMPOUNDS,
  STATE_NOUNS,
} from './data/counted.js';
import type { FigureWindow } from './window.js';

/** What a figure counts, read from its counted phrase ("North Korean construction workers"). */
export interface Counted {
  /** The class ("people", "home", "case"), or the head word's lemma when no class names it. */
  readonly counted: string | null;
  /** The head noun as written ("labourers"). */
  readonly noun: string | null;
  readonly nationality: string | null;
  /** A state the noun itself carries ("deaths" → killed). */
  readonly state: string | null;
  readonly narrowing: readonly string[];
  readonly definition: string | null;
  /** A unit the phrase names ("-acre blaze" → acre). */
  readonly unit: string | null;
  readonly reasons: readonly string[];
}

const CLASS_OF = new Map(
  Object.entries(COUNTED_CLASSES).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)),
);

/** The class a noun names ("jets" → aircraft), or null when the vocabulary knows none. */
export function classOf(noun: string): string | null {
  return CLASS_OF.get(singular(noun)) ?? null;
}

/** The singular of a plural head noun, for look-ups ("labourers" → "labourer", "bodies" → "body"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (CLASS_OF.has(w) || w.length < 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Reads the counted phrase of a quantity: its head noun's class, a nationality named with it, a
 * state the noun carries, and modifiers that narrow ("illegal", "more") or define ("suspected").
 *
 * @example readCounted(q /* "36 trapped labourers" *\/, names).counted // 'people'
 */
export function readCounted(q: Quantity, names: CountryNames): Counted {
  const reasons: string[] = [];
  const full = (q.counted?.text ?? '').trim();
  // The noun phrase ends where a preposition starts its complement: "North Koreans in employment".
  const text =
    full.split(
      /\s+(?:in|at|on|from|to|into|inside|across|for|of|with|by|under|since|during|who|that|which)\s+/i,
    )[0] ?? full;
  const tail = full.slice(text.length).trim();
  const words = text
    .replace(/[“”"‘’']/g, ' ')
    .split(/\s+/)
    .filter((x) => x && /\p{L}/u.test(x));
  const lemmas = words.map((x) => x.toLowerCase());
  if (tail) reasons.push(`“${tail}” qualifies what is counted`);
  let unit: string | null = null;
  const dash = /^-(\p{L}+)/u.exec(text);
  if (dash && AREA_UNITS.includes(singular(dash[1] ?? ''))) {
    unit = singular(dash[1] ?? '');
    reasons.push(`“${q.text}${text}” is an area in ${unit}s`);
  }
  const nationality = nationalityIn(text, names);
  if (nationality) reasons.push(`nationality ${nationality} from “${text}”`);
  // The head: the last word, or the last two when they form a known compound ("tax break").
  const last = words[words.length - 1] ?? '';
  const two = words.length >= 2 ? singular(words.slice(-2).join(' ').toLowerCase()) : '';
  const pairClass = two ? CLASS_OF.get(two) : undefined;
  const head = pairClass ? two : singular(last);
  const modifiers = (pairClass ? words.slice(0, -2) : words.slice(0, -1)).map((x) => x.toLowerCase());
  let counted: string | null = pairClass ?? CLASS_OF.get(head) ?? null;
  // "North Koreans", "Thais": a demonym as the head counts people of that nationality.
  if (!counted && nationality && names.codeOf(trailingNames(words)) !== null) counted = 'people';
  const before = modifiers[modifiers.length - 1];
  if (counted === 'people' && before && ROLE_COMPOUNDS[before]) {
    reasons.push(`“${before} ${last}” names a role: ${ROLE_COMPOUNDS[before]}s`);
    counted = ROLE_COMPOUNDS[before] ?? counted;
  }
  const carried = STATE_NOUNS[head] ?? STATE_NOUNS[two];
  let state: string | null = null;
  if (carried) {
    state = carried.state;
    counted = carried.counted;
    reasons.push(`“${last}” counts ${carried.counted} ${carried.state}`);
  }
  if (!counted && head && /^\p{L}{3,}$/u.test(head) && !unit) counted = head;
  if (counted && !carried) reasons.push(`counted “${text}” → ${counted}`);
  const narrowing = [...new Set([...modifiers, ...lemmas].filter((m) => NARROWING.includes(m)))].map((m) =>
    m === 'newly' ? 'new' : m,
  );
  if (narrowing.length) reasons.push(`narrowed by “${narrowing.join('”, “')}”`);
  const definition = modifiers.find((m) => DEFINITIONS.includes(m)) ?? null;
  return { counted, noun: last || null, nationality, state, narrowing, definition, unit, reasons };
}

/** The capitalised words that end a phrase ("more North Koreans" → "North Koreans"). */
function trailingNames(words: readonly string[]): string {
  let i = words.length;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1] ?? '')) i--;
  return words.slice(i).join(' ');
}

/** The nationality named in a counted phrase ("North Korean workers" → KP). */
export function nationalityIn(counted: string, names: CountryNames): string | null {
  const words = counted.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const code = names.codeOf(
        words
          .slice(i, i + n)
          .join(' ')
          .replace(/[’']s$/, ''),
      );
      if (code) return code;
    }
  }
  return null;
}

/**
 * Prepositions between a verb of level and its figure: "rose to 85", "stand at 570", "grew from
 * 200", "surged past 17,000".
 */
const TO_FIGURE = new Set(['to', 'at', 'from', 'past']);

/** Prepositions that open a phrase after the subject's head: "cases across the continent". */
const AFTER_HEAD = new Set(['across', 'in', 'at', 'on', 'from', 'throughout', 'inside']);

/**
 * What a figure with no counted noun of its own counts, read from the subject of the verb that
 * gives it: the noun right before the verb group ("deaths now stand at 570" → deaths; "the number
 * of cases has reached 16,700" → cases; "cases across the continent have surged past 17,000" →
 * cases; "that list, however, soon swelled to 1,200" → names), or what a noun that holds a count
 * holds ("the death toll rose to 85" → deaths, "the list swelled to 1,200" → names). Only a verb
 * of level gives its subject's count ("police said 12" does not count police), and only a noun
 * the vocabulary knows as counted is taken; null otherwise.
 *
 * @example subjectCounted(window /* "the death toll rose to 85" *\/)?.text // 'deaths'
 */
export function subjectCounted(w: FigureWindow): { text: string; reason: string } | null {
  let i = w.figure - 1;
  let verb: string | null = null;
  const adverb = (k: number) => w.tokens[k]?.pos === 'ADV' && k >= w.start;
  for (; i >= w.start; i--) {
    const t = w.tokens[i];
    if (!t) return null;
    // "past" is often tagged as an adjective or adverb: it is the preposition here.
    if (TO_FIGURE.has(t.normal) && ['ADP', 'ADJ', 'ADV'].includes(t.pos) && verb === null) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      verb ??= t.lemma.toLowerCase();
      continue;
    }
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    // A parenthetical adverb between commas ("the list, however, soon swelled").
    if (verb !== null && t.normal === ',' && (adverb(i - 1) || adverb(i + 1))) continue;
    break;
  }
  if (verb === null || !LEVEL_VERBS.includes(verb) || i < w.start) return null;
  const read = subjectAt(w, i, verb);
  if (read) return read;
  // "cases across the continent": the head comes before a phrase that says where.
  let k = i - 1;
  while (k >= w.start && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(w.tokens[k]?.pos ?? '')) k--;
  const adp = w.tokens[k];
  return adp?.pos === 'ADP' && AFTER_HEAD.has(adp.normal) && k - 1 >= w.start
    ? subjectAt(w, k - 1, verb)
    : null;
}

/** The counted phrase whose head noun is token `i`, when the vocabulary knows it as counted. */
function subjectAt(w: FigureWindow, i: number, verb: string): { text: string; reason: string } | null {
  const head = w.tokens[i];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  // The words of the subject's noun phrase: modifiers back to its determiner ("missing people").
  const words = [head.normal];
  for (let k = i - 1; k >= w.start && words.length < 4; k--) {
    const t = w.tokens[k];
    const modifier =
      t !== undefined &&
      (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.normal)));
    if (!modifier) break;
    words.unshift(t.normal);
  }
  const two = words.length >= 2 ? singular(words.slice(-2).join(' ')) : '';
  const one = singular(head.normal);
  const holder = two in COUNT_HOLDERS ? two : one in COUNT_HOLDERS ? one : null;
  const phrase = words.join(' ');
  if (holder !== null) {
    const held = COUNT_HOLDERS[holder];
    // "the confirmed death toll" counts confirmed deaths: the modifiers before the holder stay.
    const kept = words.slice(0, words.length - holder.split(' ').length);
    const text = [...kept, held].join(' ');
    return held ? { text, reason: `“${phrase}” ${verb}: it counts ${text}` } : null;
  }
  const known = CLASS_OF.has(one) || CLASS_OF.has(two) || one in STATE_NOUNS || two in STATE_NOUNS;
  return known ? { text: phrase, reason: `“${phrase}” ${verb}: the subject is what is counted` } : null;
}

/**
 * The head noun a coordination of counted nouns shares: "50 women and children hostages" count
 * hostages, not women. Read right after the counted phrase: "and" or "or", a noun, then a noun of
 * a known class that ends the phrase ("women and children" alone shares no head).
 *
 * @example sharedHead(window /* "50 women and children hostages" *\/)?.counted // 'hostage'
 */
export function sharedHead(w: FigureWindow): { counted: string; noun: string; reason: string } | null {
  const at = (k: number) => (w.countedEnd + k < w.end ? w.tokens[w.countedEnd + k] : undefined);
  const [conj, first, head, after] = [at(0), at(1), at(2), at(3)];
  if (!conj || !['and', 'or'].includes(conj.normal) || first?.pos !== 'NOUN' || head?.pos !== 'NOUN')
    return null;
  if (after?.pos === 'NOUN') return null;
  const counted = CLASS_OF.get(singular(head.normal));
  if (!counted) return null;
  return {
    counted,
    noun: head.normal,
    reason: `“${conj.normal} ${first.normal} ${head.normal}”: the coordinated nouns share the head “${head.normal}” → ${counted}`,
  };
}
