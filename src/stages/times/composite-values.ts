import type { TimeExpression } from '../../model/index.js';
import { daysBetween, parseAnchor } from './calendar.js';
import type { Anchor } from './calendar.js';
import type { Unit } from './data/lexicon.js';
import { shiftValue } from './resolve-shift.js';

/**
 * The value of a date shifted by a duration: "a day after Dec. 22" is Dec. 23, also when the
 * year is unknown (XXXX-12-23, unless the shift crosses a year end). Weeks from a day land on a
 * day ("a week after March 1" is March 8); "now" is the anchor.
 */
export function offsetValue(anchor: Anchor | null, base: TimeExpression, unit: Unit, amount: number) {
  const byDays = unit === 'week' && base.granularity === 'day';
  const [u, n] = byDays ? (['day', amount * 7] as const) : ([unit, amount] as const);
  const known = parseAnchor(base.value) ?? (base.value === 'PRESENT_REF' ? anchor : null);
  if (known) return shiftValue(known, u, n);
  const md = /^XXXX-(\d\d)-(\d\d)$/.exec(base.value);
  if (!md || u !== 'day') return null;
  // Any common year will do for month and day arithmetic inside one year.
  const shifted = shiftValue(parseAnchor(`2001-${md[1]}-${md[2]}`), 'day', n);
  return shifted?.value.startsWith('2001-')
    ? { value: shifted.value.replace(/^2001/, 'XXXX'), granularity: shifted.granularity }
    : null;
}

/** "Feb. 27 to 28" lasts P2D; intervals of months and years count whole units likewise. */
export function spanLength(from: TimeExpression, to: TimeExpression): string {
  // With the year unknown on both ends, any common year measures the span ("XXXX-02-27" to 28).
  const unknown = from.value.startsWith('XXXX-') && to.value.startsWith('XXXX-');
  const a = parseAnchor(unknown ? from.value.replace('XXXX', '2001') : from.value);
  const b = parseAnchor(unknown ? to.value.replace('XXXX', '2001') : to.value);
  if (!a || !b || from.granularity !== to.granularity) return 'PXD';
  if (a.day !== undefined && b.day !== undefined && a.month !== undefined && b.month !== undefined)
    return `P${daysBetween({ ...a, month: a.month, day: a.day }, { ...b, month: b.month, day: b.day }) + 1}D`;
  if (a.month !== undefined && b.month !== undefined)
    return `P${(b.year - a.year) * 12 + b.month - a.month + 1}M`;
  return `P${b.year - a.year + 1}Y`;
}
