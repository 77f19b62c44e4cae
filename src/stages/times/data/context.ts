/**
 * Context words, as data: what may stand before a bare month, season or year; the words that turn
 * a number into a quantity or a label; modifiers, approximators and signals around an expression;
 * and the cues of tense and planning that decide which way relative phrasing points.
 */

/** Words after which a bare "May", "March" or season is a time ("in May", "since spring"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'since',
  'by',
  'until',
  'till',
  'through',
  'throughout',
  'of',
  'from',
  'to',
  'during',
  'before',
  'after',
  'between',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'that',
  'past',
  'coming',
  'and',
  'or',
  'as',
  'over',
  'around',
  'for',
  'starting',
  'beginning',
  'ending',
  'each',
  'every',
]);

/** Words before a four-digit number that make it a label, not a year ("Resolution 2087", "No. 1984"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'resolution',
  'resolutions',
  'no.',
  'no',
  'number',
  '#',
  'route',
  'flight',
  'room',
  'article',
  'section',
  'chapter',
  'page',
  'pages',
  'p.',
  'pp.',
  'vol.',
  'volume',
  'model',
  'code',
  'bill',
  'tu',
  'su',
  'boeing',
  'airbus',
  'hwasong',
]);

/** Words before a number that make it a quantity ("about 2000 workers", "more than 1500"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'about',
  'some',
  'nearly',
  'almost',
  'than',
  'only',
  'just',
  'roughly',
  'approximately',
  'estimated',
  'least',
  'most',
  'total',
  '$',
  '€',
  '£',
  'us$',
  'up',
  'over',
  'under',
  'around',
  'those',
  'these',
]);

/** Prefix modifiers before an expression and the TimeML mod they give ("early 2011" → START). */
export const EDGE_MODIFIERS: Readonly<Record<string, 'START' | 'MID' | 'END' | null>> = {
  early: 'START',
  'early in': 'START',
  late: 'END',
  'late in': 'END',
  mid: 'MID',
  'mid-': 'MID',
  'the middle of': 'MID',
  'the end of': 'END',
  'the close of': 'END',
  'the beginning of': 'START',
  'the start of': 'START',
  'the early part of': 'START',
  'the latter part of': 'END',
  'the first days of': 'START',
  'the last days of': 'END',
  'the early': 'START',
  'the late': 'END',
  'the mid-': 'MID',
  'the mid': 'MID',
  // "earlier this month", "later this year": the words belong to the expression but add no mod.
  earlier: null,
  later: null,
};

/** Approximators before a duration and the mod they give ("almost seven years" → LESS_THAN). */
export const APPROXIMATORS: Readonly<Record<string, 'APPROX' | 'LESS_THAN' | 'MORE_THAN'>> = {
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  approximately: 'APPROX',
  some: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'just under': 'LESS_THAN',
  'just over': 'MORE_THAN',
};

/** Comparatives before a duration and the mod they give ("more than a week" → MORE_THAN). */
export const COMPARATIVES: Readonly<
  Record<string, 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'>
> = {
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  under: 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS',
};

/**
 * Signals before an expression (kept outside its extent), the direction they point and the open
 * range they make ("since December 2019" → from 2019-12; "by the end of 2019" → until then).
 */
export const SIGNALS: Readonly<
  Record<string, { readonly way: 'past' | 'future' | null; readonly range: 'from' | 'until' | null }>
> = {
  since: { way: 'past', range: 'from' },
  by: { way: null, range: 'until' },
  until: { way: null, range: 'until' },
  till: { way: null, range: 'until' },
  through: { way: null, range: 'until' },
  before: { way: null, range: 'until' },
  'ahead of': { way: null, range: 'until' },
  'prior to': { way: null, range: 'until' },
  'no later than': { way: null, range: 'until' },
  after: { way: null, range: 'from' },
  from: { way: null, range: 'from' },
  'starting in': { way: null, range: 'from' },
  starting: { way: null, range: 'from' },
  'beginning in': { way: null, range: 'from' },
  'as of': { way: null, range: null },
  within: { way: null, range: null },
  during: { way: null, range: null },
  throughout: { way: null, range: null },
  in: { way: null, range: null },
  on: { way: null, range: null },
  at: { way: null, range: null },
  for: { way: null, range: null },
  over: { way: null, range: null },
};

/** Verbs whose complement refers forward ("plans to", "is expected to", "is scheduled for"). */
export const PLANNING_LEMMAS: ReadonlySet<string> = new Set([
  'plan',
  'intend',
  'expect',
  'schedule',
  'aim',
  'hope',
  'seek',
  'prepare',
  'vow',
  'pledge',
  'promise',
  'due',
  'slate',
  'set',
  'threaten',
  'want',
  'propose',
  'agree',
  'undertake',
  'commit',
]);

/** Verbs that move something to a later time: "postponed until Saturday" points ahead. */
export const DEFERRAL_LEMMAS: ReadonlySet<string> = new Set([
  'postpone',
  'delay',
  'defer',
  'adjourn',
  'extend',
  'reschedule',
  'push',
  'move',
]);

/** Auxiliaries and modals by the tense they give their verb group. */
export const AUXILIARIES: Readonly<Record<string, 'past' | 'present' | 'future' | 'perfect'>> = {
  will: 'future',
  ll: 'future',
  "'ll": 'future',
  '’ll': 'future',
  shall: 'future',
  wo: 'future',
  would: 'future',
  was: 'past',
  were: 'past',
  had: 'past',
  did: 'past',
  is: 'present',
  are: 'present',
  am: 'present',
  "'s": 'present',
  "'re": 'present',
  '’s': 'present',
  '’re': 'present',
  be: 'present',
  does: 'present',
  do: 'present',
  has: 'perfect',
  have: 'perfect',
  "'ve": 'perfect',
  '’ve': 'perfect',
  can: 'present',
  could: 'present',
  may: 'present',
  might: 'present',
  must: 'present',
  should: 'future',
};

/**
 * Words (besides the lexicons' own first words, numbers and trigger words) that can begin a
 * rule's match: the literal first words of the patterns in `rules.ts`. A position whose token
 * is none of these is never tried. Keep in step with the rules.
 */
export const RULE_START_WORDS: readonly string[] = [
  'the',
  'this',
  'next',
  'last',
  'coming',
  'past',
  'current',
  'previous',
  'upcoming',
  'following',
  'preceding',
  'that',
  'end',
  'beginning',
  'start',
  'middle',
  'close',
  'fiscal',
  'financial',
  'fy',
  'q1',
  'q2',
  'q3',
  'q4',
  'noon',
  'midnight',
  'midday',
  'every',
  'each',
  'once',
  'twice',
  'thrice',
  'per',
  'recent',
  'first',
  'final',
  'initial',
  'remaining',
  'half',
  'at',
  'these',
];
