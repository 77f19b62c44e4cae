/**
 * The stretch of time a TimeML value covers, in milliseconds since 1970 (UTC): "2019" is the
 * whole year, "2019-12" the month, "2019-W06" the ISO week, "2019-12-23" the day.
 * Null for values that are not on the calendar (durations, PRESENT_REF...).
 *
 * @example timeRange('2019-12') // [Date.UTC(2019, 11, 1), Date.UTC(2020, 0, 1)]
 */
export function timeRange(value: string): [number, number] | null {
  if (value.includes('/')) {
    // An interval "2019-02-27/2019-02-28": from the start of one to the end of the other.
    const [a = '', b = ''] = value.split('/');
    const start = timeRange(a);
    const end = timeRange(b);
    return start && end ? [start[0], Math.max(start[1], end[1])] : (start ?? end);
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return [start, start + 86_400_000];
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(year, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const start = monday + (Number(m[2]) - 1) * 7 * 86_400_000;
    return [start, start + 7 * 86_400_000];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [Date.UTC(Number(m[1]), Number(m[2]) - 1, 1), Date.UTC(Number(m[1]), Number(m[2]), 1)];
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]) - 1;
    return [Date.UTC(Number(m[1]), q * 3, 1), Date.UTC(Number(m[1]), q * 3 + 3, 1)];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [Date.UTC(Number(m[1]), 0, 1), Date.UTC(Number(m[1]) + 1, 0, 1)];
  return null;
}
