import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** What wink-nlp tells us about one stretch of text, as plain arrays (wink's typings are loose). */
export interface WinkReading {
  readonly values: readonly string[];
  /** The whitespace before each token (wink's reader computes it only when first read). */
  readonly spaces: readonly string[];
  readonly pos: readonly string[];
  readonly types: readonly string[];
  readonly lemmas: readonly string[];
  readonly normals: readonly string[];
  /** Inclusive token index ranges of sentences. */
  readonly sentences: readonly (readonly [number, number])[];
  /** Inclusive token index ranges of wink's number/date entities, with their type. */
  readonly entities: readonly { readonly first: number; readonly last: number; readonly type: string }[];
}

export type WinkReader = (text: string) => WinkReading;

/**
 * Loads the wink model once and returns a reader; the only place that touches wink's API.
 *
 * @example const read = winkReader(); read('U.S. envoy said.').sentences
 */
export function winkReader(options: { readonly numerics?: boolean } = {}): WinkReader {
  // Only the annotations the stages read: sentences and parts of speech (and lemmas), plus the
  // number/date entities when asked for. wink's negation and sentiment passes cost a fifth of
  // each read and its entity pass another fifth; none of them changes tokens, tags or sentences.
  const nlp = winkNLP(model, options.numerics ? ['sbd', 'pos', 'ner'] : ['sbd', 'pos']);
  const its = nlp.its;
  // wink's `out` gives arrays of strings already: take them as they are (no copy per field).
  const strings = (xs: unknown): readonly string[] => (Array.isArray(xs) ? (xs as string[]) : []);
  return (text) => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
    const found = options.numerics ? doc.entities() : undefined;
    const spans = (found?.out(its.span) ?? []) as unknown as [number, number][];
    const types = found && spans.length > 0 ? (found.out(its.type) as unknown as string[]) : [];
    const entities = spans.map(([first, last], i) => ({ first, last, type: types[i] ?? 'UNKNOWN' }));
    return joinGluedStops(
      rejoinAbbreviations({
        values: strings(tokens.out(its.value)),
        // The stage finds offsets by search and reads these only if a search fails.
        get spaces() {
          return strings(tokens.out(its.precedingSpaces));
        },
        pos: strings(tokens.out(its.pos)),
        types: strings(tokens.out(its.type)),
        lemmas: strings(tokens.out(its.lemma as never)),
        normals: strings(tokens.out(its.normal)),
        sentences,
        entities,
      }),
    );
  };
}

/** A dotted abbreviation without its last dot: "U.S", "E.U", "S.A.S". */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Gives dotted abbreviations their last dot back, as a fresh reader reads them. wink remembers
 * every word it has not seen before for as long as the reader lives, and once it has read "U.S"
 * without its dot (as in "the U.S government") it splits every later "U.S." into "U.S" and a
 * full stop, which also ends the sentence there: the same article read later in a batch would
 * come out differently. The stop joins the abbreviation again, and so does the sentence when the
 * next one starts in lower case or with a digit (a fresh reader ends a sentence after "U.S."
 * only before a capital).
 *
 * @example rejoinAbbreviations(reading).values // ['the', 'U.S.', 'border'] for ['the', 'U.S', '.', 'border']
 */
export function rejoinAbbreviations(reading: WinkReading): WinkReading {
  const { values } = reading;
  const joins: number[] = [];
  for (let i = 0; i + 1 < values.length; i++) {
    const v = values[i] ?? '';
    if (v.length >= 3 && v.charCodeAt(1) === 46 && values[i + 1] === '.' && DOTTED.test(v)) joins.push(i);
  }
  if (joins.length === 0) return reading;
  const spaces = reading.spaces;
  const dropped = new Set(joins.map((i) => i + 1));
  if (joins.some((i) => (spaces[i + 1] ?? '') !== '')) return reading;
  // Old index → new index (a dropped stop maps to the abbreviation before it).
  const map = new Int32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) map[i] = dropped.has(i) ? n - 1 : n++;
  const keep = <T>(xs: readonly T[]) => xs.filter((_, i) => !dropped.has(i));
  const at = (i: number) => map[i] ?? 0;
  const values2 = values.map((v, i) => (dropped.has(i + 1) ? `${v}.` : v)).filter((_, i) => !dropped.has(i));
  const normals = reading.normals.map((v, i) => (dropped.has(i + 1) ? `${v}.` : v));
  const lemmas = reading.lemmas.map((v, i) => (dropped.has(i + 1) ? `${v}.` : v));
  const sentences: [number, number][] = [];
  for (const [a, b] of reading.sentences) {
    const previous = sentences[sentences.length - 1];
    const first = values2[at(a)] ?? '';
    // The sentence wink began after a split abbreviation, in lower case: it goes on.
    if (previous && dropped.has(a - 1) && /^[\p{Ll}\d]/u.test(first)) previous[1] = at(b);
    else sentences.push([at(a), at(b)]);
  }
  return {
    values: values2,
    spaces: keep(spaces),
    pos: keep(reading.pos),
    types: keep(reading.types),
    lemmas: keep(lemmas),
    normals: keep(normals),
    sentences,
    entities: reading.entities.map((e) => ({ ...e, first: at(e.first), last: at(e.last) })),
  };
}

/**
 * Joins a sentence wink ended at a full stop inside a word ("Detik.com", "Amazon.com"): a stop
 * glued to the word before it and to a lower-case word after it ends no sentence.
 *
 * @example joinGluedStops(reading).sentences // one sentence for 'Detik.com quoted him.'
 */
export function joinGluedStops(reading: WinkReading): WinkReading {
  const { values, sentences } = reading;
  const ends = new Set<number>();
  for (let s = 0; s + 1 < sentences.length; s++) {
    const b = sentences[s]?.[1] ?? -1;
    if (values[b] === '.' && /^\p{Ll}/u.test(values[b + 1] ?? '') && /\p{L}$/u.test(values[b - 1] ?? ''))
      ends.add(b);
  }
  if (ends.size === 0) return reading;
  // The whitespace is computed on demand: only for the rare candidate.
  const spaces = reading.spaces;
  const joined: [number, number][] = [];
  for (const [a, b] of sentences) {
    const previous = joined[joined.length - 1];
    const end = previous?.[1] ?? -1;
    if (previous && ends.has(end) && a === end + 1 && spaces[end] === '' && spaces[a] === '') previous[1] = b;
    else joined.push([a, b]);
  }
  return { ...reading, spaces, sentences: joined };
}
