import { createRequire } from 'node:module';
import { foldWord, rawWords, stem } from '../common/words.js';
import type { Story } from './types.js';

/** Gives a story the label a person would recognise. */
export type StoryLabeler = (story: Story) => string;

/**
 * Makes the labeler. The label is the head phrase that best sums the story: shared by many of its
 * articles' titles and leads, made of words characteristic of the story (weighted by the story's
 * own tf-idf centroid), longer phrases preferred when as common. When the story's main country is
 * not already in that phrase ("North Korean workers" and Russia), it is added: "… in Russia".
 * A story of one article with no usable head falls back to its strongest names.
 *
 * @example createStoryLabeler()(story) // 'North Korean workers in Russia'
 */
export function createStoryLabeler(): StoryLabeler {
  const countryNames = englishCountryNames();
  return (story) => {
    let best = '';
    let bestScore = 0;
    for (const [phrase, count] of Object.entries(story.phrases)) {
      // A phrase scores by how many articles' heads have it times how characteristic its words
      // are of the story (summed, so "San Diego Chargers" beats "Chargers" when about as common).
      const weight = phrase.split(' ').reduce((s, w) => s + (story.vector[stem(w)] ?? 0), 0);
      const score = count * weight;
      if (score > bestScore) [best, bestScore] = [story.names[`p:${phrase}`] ?? phrase, score];
    }
    if (!best) best = topNames(story, 2).join(', ') || 'untitled story';
    // The phrase may already name the main country ("North Korean workers"): then the next one
    // the articles name about once each or more is the place ("… in Russia").
    for (const code of mainCountries(story).slice(0, 2)) {
      const name = countryNames.get(code);
      if (!name || mentions(best, name)) continue;
      return `${best} in ${name.display}`;
    }
    return best;
  };
}

interface CountryName {
  readonly display: string;
  /** Stems of the country's name and demonym, to see if a phrase already names it. */
  readonly stems: readonly string[];
}

function englishCountryNames(): Map<string, CountryName> {
  const require = createRequire(import.meta.url);
  const names = (
    require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }
  ).countries;
  const demonyms = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> })
    .nationalities;
  const out = new Map<string, CountryName>();
  for (const [code, value] of Object.entries(names)) {
    const variants = (typeof value === 'string' ? [value] : value).filter(
      (v) => v.length >= 4 && !v.includes('.'),
    );
    const display = [...variants].sort((a, b) => a.length - b.length)[0] ?? code;
    const words = [display, demonyms[code] ?? ''].join(' ');
    out.set(code, { display, stems: rawWords(words).map((w) => foldWord(w.word).slice(0, 5)) });
  }
  return out;
}

function mentions(phrase: string, country: CountryName): boolean {
  const words = rawWords(phrase).map((w) => foldWord(w.word).slice(0, 5));
  return country.stems.some((s) => s.length >= 4 && words.includes(s));
}

/** Countries the story's articles name about once each or more, the most named first. */
function mainCountries(story: Story): string[] {
  return Object.entries(story.entities)
    .filter(([k, n]) => k.startsWith('c:') && n >= story.size - story.mirrors)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k.slice(2));
}

function topNames(story: Story, n: number): string[] {
  return Object.entries(story.entityVector)
    .filter(([k]) => !k.startsWith('c:'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => story.names[k] ?? k);
}
