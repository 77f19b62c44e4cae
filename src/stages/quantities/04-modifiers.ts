import type { Draft } from './draft.js';
import { phraseOf } from './draft.js';
import type { Scope } from './scope.js';

/**
 * Pass 4: the words that approximate or bound a figure, before it ("about", "more than", "up
 * to", "an estimated") or after it ("or more", "-plus"). They join the quantity's span, mark it
 * approximate, and set the side they bound: "more than 100,000" → min 100000.
 *
 * @example applyModifiers(scope, draftOf('more than 100,000')) // min: 100000, approximate: true
 */
export function applyModifiers(scope: Scope, d: Draft): void {
  const before = scope.lexicon.prefixModifiers.endingAt(scope.word, d.first - 1, scope.first);
  const after = scope.lexicon.suffixModifiers.at(scope.word, d.last + 1, scope.end);
  for (const match of [before, after]) {
    if (!match) continue;
    const { entry } = match;
    // "some" and "over" also open noun phrases ("some workers", "over the border"): only a
    // figure right after them makes them modifiers, which is the case here by construction.
    d.approximate = true;
    const figure = d.value ?? (entry.bound === 'min' ? d.min : d.max);
    if (figure !== undefined && d.min === undefined && d.max === undefined) {
      if (entry.bound === 'min') {
        d.min = figure;
        if (d.unit === 'proportion') d.max = 1;
      } else if (entry.bound === 'max') {
        d.max = figure;
        if (d.unit === 'proportion') d.min = 0;
      }
    }
    const phrase = phraseOf(scope.text, scope.tokens, match.first, match.last, `modifier:${entry.name}`);
    if (phrase) d.modifier = phrase;
    if (match === before) d.first = match.first;
    else d.last = match.last;
  }
}
