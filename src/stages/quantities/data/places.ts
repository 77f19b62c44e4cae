/** Prepositions that put counted things somewhere ("in Russia", "at Vladivostok International Airport"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'inside',
  'within',
  'across',
  'throughout',
]);

/** Adverbs that are a place of their own ("workers abroad"). */
export const PLACE_ADVERBS: ReadonlySet<string> = new Set([
  'abroad',
  'overseas',
  'worldwide',
  'nationwide',
  'locally',
  'domestically',
]);

/** Nouns that, after "the", refer back to a place ("in the country", "in the region"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'country',
  'region',
  'city',
  'capital',
  'territory',
  'province',
  'state',
  'area',
  'port',
  'airport',
  'border',
  'peninsula',
]);

/** Lower-case words allowed after a capitalised place name ("the Gulf region", "the Far East"). */
export const PLACE_TAILS: ReadonlySet<string> = new Set([
  'region',
  'area',
  'province',
  'city',
  'district',
  'oblast',
  'krai',
  'state',
  'county',
  'territory',
  'coast',
  'border',
]);

/** Entity types a place phrase may name. */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['place', 'organization']);
