import type { Span } from '../../model/index.js';
import { SIGNALS } from './data/context.js';
import type { Atom } from './reading.js';

/**
 * Builds the regex that finds a signal word just before an expression ("by", "since", "from").
 *
 * @example signalRegex().exec('repatriate all by ')?.groups?.w // 'by'
 */
export function signalRegex(): RegExp {
  const words = [...Object.keys(SIGNALS), 'between']
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![A-Za-z])(?<w>${words})\\s+$`, 'i');
}

/**
 * Attaches the signal before each expression; TimeML keeps it outside the extent ("since
 * December 2019" has the extent "December 2019" and the signal "since").
 *
 * @example attachSignals(regex, text, sentence.span, atoms)[0].signal?.text // 'since'
 */
export function attachSignals(regex: RegExp, text: string, sentence: Span, atoms: readonly Atom[]): Atom[] {
  return atoms.map((atom) => {
    const from = Math.max(sentence.start, atom.span.start - 20);
    const m = regex.exec(text.slice(from, atom.span.start));
    const w = m?.groups?.['w'];
    if (!m || !w) return atom;
    const start = from + m.index + m[0].indexOf(w);
    return asDuration({ ...atom, signal: { text: w, span: { start, end: start + w.length } } });
  });
}

const SPAN_SIGNALS = new Set(['over', 'for', 'within', 'throughout', 'during']);

/** "over the next decade", "for the past month": after a span signal, "the next X" is a length. */
function asDuration(atom: Atom): Atom {
  const r = atom.reading;
  if (atom.rule !== 'relative-unit' || r.kind !== 'shift' || r.amount === 0) return atom;
  if (!SPAN_SIGNALS.has(atom.signal?.text.toLowerCase() ?? '')) return atom;
  return { ...atom, reading: { kind: 'duration', amount: 1, unit: r.unit } };
}
