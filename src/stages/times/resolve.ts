import { pad } from './calendar.js';
import type { Anchor } from './calendar.js';
import { durationValue } from './durations.js';
import type { Direction, Reading } from './reading.js';
import { resolveCalendar } from './resolve-calendar.js';
import { resolveShift } from './resolve-shift.js';
import { result } from './resolved.js';
import type { Resolved } from './resolved.js';

const REF_GRANULARITY = { PRESENT_REF: 'present', PAST_REF: 'past', FUTURE_REF: 'future' } as const;

/**
 * Resolves a reading to its TimeML value. `previous` is the value of the last time expression
 * before it in the text, which narrative phrasing ("that year", "the following day") leans on.
 *
 * @example resolve({ kind: 'shift', unit: 'week', amount: 0 }, parseAnchor('2019-02-07'), 'none', null).value // '2019-W06'
 */
export function resolve(
  reading: Reading,
  anchor: Anchor | null,
  way: Direction['way'],
  previous: string | null,
): Resolved {
  switch (reading.kind) {
    case 'calendar':
      return resolveCalendar(reading.cal, anchor, way);
    case 'ref': {
      // "at present" stands for the publication date, which it resolves to.
      const present = reading.ref === 'PRESENT_REF' && anchor !== null;
      const granularity = REF_GRANULARITY[reading.ref];
      return result(
        'DATE',
        reading.ref,
        granularity,
        present ? 'anchor' : 'absolute',
        false,
        present ? anchor.value : undefined,
      );
    }
    case 'duration':
      return result('DURATION', durationValue(reading.amount, reading.unit), 'duration', 'absolute');
    case 'set':
      return setValue(reading);
    case 'shift':
    case 'narrative':
      return resolveShift(reading, anchor, way, previous);
  }
}

function setValue(reading: Extract<Reading, { kind: 'set' }>): Resolved {
  if (reading.unit) {
    const value = durationValue(reading.amount ?? 1, reading.unit);
    return result('SET', value, 'set', 'absolute', false, undefined, reading.freq);
  }
  const cal = reading.cal ?? {};
  let value = 'XXXX';
  if (cal.month !== undefined) value = `XXXX-${pad(cal.month)}`;
  else if (cal.season !== undefined) value = `XXXX-${cal.season}`;
  else if (cal.weekday !== undefined) value = `XXXX-WXX-${cal.weekday}`;
  else if (cal.part !== undefined) value = 'XXXX-XX-XX';
  if (cal.part !== undefined) value += `T${cal.part}`;
  return result('SET', value, 'set', 'absolute', false, undefined, reading.freq);
}
