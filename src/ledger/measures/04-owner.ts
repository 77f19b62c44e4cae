import type { Article, Mention, Token } from '../../model/index.js';
import type { CountryNames } from './countries.js';
import { OWNER_SUFFIXES, OWNER_VERBS, OWNERLESS_CLASSES } from './data/owners.js';
import type { FigureWindow } from './window.js';

/** Who holds the things a figure counts, and the words that say so. */
export interface OwnerReading {
  /** The holder's name without a company suffix ("Alaska Airlines" → "Alaska"). */
  readonly owner: string;
  readonly reason: string;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
const SUBJECT_PRONOUNS = new Set(['it', 'they']);
const APOSTROPHE_S = new Set(["'s", '’s']);

/**
 * The holder of the things a figure counts, when the words name one: a possessor ("Alaska's 65
 * jets", "its fleet of 65 planes", "several of its jets"), the subject of a verb of holding
 * ("United has 79 of the aircraft", "X operates 40 planes"), or a name among the counted phrase's
 * modifiers ("five United aircraft"). A pronoun is read as the nearest organisation or
 * non-country place named before it in the sentence. Things only: a count of people has an
 * employer, not an owner, and a country is the measure's place, not its owner. Two fleets are two
 * measures: "Alaska's 65 MAX 9s" and "United's 79" never share a series.
 *
 * @example readOwner(article, w, 'aircraft', names)?.owner // 'Alaska'
 */
export function readOwner(
  article: Article,
  w: FigureWindow,
  counted: string | null,
  names: CountryNames,
): OwnerReading | null {
  if (counted === null || OWNERLESS_CLASSES.has(counted)) return null;
  const t = (i: number): Token | undefined => w.tokens[i];
  const holder = (i: number, how: string): OwnerReading | null => {
    const name = nameAt(article, w.tokens, i, names);
    return name ? { owner: name, reason: `held by ${name} (${how})` } : null;
  };
  // Before the figure: "its 79", "its fleet of 65", "Alaska's 65", "United has 79".
  let i = w.figure - 1;
  if (t(i)?.normal === 'of' && t(i - 1)?.pos === 'NOUN') i -= 2;
  const before = t(i)?.normal ?? '';
  if (POSSESSIVE_PRONOUNS.has(before)) return holder(antecedent(article, w.tokens, i, names), `“${before}”`);
  if (APOSTROPHE_S.has(before)) return holder(i - 1, 'a possessor');
  if (OWNER_VERBS.has(t(i)?.lemma.toLowerCase() ?? '') && i === w.figure - 1) {
    let s = i - 1;
    while (t(s)?.pos === 'ADV') s--;
    const subject = t(s)?.normal ?? '';
    const at = SUBJECT_PRONOUNS.has(subject) ? antecedent(article, w.tokens, s, names) : s;
    const read = holder(at, `the subject of “${t(i)?.normal ?? ''}”`);
    if (read) return read;
  }
  // Inside the counted phrase: "several of its jets", "five United aircraft".
  for (let i = w.figureEnd; i < w.countedEnd; i++) {
    const word = t(i)?.normal ?? '';
    if (POSSESSIVE_PRONOUNS.has(word)) return holder(antecedent(article, w.tokens, i, names), `“${word}”`);
    if (APOSTROPHE_S.has(word)) return holder(i - 1, 'a possessor');
    // A maker's name before a model number ("Boeing 737 jets") names no holder.
    if (t(i)?.pos === 'PROPN' && t(i + 1)?.pos === 'NOUN' && !/\d/.test(t(i + 1)?.normal ?? '')) {
      const read = isOrganization(article, t(i)) ? holder(i, 'a name before what is counted') : null;
      if (read) return read;
    }
  }
  return null;
}

/** The nearest name before token `i` in its sentence that can hold things: not a person, not a country. */
function antecedent(article: Article, tokens: readonly Token[], i: number, names: CountryNames): number {
  const at = tokens[i]?.span.start ?? 0;
  const sentence = (article.sentences ?? []).find((s) => s.span.start <= at && at < s.span.end);
  if (!sentence) return -1;
  const mentions = (article.mentions ?? [])
    .filter((m) => m.form === 'name' && m.span.start >= sentence.span.start && m.span.end <= at)
    .filter((m) => holds(m, names))
    .sort((a, b) => b.span.start - a.span.start);
  const nearest = mentions[0];
  if (!nearest) return -1;
  return tokens.findIndex((t) => t.span.start >= nearest.span.start);
}

/** True when an organisation's name covers the token. */
function isOrganization(article: Article, token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (article.mentions ?? []).some(
      (m) => m.type === 'organization' && m.span.start <= token.span.start && token.span.end <= m.span.end,
    )
  );
}

/** True for a mention that can hold things: an organisation, or a place that is not a country. */
function holds(m: Mention, names: CountryNames): boolean {
  if (m.type === 'organization') return true;
  return m.type === 'place' && names.codeOf(m.text) === null;
}

/**
 * The holder's name at token `i`: the canonical name of the entity a mention there names (so
 * "United" reads as the article's "United Airlines"), else the run of proper nouns ending there;
 * a company suffix dropped, so "Alaska Airlines" and "Alaska" are one holder. Null for a person,
 * a country or no name.
 */
function nameAt(article: Article, tokens: readonly Token[], i: number, names: CountryNames): string | null {
  const token = tokens[i];
  if (!token || i < 0) return null;
  const mention = (article.mentions ?? []).find(
    (m) => m.span.start <= token.span.start && token.span.end <= m.span.end && m.form === 'name',
  );
  let name: string;
  if (mention) {
    if (!holds(mention, names)) return null;
    const entity = (article.entities ?? []).find((e) => e.id === mention.entity);
    // A place inside an organisation's name ("Alaska" in "Alaska Airlines") reads as the organisation.
    const org = (article.mentions ?? []).find(
      (m) => m.type === 'organization' && m.span.start <= token.span.start && token.span.end <= m.span.end,
    );
    const orgEntity = org ? (article.entities ?? []).find((e) => e.id === org.entity) : undefined;
    name = orgEntity?.name ?? entity?.name ?? mention.text;
  } else {
    if (token.pos !== 'PROPN') return null;
    let s = i;
    while (tokens[s - 1]?.pos === 'PROPN') s--;
    name = article.text.slice(tokens[s]?.span.start ?? token.span.start, token.span.end);
  }
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  while (
    words.length > 1 &&
    OWNER_SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, ''))
  )
    words.pop();
  const owner = words.join(' ');
  return owner && names.codeOf(owner) === null ? owner : null;
}
