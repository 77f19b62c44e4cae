/**
 * The named rules that recognise time expressions, as data. Each pattern is a regex template:
 * `{name}` slots are filled with lexicon alternations by `compile.ts` (see its SLOTS), named
 * groups carry the fields the interpreter reads (year, month, day, weekday, season, part, hour,
 * minute, second, ampm, clock, decade, century, quarter, half, rel, amount, unit, ref, deictic,
 * every, recur, freq, holiday, frac), and `kind` says what the match means. A rule is tried only
 * at the starts of the `reach` tokens before one of its trigger words (and at the word itself),
 * and its match must pass its guard.
 *
 * When two matches overlap, the longer wins; between equals, the rule listed first.
 */

export type Trigger =
  | 'month'
  | 'weekday'
  | 'season'
  | 'part'
  | 'unit'
  | 'year'
  | 'decade'
  | 'clock'
  | 'ordinal'
  | 'ref'
  | 'deictic'
  | 'set'
  | 'holiday'
  | 'numeric'
  | 'half'
  | 'quarter'
  | 'century';

export type Guard =
  | 'month'
  | 'year'
  | 'season'
  | 'ref'
  | 'duration'
  | 'bare-day'
  | 'clock'
  | 'recurrence'
  | 'per-unit'
  | 'the-weekend';

export interface RuleSpec {
  readonly id: string;
  readonly kind: 'calendar' | 'shift' | 'ref' | 'duration' | 'set' | 'narrative';
  readonly triggers: readonly Trigger[];
  /** How many tokens before its trigger word a match may start ("the end of the fiscal year": 5). */
  readonly reach: number;
  readonly pattern: string;
  readonly guard?: Guard;
}

export const RULES: readonly RuleSpec[] = [
  // Calendar dates, most specific first.
  {
    id: 'weekday-month-day-year',
    kind: 'calendar',
    triggers: ['month'],
    reach: 2,
    pattern:
      '(?:{weekday},?\\s)?(?<month>{monthd})\\s?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:(?:,?\\s|,)(?<year>{year}))?(?![:.,]?\\d)',
  },
  {
    id: 'day-month-year',
    kind: 'calendar',
    triggers: ['month'],
    reach: 5,
    pattern:
      '(?:{weekday},?\\s)?(?:the\\s)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s(?:of\\s)?(?<month>{monthd})(?:,?\\s(?<year>{year}))?',
  },
  {
    id: 'ordinal-of-month',
    kind: 'calendar',
    triggers: ['month'],
    reach: 3,
    pattern: '(?:the\\s)?(?<day>{dayword})\\sof\\s(?<month>{month})(?:,?\\s(?<year>{year}))?',
  },
  {
    id: 'month-year',
    kind: 'calendar',
    triggers: ['month'],
    reach: 2,
    pattern: '(?:(?<rel>{calrel})\\s)?(?<month>{month})(?:,|\\sof)?\\s(?<year>{year})',
  },
  {
    id: 'iso-date',
    kind: 'calendar',
    triggers: ['numeric'],
    reach: 0,
    pattern: '(?<year>{year})-(?<month>[01]\\d)-(?<day>[0-3]\\d)',
  },
  {
    id: 'us-numeric-date',
    kind: 'calendar',
    triggers: ['numeric'],
    reach: 0,
    pattern: '(?<month>1[0-2]|0?[1-9])/(?<day>[0-3]?\\d)/(?<year>{year}|\\d\\d)',
  },
  {
    id: 'month',
    kind: 'calendar',
    triggers: ['month'],
    reach: 2,
    pattern: '(?:(?<rel>{calrel})\\s)?(?<month>{month})',
    guard: 'month',
  },
  {
    id: 'weekday',
    kind: 'calendar',
    triggers: ['weekday'],
    reach: 2,
    pattern: '(?:(?<rel>{calrel})\\s)?(?<weekday>{weekday})(?:\\s(?<part>{part}))?',
  },
  {
    id: 'season',
    kind: 'calendar',
    triggers: ['season'],
    reach: 2,
    pattern: '(?:(?<rel>{calrel})\\s|the\\s)?(?<season>{season})(?:\\s(?:of\\s)?(?<year>{year}))?',
    guard: 'season',
  },
  {
    id: 'holiday',
    kind: 'calendar',
    triggers: ['holiday'],
    reach: 0,
    pattern: '(?<holiday>{holiday})(?:\\s(?<year>{year}))?',
  },
  {
    id: 'quarter',
    kind: 'calendar',
    triggers: ['quarter'],
    reach: 2,
    pattern:
      '(?:the\\s)?(?<quarter>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\\s|-)quarter(?:\\s(?:of\\s)?(?<year>{year}))?',
  },
  {
    id: 'quarter-code',
    kind: 'calendar',
    triggers: ['year'],
    reach: 0,
    pattern: 'Q(?<quarter>[1-4])(?:\\s(?<year>{year}))?',
  },
  {
    id: 'half-of-year',
    kind: 'calendar',
    triggers: ['half'],
    reach: 2,
    pattern:
      '(?:the\\s)?(?<half>first|second|latter)\\shalf\\sof\\s(?:(?<year>{year})|(?:(?<rel>this|last|next|the)\\s)(?:fiscal\\s)?year)',
  },
  {
    id: 'decade',
    kind: 'calendar',
    triggers: ['decade'],
    reach: 1,
    pattern: "(?:(?<decade>1[5-9]\\d0|20\\d0)s|'(?<decadeShort>\\d0)s)",
  },
  {
    id: 'century',
    kind: 'calendar',
    triggers: ['century'],
    reach: 1,
    pattern: '(?<century>[12]?\\d(?:st|nd|rd|th)|{ordinal})[\\s-]century',
  },
  {
    id: 'fiscal-year',
    kind: 'calendar',
    triggers: ['year'],
    reach: 2,
    pattern: '(?:(?:fiscal|financial)\\s(?:year\\s)?|FY\\s?)(?<year>{year})',
  },
  { id: 'year', kind: 'calendar', triggers: ['year'], reach: 0, pattern: '(?<year>{year})', guard: 'year' },
  {
    id: 'ordinal-day',
    kind: 'calendar',
    triggers: ['ordinal'],
    reach: 1,
    pattern:
      '(?<=\\b(?:on|from|since|until|till|by|before|after|through)\\s)the\\s(?<day>[0-3]?\\d(?:st|nd|rd|th))',
    guard: 'bare-day',
  },

  // Clock times.
  {
    id: 'clock-ampm',
    kind: 'calendar',
    triggers: ['clock'],
    reach: 2,
    pattern:
      '(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s?(?<ampm>[ap]\\.m\\.|[AP]\\.M\\.|[ap]m|[AP]M)(?:\\s(?<zone>{zone}))?{clockday}',
  },
  {
    id: 'clock-24h',
    kind: 'calendar',
    triggers: ['clock'],
    reach: 0,
    pattern: '(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?::\\d\\d)?(?:\\s(?<zone>{zone}))?{clockday}',
    guard: 'clock',
  },
  {
    // "Friday at 7 a.m.": the clock time on the weekday before it.
    id: 'weekday-clock',
    kind: 'calendar',
    triggers: ['weekday'],
    reach: 0,
    pattern:
      '(?<weekday>{weekday}),?\\s(?:at\\s)?(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s?(?<ampm>[ap]\\.m\\.|[AP]\\.M\\.|[ap]m|[AP]M)(?:\\s(?<zone>{zone}))?(?:\\slocal\\stime)?',
  },
  {
    id: 'clock-word',
    kind: 'calendar',
    triggers: ['clock'],
    reach: 1,
    pattern: "(?<clock>noon|midnight|midday|(?<hour>1[0-2]|[1-9])\\so'clock)",
  },

  // Days named from today, and parts of days.
  {
    id: 'deictic-day',
    kind: 'shift',
    triggers: ['deictic'],
    reach: 0,
    pattern: '(?<deictic>{deictic})(?:\\s(?<part>{part}))?',
  },
  {
    id: 'this-part-of-day',
    kind: 'shift',
    triggers: ['part'],
    reach: 1,
    pattern: '(?<rel>this|last)\\s(?<part>morning|afternoon|evening|night)',
  },

  // Relative to the anchor.
  {
    id: 'end-of-unit',
    kind: 'shift',
    triggers: ['unit'],
    reach: 5,
    pattern:
      '(?:the\\s)?(?<edge>end|beginning|start|middle|close)\\sof\\s(?:(?<rel>the|this|next|last)\\s)?(?:fiscal\\s)?(?<unit>year|month|week|decade|century|quarter)(?!\\s(?:of|and|before|after)\\b)',
  },
  {
    id: 'relative-unit',
    kind: 'shift',
    triggers: ['unit'],
    reach: 3,
    pattern:
      '(?:the\\s)?(?<rel>this|next|last|coming|current|past|previous|upcoming)\\s(?:fiscal\\s|calendar\\s)?(?<unit>week|month|year|decade|century|quarter|weekend|fortnight)',
  },
  {
    // "over the weekend", "during the weekend": the weekend the tense points to.
    id: 'the-weekend',
    kind: 'shift',
    triggers: ['unit'],
    reach: 1,
    pattern: '(?<rel>the)\\s(?<unit>weekend)',
    guard: 'the-weekend',
  },
  {
    id: 'narrative-unit',
    kind: 'narrative',
    triggers: ['unit'],
    reach: 2,
    pattern:
      '(?:(?<rel>that|the\\ssame|the\\sfollowing|the\\spreceding|the\\sprevious)\\s(?<unit>year|month|week|day|morning|night|evening|afternoon)|the\\s(?<relnext>next)\\s(?<unitnext>day|morning))',
  },
  {
    id: 'ago',
    kind: 'shift',
    triggers: ['unit'],
    reach: 4,
    pattern: '(?:(?<amount>{num})\\s(?<frac>and\\sa\\shalf\\s)?)?(?<unit>{unit})\\s(?<ago>ago|hence)',
  },
  { id: 'reference', kind: 'ref', triggers: ['ref'], reach: 2, pattern: '(?<ref>{ref})', guard: 'ref' },

  // Durations (a rate after a quantity first: "$500 million a year" recurs).
  {
    id: 'per-unit',
    kind: 'set',
    triggers: ['unit'],
    reach: 1,
    pattern: '(?:a|an|per)\\s(?<unit>year|month|week|day|hour)',
    guard: 'per-unit',
  },
  {
    id: 'span-of-units',
    kind: 'duration',
    triggers: ['unit'],
    reach: 5,
    pattern:
      '(?:the\\s)?(?<rel>past|last|next|coming|previous|first|final|following|initial|remaining|recent)\\s(?<amount>{num})\\s(?:(?:full|consecutive|straight|additional|more)\\s)?(?<unit>{unit})',
    guard: 'duration',
  },
  {
    id: 'recent-units',
    kind: 'duration',
    triggers: ['unit'],
    reach: 2,
    pattern: '(?:the\\s)?(?<rel>recent|coming|past|next|last|following|previous)\\s(?<unit>{unitN})',
  },
  {
    id: 'unit-and-a-half',
    kind: 'duration',
    triggers: ['half'],
    reach: 4,
    pattern: '(?<amount>a|an|one)\\s(?<unit>{unit1})\\sand\\sa\\s(?<frac>half)',
  },
  {
    id: 'half-a-unit',
    kind: 'duration',
    triggers: ['half'],
    reach: 0,
    pattern: '(?<frac>half)\\s(?:an?\\s)(?<unit>year|month|day|hour|century|decade)',
  },
  {
    id: 'amount-of-units',
    kind: 'duration',
    triggers: ['unit'],
    reach: 5,
    pattern:
      '(?:the\\s)?(?<amount>{num})(?<frac>\\sand\\sa\\shalf)?\\s(?:(?:full|consecutive|straight|additional|more|long|whole|entire)\\s)?(?<unit>{unit})(?:-long)?',
    guard: 'duration',
  },
  {
    id: 'hyphenated-units',
    kind: 'duration',
    triggers: ['unit'],
    reach: 2,
    pattern: '(?<amount>\\d+|{numword})-(?<unit>year|month|week|day|hour|minute|decade)(?:-long)?(?!s?-old)',
  },
  {
    id: 'bare-units',
    kind: 'duration',
    triggers: ['unit'],
    reach: 0,
    pattern:
      '(?:(?<=\\b(?:[Ff]or|within|over|in|after|[Tt]akes?|took|lasted|last)\\s)(?<unit>years|decades|months|weeks|days|hours|minutes)(?!\\s(?:of|old|and|ago)\\b)|(?<unit2>years|decades|months|weeks|days|hours|minutes)(?=\\s(?:later|earlier|after|before)\\b))',
  },

  // Recurrences.
  {
    id: 'every',
    kind: 'set',
    triggers: ['set'],
    reach: 0,
    pattern:
      '(?<every>every|each)\\s(?:(?<amount>{num})\\s)?(?:other\\s)?(?:(?<unit>{unit})|(?<weekday>{weekday})|(?<part>{part})|(?<season>{season})|(?<month>{month}))',
  },
  {
    id: 'weekday-plural',
    kind: 'set',
    triggers: ['weekday'],
    reach: 0,
    pattern: '(?<weekday>{weekday})s(?:\\s(?<part>{part})s)?',
  },
  {
    id: 'times-per-unit',
    kind: 'set',
    triggers: ['set'],
    reach: 1,
    pattern:
      '(?<freq>once|twice|thrice|(?:\\d+|{numword})\\stimes)\\s(?:a|an|per|each|every)\\s(?<unit>{unit1})',
  },
  {
    id: 'recurrence',
    kind: 'set',
    triggers: ['set'],
    reach: 0,
    pattern: '(?<recur>{recur})',
    guard: 'recurrence',
  },
];
