import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon } from '../../lexicon/index.js';
import { stem } from '../common/words.js';
import type { Story } from './types.js';

/**
 * Gives a story the label a person would recognise. `weights`, when given, holds the weight of
 * (at least) each of the story's phrases — the sum of its stemmed words' entries in the story's
 * vector — as the update has just computed them, so the labeler need not split and stem again.
 */
export type StoryLabeler = (story: Story, weights?: ReadonlyMap<string, number>) => string;

/** A longer phrase replaces the best one when at least this share of its articles has it. */
const EXTEND_SHARE = 0.5;
/** Stories smaller than this get no "in <country>". */
const MIN_SIZE_FOR_PLACE = 3;

/**
 * Makes the labeler. The label is the head phrase that best sums the story: found in the titles
 * and leads of many of its articles, made of words characteristic of the story (its own tf-idf
 * centroid), then extended while a longer phrase containing it is nearly as common ("North
 * Korean" → "North Korean workers"). When the story's main country is not named in that phrase
 * (in any language the gazetteer knows), it is added: "… in Russia".
 *
 * @example createStoryLabeler()(story) // 'North Korean workers in Russia'
 */
export function createStoryLabeler(options: { readonly lexicon?: Lexicon } = {}): StoryLabeler {
  const lexicon = options.lexicon ?? createLexicon();
  const countries = lexicon.countries.find;
  const name = lexicon.countries.name;
  const weightOf = (story: Story, phrase: string) => {
    let sum = 0;
    for (const w of phrase.split(' ')) sum += story.vector[stem(w)] ?? 0;
    return sum;
  };
  return (story, weights) => {
    const phrases = Object.entries(story.phrases);
    let best: [string, number] | undefined;
    let bestScore = 0;
    for (const entry of phrases) {
      const [phrase, count] = entry;
      const score = count * (weights?.get(phrase) ?? weightOf(story, phrase));
      if (score > bestScore) [best, bestScore] = [entry, score];
    }
    for (let grown = true; best && grown;) {
      grown = false;
      const [phrase, count] = best;
      const inner = ` ${phrase} `;
      // The most common longer phrase containing it, the shortest of those, the first of ties.
      let longer: [string, number] | undefined;
      for (const entry of phrases) {
        const [p, n] = entry;
        if (p === phrase || n < EXTEND_SHARE * count || !` ${p} `.includes(inner)) continue;
        if (!longer || n > longer[1] || (n === longer[1] && p.length < longer[0].length)) longer = entry;
      }
      if (longer) [best, grown] = [longer, true];
    }
    const shown = best
      ? (story.names[`p:${best[0]}`] ?? best[0])
      : topNames(story, 2).join(', ') || 'untitled story';
    const named = countries(shown);
    // The phrase may already name the main country ("North Korean workers"): then the next one
    // the articles name about once each or more is the place ("… in Russia").
    for (const code of mainCountries(story).slice(0, 2)) {
      if (named.has(code)) continue;
      return `${shown} in ${name(code)}`;
    }
    return shown;
  };
}

/** Countries the story's articles name about once each or more, the most named first. */
function mainCountries(story: Story): string[] {
  // A place qualifies a developing story; for one or two articles the phrase says enough.
  if (story.size - story.mirrors < MIN_SIZE_FOR_PLACE) return [];
  return Object.entries(story.entities)
    .filter(([k, n]) => k.startsWith('c:') && n >= story.size - story.mirrors)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k.slice(2));
}

function topNames(story: Story, n: number): string[] {
  return Object.entries(story.entityVector)
    .filter(([k]) => !k.startsWith('c:') && !k.startsWith('#'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => story.names[k] ?? k);
}
