/**
 * Words used by the short-form rules for target names (see `target-names.ts`). Each list is named
 * by the rule that reads it.
 */

/** `drop-qualifier`: a leading country qualifier that a text often leaves out ("US Federal Reserve"). */
export const LEADING_QUALIFIERS: ReadonlySet<string> = new Set([
  'us',
  'u.s.',
  'uk',
  'u.k.',
  'american',
  'british',
]);

/** `drop-generic-tail`: trailing words naming the kind of thing, which texts often leave out. */
export const GENERIC_TAILS: ReadonlySet<string> = new Set([
  'index',
  'composite',
  'average',
  'industrial',
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'company',
  'group',
  'plc',
  'ltd',
]);

/**
 * `surname`, `model-part`: words that never stand alone for a target: organisation heads,
 * place-like and generic words.
 */
export const NOT_ALONE: ReadonlySet<string> = new Set([
  'air',
  'airlines',
  'airways',
  'america',
  'american',
  'automobile',
  'bank',
  'china',
  'company',
  'composite',
  'creditors',
  'dollar',
  'eastern',
  'exchange',
  'federal',
  'force',
  'general',
  'index',
  'industrial',
  'average',
  'markets',
  'motors',
  'new',
  'reserve',
  'states',
  'stock',
  'united',
  'us',
  'workers',
  'worldwide',
  'york',
]);

/** Small words that do not count for acronyms ("Bank of America"). */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);

/** `pronoun-next`: sentence openings that most likely continue about the entity just named. */
export const CONTINUING_OPENERS: readonly RegExp[] = [
  /^(?:It|He|She|They|Its|His|Her|Their)\b/,
  /^The (?:company|firm|carrier|airline|automaker|carmaker|manufacturer|bank|index|plane|aircraft|jet|group|union|agency)\b/,
];
