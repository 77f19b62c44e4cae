import type { Span } from '../../model/index.js';
import { SIGNALS } from './data/context.js';
import type { Atom } from './reading.js';
import { phraseBefore, phraseLexicon } from './token-view.js';
import type { PhraseLexicon, TokenView } from './token-view.js';

/** The signal words ("by", "since", "no later than"), built once per stage. */
export function signalWords(): PhraseLexicon<string> {
  return phraseLexicon([...Object.keys(SIGNALS), 'between'].map((w) => [w, w] as const));
}

/**
 * Attaches the signal before each expression; TimeML keeps it outside the extent ("since
 * December 2019" has the extent "December 2019" and the signal "since").
 *
 * @example attachSignals(signalWords(), sentence.span, atoms, view)[0].signal?.text // 'since'
 */
export function attachSignals(
  words: PhraseLexicon<string>,
  text: string,
  sentence: Span,
  atoms: readonly Atom[],
  view: TokenView,
): Atom[] {
  return atoms.map((atom) => {
    const found = phraseBefore(view, signalEnd(view, atom.span.start), sentence.start, words);
    if (!found) return atom;
    const signal = { text: text.slice(found.span.start, found.span.end), span: found.span };
    return asDuration({ ...atom, signal });
  });
}

const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);

/**
 * Where a signal must end: before the expression, or before an opening quote that starts it and
 * the article the quote leaves outside ('in the "next few days"': the signal is "in").
 */
function signalEnd(view: TokenView, start: number): number {
  const quote = view.before(start);
  if (!quote || quote.span.end !== start || !OPENING_QUOTES.has(quote.normal)) return start;
  const article = view.before(quote.span.start);
  return article?.normal === 'the' ? article.span.start : quote.span.start;
}

const SPAN_SIGNALS = new Set(['over', 'for', 'within', 'throughout', 'during']);

/** "over the next decade", "for the past month": after a span signal, "the next X" is a length. */
function asDuration(atom: Atom): Atom {
  const r = atom.reading;
  if (atom.rule !== 'relative-unit' || r.kind !== 'shift' || r.amount === 0) return atom;
  if (!SPAN_SIGNALS.has(atom.signal?.text.toLowerCase() ?? '')) return atom;
  return { ...atom, reading: { kind: 'duration', amount: 1, unit: r.unit } };
}
