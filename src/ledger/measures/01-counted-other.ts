import type { Claim, Quantity } from '../../model/index.js';
import type { Lexicon } from '../../lexicon/types.js';
import { COUNTED_CLASSES } from './data/counted.js';
import type { Counted } from './01-counted.js';
import type { PlaceReading } from './03-place.js';
import type { FigureWindow } from './window.js';

/** What the measures need to read a figure of a language other than English. */
export interface OtherLanguages {
  /** The English noun a counted word stands for in its language ("arbeiter" → "worker"), or null. */
  readonly countedAs: (language: string, word: string) => string | null;
  /** The one country a phrase names in any language ("nordkoreanische Arbeiter" → KP), or null. */
  readonly country: (text: string) => string | null;
  /** True when a word names a country itself ("Russland", "России"), not its people. */
  readonly isCountryName: (word: string) => boolean;
  /** The English state a word says in its language ("heimgeschickt" → "leaving"), or null. */
  readonly stateOf: (language: string, word: string) => string | null;
  /** True when a word means "abroad" in its language ("Ausland"). */
  readonly isAbroad: (language: string, word: string) => boolean;
}

const CLASS_OF = new Map(
  Object.entries(COUNTED_CLASSES).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)),
);

/**
 * The lexicon's counted nouns and country finder, for figures in other languages: a German or
 * Russian figure names its counted noun in its language, and the lexicon says which English
 * noun that is, so it joins the English series of the same measure.
 *
 * @example otherLanguages(createLexicon()).countedAs('de', 'arbeiter') // 'worker'
 */
export function otherLanguages(lexicon: Lexicon): OtherLanguages {
  const forms = new Map<string, Map<string, string>>();
  const stems = new Map<string, [string, string][]>();
  for (const l of lexicon.languages) {
    for (const [noun, list] of Object.entries(l.reading?.counted ?? {})) {
      for (const f of list) {
        if (f.endsWith('-')) stems.set(l.code, [...(stems.get(l.code) ?? []), [f.slice(0, -1), noun]]);
        else forms.set(l.code, (forms.get(l.code) ?? new Map<string, string>()).set(f, noun));
      }
    }
  }
  const states = new Map<string, { forms: Map<string, string>; stems: [string, string][] }>();
  const abroad = new Map<string, Set<string>>();
  for (const l of lexicon.languages) {
    const own = { forms: new Map<string, string>(), stems: [] as [string, string][] };
    for (const [state, list] of Object.entries(l.reading?.states ?? {}))
      for (const f of list) {
        if (f.endsWith('-')) own.stems.push([f.slice(0, -1), state]);
        else own.forms.set(f, state);
      }
    states.set(l.code, own);
    abroad.set(l.code, new Set(l.reading?.abroad ?? []));
  }
  const names = new Set<string>(lexicon.countries.lowerNames);
  for (const l of lexicon.languages)
    for (const list of Object.values(l.countryAliases ?? {}))
      for (const f of list) names.add(f.toLowerCase());
  const nameList = [...names];
  return Object.freeze({
    countedAs: (language: string, word: string) => {
      const w = word.toLowerCase();
      return forms.get(language)?.get(w) ?? stems.get(language)?.find(([s]) => w.startsWith(s))?.[1] ?? null;
    },
    country: (text: string) => {
      const found = [...lexicon.countries.find(text).keys()];
      return found.length === 1 ? found[0]! : null;
    },
    isCountryName: (word: string) => {
      const w = word.toLowerCase();
      // Inflecting languages list stems ("росси"): a name with an ending of up to two letters.
      return names.has(w) || nameList.some((n) => w.startsWith(n) && w.length - n.length <= 2);
    },
    stateOf: (language: string, word: string) => {
      const own = states.get(language);
      const w = word.toLowerCase();
      return own?.forms.get(w) ?? own?.stems.find(([s]) => w.startsWith(s))?.[1] ?? null;
    },
    isAbroad: (language: string, word: string) => abroad.get(language)?.has(word.toLowerCase()) ?? false,
  });
}

/**
 * The state a figure of another language is in, from the words of its clause through the
 * lexicon: the nearest word of a state, a movement ("heim", "вернулись") before "employed" (which
 * a worker is anyway).
 *
 * @example readStateOther(window, 'de', other)?.state // 'leaving'
 */
export function readStateOther(
  w: FigureWindow,
  language: string,
  other: OtherLanguages,
): { state: string; aspect: 'stock' | 'entering' | 'leaving'; cue: string; rule: string } | null {
  let best: { state: string; cue: string; distance: number } | null = null;
  for (let i = w.start; i < w.end; i++) {
    if (i >= w.figure && i < w.figureEnd) continue;
    const word = w.tokens[i]?.normal ?? '';
    const state = other.stateOf(language, word);
    if (!state) continue;
    const distance = (i < w.figure ? w.figure - i : i - w.figureEnd) + (state === 'employed' ? 100 : 0);
    if (!best || distance < best.distance) best = { state, cue: word, distance };
  }
  if (!best) return null;
  const aspect = best.state === 'leaving' || best.state === 'entering' ? best.state : 'stock';
  return { state: best.state, aspect, cue: best.cue, rule: 'state-other-language' };
}

/**
 * Reads the counted phrase of a figure in another language: its head noun (the last word) through
 * the lexicon's counted nouns, a demonym noun as people of its country ("Nordkoreaner"), and a
 * nationality any word of the phrase names ("nordkoreanische", "северокорейских").
 *
 * @example readCountedOther(q /* "rund 1.000 nordkoreanische Arbeiter" *\/, 'de', other).counted // 'people'
 */
export function readCountedOther(q: Quantity, language: string, other: OtherLanguages): Counted {
  const text = (q.counted?.text ?? '').trim();
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const written = words[words.length - 1] ?? '';
  // A word of a place ("Ausland", "Russland") is where, never what is counted.
  const last = other.isAbroad(language, written) || other.isCountryName(written) ? '' : written;
  const reasons: string[] = [];
  const nationality = text ? other.country(text) : null;
  if (nationality) reasons.push(`nationality ${nationality} from “${text}”`);
  const english = last ? other.countedAs(language, last) : null;
  let counted: string | null = english ? (CLASS_OF.get(english) ?? english) : null;
  if (english) reasons.push(`counted “${text}”: “${last}” is “${english}” → ${counted}`);
  else if (last && nationality && other.country(last) === nationality && !other.isCountryName(last)) {
    counted = 'people';
    reasons.push(`“${last}” names people of ${nationality}`);
  } else if (/^\p{L}{3,}$/u.test(last)) counted = last.toLowerCase();
  return {
    counted,
    noun: last || null,
    nationality,
    state: null,
    narrowing: [],
    definition: null,
    unit: null,
    reasons,
  };
}

/**
 * Where a figure of another language applies: the country after its place preposition ("in
 * Russland"), else the country that gives it of itself ("Russland berichtete, dass …", "В докладе
 * России говорится …") when that is not the nationality counted.
 */
export function readPlaceOther(
  q: Quantity,
  claim: Claim,
  nationality: string | null,
  other: OtherLanguages,
  language: string,
): PlaceReading | null {
  const text = q.place?.text;
  if (text && text.split(/\s+/).some((w) => other.isAbroad(language, w)))
    return { place: 'abroad', kind: 'region', text, reasons: [`place “${text}” → abroad`] };
  const code = text ? other.country(text) : null;
  if (text && code) return { place: code, kind: 'country', text, reasons: [`place “${text}” → ${code}`] };
  const source = claim.source;
  const speaker = source?.type === 'place' ? other.country(source.name) : null;
  if (!source || !speaker || speaker === nationality) return null;
  return {
    place: speaker,
    kind: 'country',
    text: source.name,
    bySpeaker: true,
    reasons: [`the speaker ${source.name} gives the figure for itself → ${speaker}`],
  };
}
