/**
 * The named groups of a rule's match, copied into one object of fixed shape. Each regex makes
 * its own groups object, so code reading groups of forty rules met forty object shapes and every
 * read (present or not) took V8's slow megamorphic path; one shape keeps the reads fast.
 */
export interface Fields {
  year: string | undefined;
  month: string | undefined;
  day: string | undefined;
  weekday: string | undefined;
  season: string | undefined;
  part: string | undefined;
  holiday: string | undefined;
  quarter: string | undefined;
  half: string | undefined;
  decade: string | undefined;
  decadeShort: string | undefined;
  century: string | undefined;
  hour: string | undefined;
  minute: string | undefined;
  ampm: string | undefined;
  zone: string | undefined;
  clock: string | undefined;
  rel: string | undefined;
  relnext: string | undefined;
  unit: string | undefined;
  unitnext: string | undefined;
  unit2: string | undefined;
  amount: string | undefined;
  frac: string | undefined;
  ago: string | undefined;
  ref: string | undefined;
  deictic: string | undefined;
  edge: string | undefined;
  every: string | undefined;
  recur: string | undefined;
  freq: string | undefined;
}

/**
 * Copies a match's named groups into the fixed shape (unknown names are ignored).
 *
 * @example fieldsOf({ month: 'December', year: '2017' }).month // 'December'
 */
export function fieldsOf(groups: Readonly<Record<string, string | undefined>>): Readonly<Fields> {
  const f: Fields = {
    year: undefined,
    month: undefined,
    day: undefined,
    weekday: undefined,
    season: undefined,
    part: undefined,
    holiday: undefined,
    quarter: undefined,
    half: undefined,
    decade: undefined,
    decadeShort: undefined,
    century: undefined,
    hour: undefined,
    minute: undefined,
    ampm: undefined,
    zone: undefined,
    clock: undefined,
    rel: undefined,
    relnext: undefined,
    unit: undefined,
    unitnext: undefined,
    unit2: undefined,
    amount: undefined,
    frac: undefined,
    ago: undefined,
    ref: undefined,
    deictic: undefined,
    edge: undefined,
    every: undefined,
    recur: undefined,
    freq: undefined,
  };
  for (const name in groups) {
    const value = groups[name];
    if (value !== undefined && name in f) f[name as keyof Fields] = value;
  }
  return f;
}
