/**
 * Lexicons for finding event predicates. Kept as data: each list has a name that appears as the
 * rule id of the events it admits or rejects.
 */

/** Verbs that are almost never events on their own (light, copular or auxiliary uses). */
export const NON_EVENT_VERBS: ReadonlySet<string> = new Set([
  'be',
  'do',
  'get',
  'seem',
  'appear',
  'become',
  'remain',
  'let',
  'include',
  'mean',
]);

/** Nouns that name events (occurrences, changes, transactions, legal and corporate acts). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'acquisition',
  'appearance',
  'claim',
  'demand',
  'farewell',
  'invitation',
  'leave',
  'speech',
  'keynote',
  'agreement',
  'announcement',
  'attack',
  'ban',
  'bankruptcy',
  'bid',
  'collapse',
  'contract',
  'crisis',
  'cut',
  'deal',
  'death',
  'decision',
  'decline',
  'delay',
  'departure',
  'dispute',
  'drop',
  'election',
  'fall',
  'gain',
  'growth',
  'hearing',
  'increase',
  'investigation',
  'launch',
  'lawsuit',
  'loss',
  'meeting',
  'merger',
  'offer',
  'plan',
  'purchase',
  'recall',
  'release',
  'resignation',
  'rise',
  'sale',
  'strike',
  'suit',
  'takeover',
  'talk',
  'trial',
  'visit',
  'vote',
]);

/** Derivational endings that mark event nouns ("production", "announcement", "closure"). */
export const EVENT_NOUN_SUFFIXES: readonly RegExp[] = [/[^aeiou]tion$/, /sion$/, /ment$/, /ure$/, /ance$/];

/** Nouns with an eventive ending that name things, not events. */
export const NOT_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'nation',
  'station',
  'information',
  'position',
  'question',
  'version',
  'division',
  'television',
  'government',
  'department',
  'equipment',
  'management',
  'future',
  'structure',
  'nature',
  'picture',
  'feature',
  'insurance',
  'alliance',
  'finance',
  'distance',
  'instance',
  'percentage',
  'organization',
  'corporation',
  'association',
  'administration',
  'population',
  'location',
  'region',
  'million',
  'billion',
  'pension',
  'commission',
  'mission',
]);

/** Words before a verb that put it in the future. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);

/** Words before a verb that make it unreal or hypothetical (modals, "to" of an infinitive). */
export const IRREALIS_MARKERS: ReadonlySet<string> = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'to',
]);

/** Auxiliaries that, before a participle, make the verb a past (perfect) event. */
export const PERFECT_MARKERS: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve", "'s"]);

/** Irregular present forms that differ from their lemma by more than -s ("has" of "have"). */
export const PRESENT_FORMS: ReadonlySet<string> = new Set(['has', 'is', 'are', 'am', 'does']);
