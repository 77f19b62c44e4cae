import type { Quantity } from '../../model/index.js';
import type { CountryNames } from './countries.js';
import {
  AREA_UNITS,
  COUNTED_CLASSES,
  DEFINITIONS,
  NARROWING,
  ROLE_COMPOUNDS,
  STATE_NOUNS,
} from './data/counted.js';

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
  const two = words.slice(-2).join(' ').toLowerCase();
  const pairClass = CLASS_OF.get(two) ?? CLASS_OF.get(singular(two));
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
