/**
 * Words that close the clause a quantity stands in, for the search of its place and time:
 * conjunctions and relative pronouns after which another statement begins.
 */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'if',
  'unless',
  'so',
  'yet',
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  '—',
  '–',
  '--',
]);

/** Determiners and possessives skipped before what is counted ("of the workers", "all their wages"). */
export const SKIP_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'their',
  'its',
  'his',
  'her',
  'our',
  'your',
  'my',
  'these',
  'those',
  'this',
  'that',
]);

/** Pronouns after "of": the counted thing is named elsewhere ("of them", "of which"). */
export const OF_PRONOUNS: ReadonlySet<string> = new Set([
  'them',
  'those',
  'these',
  'which',
  'whom',
  'us',
  'it',
]);

/** Words after a figure that show it is followed by a verb or a pronoun, not a noun. */
export const COUNTED_STOPS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', 'of']);

/** Adverbs and phrases that put a statement in the present: its time is the publication date. */
export const PRESENT_MARKERS: readonly string[] = [
  'at present',
  'currently',
  'now',
  'still',
  'today',
  'presently',
  'so far',
  'to date',
  'as of now',
];

/** Finite verb forms of the present tense (the rest is read from the lemma). */
export const PRESENT_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'s",
  "'re",
  'has',
  'have',
  "'ve",
  'remain',
  'remains',
  'do',
  'does',
  'exist',
  'exists',
]);

/** Finite verb forms of the past tense that a lemma test would miss. */
export const PAST_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', "'d"]);

/** Auxiliaries after which a verb is not a present statement ("will remain", "to leave"). */
export const NON_PRESENT_BEFORE: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'can',
  'to',
  'did',
  "'ll",
  "'d",
  'wo',
]);
