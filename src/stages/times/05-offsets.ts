import { makeAtom } from './reading.js';
import type { Atom } from './reading.js';
import type { TokenView } from './token-view.js';

const OFFSET_JOIN =
  /^\s+(?<w>after|before|later than|earlier than|prior to|following|ahead of|from)\s+(?<det>(?:a|an|the|its|their|this|that|his|her)\s+)?$/i;

/** "now" and "today": an offset from them ("eight years from now") counts from the anchor. */
const isNow = (a: Atom) =>
  (a.reading.kind === 'ref' && a.reading.ref === 'PRESENT_REF') ||
  (a.reading.kind === 'shift' &&
    a.reading.unit === 'day' &&
    a.reading.amount === 0 &&
    a.reading.part === undefined);

/**
 * A duration counted from a date: "a day after a Dec. 22 sanctions deadline" (the Dec. 22 +1 day),
 * "two weeks before March 1", "eight years from now". The composite keeps both parts; when the
 * date modifies a noun ("a Dec. 22 sanctions deadline") the extent runs to the head noun.
 *
 * @example offsetOf(text, dayAtom, dec22Atom, view)?.composite // { kind: 'offset', sign: 1, ... }
 */
export function offsetOf(text: string, d: Atom, b: Atom, view: TokenView): Atom | null {
  if (d.reading.kind !== 'duration' || d.reading.amount === null) return null;
  if (b.reading.kind !== 'calendar' && !isNow(b)) return null;
  const m = OFFSET_JOIN.exec(text.slice(d.span.end, b.span.start));
  const w = m?.groups?.['w'];
  if (!m || !w) return null;
  // "from" counts only from now ("eight years from now"); "two years from 2010 to 2012" is a span.
  if (/^from$/i.test(w) && !isNow(b)) return null;
  const sign = /after|later|following|from/i.test(w) ? 1 : -1;
  let end = b.span.end;
  if (m.groups?.['det'] && b.reading.kind === 'calendar') {
    for (let k = 0, t = view.after(end); k < 3 && t && t.pos === 'NOUN'; k++, t = view.after(end))
      end = t.span.end;
  }
  return makeAtom({ start: d.span.start, end }, 'offset', b.reading, undefined, {
    kind: 'offset',
    duration: d,
    base: b,
    sign,
  });
}
