import { actsAlone } from '../12-unknown-names.js';
import { LEGAL_FORMS } from '../data/heads.js';
import { foundText } from '../types.js';
import type { Doc, Found } from '../types.js';
import type { TaggedSpan } from './labels.js';

/** The legal forms closing a company's name: the name without one is the company too. */
const LEGAL: ReadonlySet<string> = new Set(LEGAL_FORMS);
const NAMED: ReadonlySet<string> = new Set(['person', 'organization', 'outlet', 'place']);
/** Rule names below this confidence are guesses ("Topilin told", a repeated unknown capital run). */
export const WEAK_NAME = 0.8;

/**
 * The rule names that are guesses (below {@link WEAK_NAME}: a surname before "said", a repeated
 * capitalised run, a given name alone), which the tagger may overrule — unless the article backs
 * the same name elsewhere (on MEANTIME corpus_apple and GUM dev this kept "GM", "Gloria" at no
 * cost).
 *
 * @example weakNames(doc).length // 2
 */
export function weakNames(doc: Doc): Found[] {
  const named = doc.found.filter((f) => f.form === 'name' && !f.dropped && !f.span && NAMED.has(f.type));
  const guesses = named.filter((f) => f.confidence < WEAK_NAME);
  // A name the article also gives with confidence, or lets act ("GM said", "Boeing has
  // unveiled"), is backed at every occurrence: the tagger judges a sentence, the article is wider.
  const backed = new Set<string>();
  for (const f of named)
    if (f.confidence >= WEAK_NAME || (f.type === 'organization' && actsAlone(doc, f.first, f.end))) {
      backed.add(`${f.type} ${foundText(doc, f)}`);
      // "Carrier Corp." backs "Carrier": the company's short name, without its legal form.
      if (f.type === 'organization' && f.end - f.first >= 2 && LEGAL.has(doc.words[f.end - 1] ?? ''))
        backed.add(`organization ${foundText(doc, { first: f.first, end: f.end - 1 })}`);
    }
  return guesses.filter((f) => !backed.has(`${f.type} ${foundText(doc, f)}`));
}

/**
 * The learned tagger as a second opinion on the rules' guesses: a weak rule name that no tagged
 * mention touches is dropped. On the development data (MEANTIME corpus_apple, GUM dev) this beat
 * both the rules alone and the tagger adding names or types of its own, which cost precision.
 *
 * @example vetoGuesses(doc, spans) // "Director" in a headline, guessed an organisation, dropped
 */
export function vetoGuesses(guesses: readonly Found[], spans: readonly TaggedSpan[]): void {
  for (const f of guesses) if (!spans.some((s) => s.first < f.end && f.first < s.end)) f.dropped = true;
}
