/**
 * Words that say a goal was not (yet) reached: a claim made after a deadline that uses one of
 * them about the committed act contradicts the commitment.
 */
export const UNMET_CUES: readonly string[] = [
  'remain',
  'remains',
  'remained',
  'remaining',
  'still',
  'stranded',
  'stuck',
  'unable',
  'failed',
  'fail',
  'missed',
  'not possible',
  'not been sent',
  'not yet',
  'have not left',
  'has not left',
  'hampered',
  'suspended',
  'delayed',
  'postponed',
  'put back',
  'pushed back',
  'continue to',
  'continues to',
];

/**
 * Lemmas too general to name an act by themselves: a commitment "to begin on Thursday" and a
 * report "will now begin on Friday" are the same act only if something else they say is shared.
 */
export const GENERIC_ACTS: readonly string[] = [
  'begin',
  'start',
  'take',
  'place',
  'come',
  'effect',
  'go',
  'make',
  'do',
  'get',
  'give',
  'expect',
  'hope',
  'hopeful',
  'want',
  'need',
  'try',
  'able',
  'see',
  'will',
  'would',
  'say',
  'tell',
  'announce',
  'official',
  'officials',
  'government',
  'people',
  'time',
  'day',
  'week',
  'year',
  'now',
  'new',
  'first',
];

/**
 * States that show a committed act not done: people to be rescued still trapped, hostages to be
 * released still held, workers to be sent home still at work.
 */
/**
 * Words that say the things counted are still where they were: a report after the deadline that
 * the same kind of things "remain" answers a pledge to move them out, even without a shared act word.
 */
export const STAY_CUES: readonly string[] = [
  'remain',
  'remains',
  'remained',
  'remaining',
  'stay',
  'stays',
  'stayed',
  'staying',
  'stranded',
  'stuck',
];

export const CONTRARY_STATES: Readonly<Record<string, readonly string[]>> = {
  rescued: ['trapped', 'missing'],
  released: ['detained'],
  evacuated: ['trapped'],
  leaving: ['employed'],
  'laid off': ['employed'],
  delivered: [],
  contained: [],
};

/**
 * Nouns that name one kind of act or thing under several words: a story's "deal" is its "truce".
 * Each group is read as its first word.
 */
export const ACT_KIN: readonly (readonly string[])[] = [
  ['agreement', 'deal', 'accord', 'pact', 'truce', 'ceasefire', 'pause', 'armistice'],
];

/**
 * Verbs of an act's start ("begin", "come into effect"): too general to name an act, they say the
 * same of it when the two claims share what starts ("the deal … come into effect", "the truce
 * will now begin").
 */
export const START_ACTS: readonly string[] = ['begin', 'start', 'effect', 'commence'];

/**
 * States that name one act seen from its two ends: things arriving (entering) are things
 * delivered, so a pledge to see vaccines "arriving" is answered by doses "delivered".
 */
export const KIN_STATES: Readonly<Record<string, readonly string[]>> = {
  entering: ['delivered'],
  delivered: ['entering'],
};

/**
 * Words that say an act took place for the first time ("a first batch of doses was delivered"):
 * said after a deadline, the act was not done by it.
 */
export const FIRST_CUES: readonly string[] = ['first', 'for the first time', 'initial'];

/**
 * Words that say a figure was an error ("briefly overstated the toll at 87 due to human error"):
 * an article that gives a figure and calls another one wrong reports the correction itself; the
 * two are no slip of its writer's.
 */
export const ERROR_CUES: readonly string[] = [
  'overstated',
  'understated',
  'overcounted',
  'undercounted',
  'double-counted',
  'double counted',
  'miscounted',
  'erroneous',
  'erroneously',
  'mistaken',
  'mistakenly',
  'in error',
  'human error',
  'incorrect',
  'incorrectly',
  'wrongly',
];
