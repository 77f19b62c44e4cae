/**
 * Nouns that name a dated event when a date stands right before them ("a Dec. 22 sanctions
 * deadline", "the Feb. 27 summit", "the June 12 vote"): the phrase becomes an entry of its own.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'deadline',
  'summit',
  'election',
  'elections',
  'vote',
  'referendum',
  'meeting',
  'talks',
  'ceasefire',
  'truce',
  'visit',
  'launch',
  'test',
  'attack',
  'strike',
  'ruling',
  'verdict',
  'hearing',
  'trial',
  'agreement',
  'deal',
  'accord',
  'treaty',
  'conference',
  'inauguration',
]);

/** How many nouns may stand between the date and the event noun ("Dec. 22 UN sanctions deadline"). */
export const MAX_MODIFIERS = 3;
