/**
 * Words that decide how a place near a figure is read. Kept general: never the name of one
 * story's place.
 */

/** Prepositions (and flow verbs) that make a following place where the figure applies. */
export const LOCATIVES: readonly string[] = [
  'in',
  'at',
  'inside',
  'within',
  'across',
  'throughout',
  'into',
  'from',
  'to',
  'leaving',
  'entering',
  'near',
  'around',
];

/** Of those, the ones that name where things go or come from, not where they are. */
export const DIRECTIONS: readonly string[] = ['into', 'from', 'to', 'leaving', 'entering'];

/** Participles after which "for" names where things are to go: "slated for Mexico", "bound for …". */
export const DESTINED: readonly string[] = ['slated', 'bound', 'destined', 'headed', 'earmarked'];

/**
 * Head words of event names: "in the Camp Fire", "in the Silkyara Tunnel Collapse" scope a figure
 * to an event, which is part of its measure (deaths in one fire are not deaths in another).
 */
export const EVENT_HEADS: readonly string[] = [
  'fire',
  'wildfire',
  'blaze',
  'collapse',
  'storm',
  'hurricane',
  'typhoon',
  'cyclone',
  'earthquake',
  'quake',
  'flood',
  'floods',
  'war',
  'attack',
  'attacks',
  'crash',
  'outbreak',
  'epidemic',
  'pandemic',
  'explosion',
  'blast',
  'eruption',
  'tsunami',
  'shooting',
  'bombing',
  'disaster',
];

/** Words after which a capitalised name is a source, not a place ("according to CNN"). */
export const NOT_PLACE_BEFORE: readonly string[] = [
  'according',
  'told',
  'per',
  'via',
  'by',
  'said',
  'says',
  'reported',
];
