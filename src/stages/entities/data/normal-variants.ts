/**
 * wink-nlp's normal form of a word is lower case with spelling variants unified (British to
 * American, a few odd ones). The entity passes look words up by that form, so each lexicon word
 * is also listed under the variants wink may give it. Each rule: [name, pattern, replacement].
 */
export const NORMAL_VARIANTS: readonly (readonly [string, RegExp, string])[] = [
  ['our-or', /our$/, 'or'],
  ['ence-ense', /ence$/, 'ense'],
  ['isation-ization', /isation$/, 'ization'],
  ['ise-ize', /ise$/, 'ize'],
  ['tre-ter', /tre$/, 'ter'],
  ['ogue-og', /ogue$/, 'og'],
  ['lled-led', /lled$/, 'led'],
  ['vice-vise', /^vice$/, 'vise'],
  ['through-thru', /^through$/, 'thru'],
  ['curly-apostrophe', /'/g, '’'],
];
