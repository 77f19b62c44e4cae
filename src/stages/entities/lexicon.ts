import { calendarTokens } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon } from '../../lexicon/index.js';
import { ORGANIZATIONS } from './data/organizations.js';
import { PLACES } from './data/places.js';
import { NOMINAL_HEADS, TITLE_HEADS } from './data/titles.js';
import { EVENT_HEADS, INSTRUMENT_HEADS } from './data/patterns.js';
import { GROUP_HEADS, INSTITUTIONS } from './data/groups.js';
import { countryEntries } from './gazetteer.js';
import { NOT_NAMES } from './data/stop-words.js';
import { NORMAL_VARIANTS } from './data/normal-variants.js';
import type { LexValue } from './gazetteer.js';
import { phraseIndex } from './phrase-index.js';
import type { PhraseIndex } from './phrase-index.js';

/** The compiled lexicons: built once per configured stage, then only read. */
export interface Lexicon {
  /** Proper names: outlets, organisations, countries, places, demonyms. */
  readonly names: PhraseIndex<LexValue>;
  /** Titles and roles, any case ("special envoy", "Minister"). */
  readonly titles: PhraseIndex<string>;
  /** Group heads ("defectors", "press reports"). */
  readonly groups: PhraseIndex<string>;
  /** Unnamed institutions ("foreign ministry", "government"). */
  readonly institutions: PhraseIndex<string>;
  /** Outlet forms for scanning text outside the analysed blocks (photo credits). */
  readonly outletForms: ReadonlyMap<string, LexValue>;
  /** One pattern of every outlet form, longest first, for the same scan. */
  readonly outletPattern: RegExp;
  /** ISO code → the country's usual English name. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Capitalised words that never start or make a name ("The", "January", "Seven", "Photo"). */
  readonly notNames: ReadonlySet<string>;
  /** Lower-cased word → the passes it may start something for (bits of {@link TRIGGER}). */
  readonly triggers: ReadonlyMap<string, number>;
  /** 1 for each word shape (length, first and last letter) some trigger has: see {@link shapeOf}. */
  readonly triggerShapes: Uint8Array;
}

/**
 * A word's shape: its length (up to 31) and first and last letters. Most words of a text have a
 * shape no trigger word has, so the map look-up (which hashes the word) is skipped for them.
 *
 * @example shapeOf('envoy') === shapeOf('early') // true: same length, first and last letter
 */
export function shapeOf(word: string): number {
  const n = word.length;
  return ((n > 31 ? 31 : n) * 27 + letter(word.charCodeAt(0))) * 27 + letter(word.charCodeAt(n - 1));
}

/** A lower-case ASCII letter's place in the alphabet, 26 for anything else (module level: this runs per token). */
function letter(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : 26;
}

/** Which pass a word may start something for: computed once per token, so passes visit only candidates. */
export const TRIGGER = {
  names: 1,
  titles: 2,
  groups: 4,
  institutions: 8,
  nominals: 16,
  instruments: 32,
  pronouns: 64,
} as const;
export type TriggerName = keyof typeof TRIGGER;

/** Extra forms a user may add: `[form, value]` pairs placed before the built-in ones. */
export type ExtraNames = readonly (readonly [string, LexValue])[];

/**
 * Compiles every lexicon from the shared one and the stage's data. Earlier lists win when two
 * give the same form: outlets, then named organisations, countries, places and demonyms.
 *
 * @example buildLexicon(createLexicon()).names.size > 1000
 */
export function buildLexicon(shared: SharedLexicon, extra: ExtraNames = []): Lexicon {
  const outlets: [string, LexValue][] = [];
  for (const o of shared.outlets.entries) {
    const value: LexValue = o.country
      ? { type: 'outlet', canonical: o.name, country: o.country, rule: 'outlet-lexicon' }
      : { type: 'outlet', canonical: o.name, rule: 'outlet-lexicon' };
    for (const form of [o.name, ...(o.aliases ?? [])]) outlets.push([form, value]);
  }
  const orgs: [string, LexValue][] = [];
  for (const o of ORGANIZATIONS) {
    const value: LexValue = o.country
      ? { type: 'organization', canonical: o.name, country: o.country, rule: 'organization-lexicon' }
      : { type: 'organization', canonical: o.name, rule: 'organization-lexicon' };
    for (const form of [o.name, ...o.aliases]) orgs.push([form, value]);
  }
  const places: [string, LexValue][] = [];
  for (const p of PLACES) {
    const value: LexValue = {
      type: 'place',
      canonical: p.name,
      ...(p.country ? { country: p.country } : {}),
      ...(p.capital ? { capital: true as const } : {}),
      rule: p.capital ? 'capital-lexicon' : 'place-lexicon',
    };
    for (const form of [p.name, ...(p.aliases ?? [])]) places.push([form, value]);
  }
  const countries = countryEntries(shared.countries);
  const names = phraseIndex<LexValue>([
    ...extra,
    ...outlets,
    ...orgs,
    ...countries.places,
    ...places,
    ...countries.demonyms,
  ]);
  const anyCase = () => 'any' as const;
  const titles = phraseIndex(
    TITLE_HEADS.map((t) => [t, t] as const),
    anyCase,
  );
  const groups = phraseIndex(
    GROUP_HEADS.map((g) => [g, g] as const),
    anyCase,
  );
  const institutions = phraseIndex(
    INSTITUTIONS.map((g) => [g, g] as const),
    anyCase,
  );
  const triggers = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) {
      triggers.set(w, (triggers.get(w) ?? 0) | bit);
      for (const [, pattern, replacement] of NORMAL_VARIANTS) {
        const variant = w.replace(pattern, replacement);
        if (variant !== w) triggers.set(variant, (triggers.get(variant) ?? 0) | bit);
      }
    }
  };
  mark(names.firstWords, TRIGGER.names);
  mark(titles.firstWords, TRIGGER.titles);
  mark(groups.firstWords, TRIGGER.groups);
  mark(institutions.firstWords, TRIGGER.institutions);
  mark(Object.keys(NOMINAL_HEADS), TRIGGER.nominals);
  mark(
    [...INSTRUMENT_HEADS, ...EVENT_HEADS].map((w) => w.toLowerCase()),
    TRIGGER.instruments,
  );
  mark(['he', 'she'], TRIGGER.pronouns);
  const triggerShapes = new Uint8Array(32 * 27 * 27);
  for (const w of triggers.keys()) triggerShapes[shapeOf(w)] = 1;
  return Object.freeze({
    triggerShapes,
    names,
    titles,
    groups,
    institutions,
    triggers,
    outletForms: new Map(outlets),
    outletPattern: alternation(outlets.map(([form]) => form)),
    countryNames: new Map(countries.places.map(([, v]) => [v.country ?? '', v.canonical])),
    notNames: notNames(shared),
  });
}

/** A case-sensitive pattern matching any of the forms as whole words, longest first. */
function alternation(forms: readonly string[]): RegExp {
  const escaped = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The stage's non-name words, with the shared lexicon's English months, weekdays and number words capitalised. */
function notNames(shared: SharedLexicon): ReadonlySet<string> {
  const english = (w: { readonly language: string }) => w.language === 'en';
  const words = [
    ...calendarTokens(shared.calendar.monthWords.filter(english)),
    ...calendarTokens(shared.calendar.weekdayWords.filter(english)),
    ...Object.keys(shared.numbers.cardinals),
    ...Object.keys(shared.numbers.ordinals),
  ];
  return new Set([...NOT_NAMES, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]);
}
