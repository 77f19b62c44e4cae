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
export function winkReader(): WinkReader {
  // Only the annotations the stages read: sentences, parts of speech (and lemmas) and the
  // number/date entities. wink's negation and sentiment passes cost a fifth of each read and
  // change none of these.
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  const its = nlp.its;
  // wink's `out` gives arrays of strings already: take them as they are (no copy per field).
  const strings = (xs: unknown): readonly string[] => (Array.isArray(xs) ? (xs as string[]) : []);
  return (text) => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
    const found = doc.entities();
    const spans = found.out(its.span) as unknown as [number, number][];
    const types = spans.length > 0 ? (found.out(its.type) as unknown as string[]) : [];
    const entities = spans.map(([first, last], i) => ({ first, last, type: types[i] ?? 'UNKNOWN' }));
    return {
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
    };
  };
}
