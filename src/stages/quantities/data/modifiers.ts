/**
 * Words that approximate or bound a figure. `bound` says which side the figure limits:
 * "more than 100,000" → min, "nearly 20,000" → max, "about 11,000" → neither. Every one marks
 * the quantity approximate: the text does not give the exact figure.
 */
export interface Modifier {
  readonly name: string;
  /** Lower-cased tokens, space separated, as the tokenizer splits them ("more than"). */
  readonly words: string;
  readonly bound: 'min' | 'max' | 'none';
}

const group = (bound: Modifier['bound'], name: string, phrases: readonly string[]): Modifier[] =>
  phrases.map((words) => ({ name, words, bound }));

/** Modifiers before the figure. */
export const PREFIX_MODIFIERS: readonly Modifier[] = Object.freeze([
  ...group('none', 'about', [
    'about',
    'around',
    'approximately',
    'approx.',
    'roughly',
    'some',
    'circa',
    'ca.',
    'an estimated',
    'the estimated',
    'estimated',
    'an approximate',
    'more or less',
    'in the region of',
    'on the order of',
  ]),
  ...group('max', 'nearly', [
    'nearly',
    'almost',
    'close to',
    'just under',
    'just below',
    'slightly less than',
    'a little under',
    'just shy of',
    'not quite',
  ]),
  ...group('max', 'at-most', [
    'up to',
    'at most',
    'no more than',
    'not more than',
    'a maximum of',
    'a maximum',
    'maximum of',
    'as many as',
    'as much as',
    'less than',
    'fewer than',
    'under',
    'below',
  ]),
  ...group('min', 'at-least', [
    'at least',
    'no fewer than',
    'no less than',
    'not less than',
    'a minimum of',
    'as few as',
    'upwards of',
    'upward of',
  ]),
  ...group('min', 'more-than', [
    'more than',
    'over',
    'above',
    'in excess of',
    'exceeding',
    'well over',
    'well above',
    'just over',
    'just above',
    'slightly more than',
    'slightly over',
    'a little over',
    'a little more than',
    'somewhat more than',
    'well more than',
    'much more than',
  ]),
]);

/** Modifiers after the figure ("1,000 or more", "50 or so", "1,000-plus"). */
export const SUFFIX_MODIFIERS: readonly Modifier[] = Object.freeze([
  ...group('min', 'or-more', ['or more', 'and more', 'plus', '- plus', 'or higher', 'and up']),
  ...group('max', 'or-fewer', ['or fewer', 'or less', 'or lower']),
  ...group('none', 'or-so', ['or so', 'odd', '- odd']),
]);
