/**
 * Resolves a TimeML value left unresolved for want of a publication date ("XXXX-WXX-5" for
 * "Friday", "XXXX-11-08" for "Nov. 8", "PRESENT_REF" for "now") against a reference day, once one
 * is known (a mirror's original's date, an estimate from the story). A weekday is the nearest one
 * on or before the day (after it when the claim looks ahead); a month and day take the year that
 * puts them nearest the day on the same side. Values the reference cannot settle ("XXXX-XX-XX":
 * "the next day" lost its offset) stay as they are.
 *
 * @example resolveAgainst('XXXX-WXX-5', '2018-11-17', 'past') // '2018-11-16'
 */
export function resolveAgainst(value: string, reference: string, direction: 'past' | 'future'): string {
  const ref = day(reference);
  if (ref === null) return value;
  if (value === 'PRESENT_REF') return iso(ref);
  let m = /^XXXX-WXX-([1-7])((?:T[A-Z0-9]+)?)$/.exec(value);
  if (m) {
    const weekday = Number(m[1]);
    const current = ((new Date(ref).getUTCDay() + 6) % 7) + 1;
    const back = (current - weekday + 7) % 7;
    const shift = direction === 'future' && back !== 0 ? 7 - back : -back;
    return `${iso(ref + shift * DAY)}${m[2] ?? ''}`;
  }
  m = /^XXXX-(\d{2})(?:-(\d{2}))?((?:T[A-Z0-9]+)?)$/.exec(value);
  if (m) {
    const year = new Date(ref).getUTCFullYear();
    const month = Number(m[1]);
    const date = m[2] === undefined ? 1 : Number(m[2]);
    const options = [year - 1, year, year + 1].map((y) => ({ y, t: Date.UTC(y, month - 1, date) }));
    const side = options.filter((o) =>
      direction === 'past' ? o.t <= ref + 31 * DAY : o.t >= ref - 31 * DAY,
    );
    const best = (side.length ? side : options).sort((a, b) => Math.abs(a.t - ref) - Math.abs(b.t - ref))[0];
    if (!best) return value;
    const mm = String(month).padStart(2, '0');
    return m[2] === undefined ? `${best.y}-${mm}` : `${best.y}-${mm}-${m[2]}${m[3] ?? ''}`;
  }
  return value;
}

/** True when a value still waits for a reference day to mean a date. */
export function isUnresolved(value: string): boolean {
  return value === 'PRESENT_REF' || /^XXXX-(?:WXX-[1-7]|\d{2})/.test(value);
}

const DAY = 86_400_000;

function day(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
