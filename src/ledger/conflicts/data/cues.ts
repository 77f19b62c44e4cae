/**
 * Words that say a goal was not (yet) reached: a claim made after a deadline that uses one of
 * them about the committed subject contradicts the commitment.
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
  'entering',
  'continue to',
  'continues to',
];

/** Verbs of a commitment to move people out ("repatriate all ... by the end of 2019"). */
export const COMMITMENT_VERBS: readonly string[] = [
  'repatriate',
  'repatriated',
  'send home',
  'sent home',
  'send back',
  'return',
  'returned',
  'deport',
  'expel',
  'leave',
  'go back',
  'dismiss',
];

/** Words that make a commitment universal ("all", "every"). */
export const UNIVERSAL_WORDS: readonly string[] = ['all', 'every', 'each'];
