import { isGivenName } from './name-run.js';
import { nameWords } from './14-people.js';
import { addFound, foundText } from './types.js';
import type { Doc, Found } from './types.js';

const TYPED: ReadonlySet<string> = new Set(['organization', 'outlet', 'place']);

/**
 * Capitalised names no rule typed, read across the article: a run written the same as a name
 * typed elsewhere takes its type ("Cisco" after "Cisco sued"); a run the article repeats, once
 * at least inside a sentence, that no person's name holds is an organisation (a company or body
 * the story keeps naming — people are introduced with a given name or a title and resolved by
 * name; places and outlets come from the lexicon). The latter is a guess the learned tagger may
 * overrule (confidence below WEAK_NAME: on the development data, MEANTIME corpus_apple and GUM
 * dev, that beat keeping every such guess).
 *
 * @example typeRecurringNames(doc) // "Intel processors … Intel chips" → organization
 */
export function typeRecurringNames(doc: Doc): void {
  const typed = new Map<string, Found>();
  const people = new Set<string>();
  for (const f of doc.found) {
    if (f.dropped || f.form !== 'name') continue;
    if (f.type === 'person') for (const w of nameWords(doc, f)) people.add(w);
    else if (TYPED.has(f.type) && !typed.has(foundText(doc, f))) typed.set(foundText(doc, f), f);
  }
  const open = doc.unknown.filter((u) => doc.claimed[u.first] === 0 && u.end - u.first <= 3);
  if (open.length === 0) return;
  // Words the article also writes in lower case are common words, capitalised by position.
  const lower = new Set<string>();
  for (let i = 0; i < doc.tokens.length; i++) if (doc.cap[i] === 0) lower.add(doc.tokens[i]?.normal ?? '');
  const count = new Map<string, number>();
  const inside = new Set<string>();
  for (const u of open) {
    const t = foundText(doc, u);
    count.set(t, (count.get(t) ?? 0) + 1);
    if (doc.initial[u.first] === 0 && doc.headline[u.first] === 0) inside.add(t);
  }
  for (const u of open) {
    const text = foundText(doc, u);
    const same = typed.get(text);
    if (same) {
      addFound(doc, {
        first: u.first,
        end: u.end,
        type: same.type,
        form: 'name',
        rule: 'same-name',
        confidence: 0.8,
      });
      continue;
    }
    if ((count.get(text) ?? 0) < 2 || !inside.has(text) || !plausible(doc, u.first, u.end, people, lower))
      continue;
    addFound(doc, {
      first: u.first,
      end: u.end,
      type: 'organization',
      form: 'name',
      rule: 'recurring-name',
      confidence: 0.6,
    });
  }
}

/**
 * No word of it is a given name, a word of a person's name, or written in lower case elsewhere;
 * every word is a word (letters, a small letter after the first: not a code, unit, acronym or
 * abbreviation, which name products and measures as often as bodies); no determiner before it
 * ("the iPhone" is a thing).
 */
function plausible(
  doc: Doc,
  first: number,
  end: number,
  people: ReadonlySet<string>,
  lower: ReadonlySet<string>,
): boolean {
  const before = doc.tokens[first - 1];
  if (before && before.pos === 'DET' && doc.sentence[first - 1] === doc.sentence[first]) return false;
  for (let i = first; i < end; i++) {
    const w = doc.words[i] ?? '';
    if (isGivenName(doc, i) || people.has(w) || lower.has(doc.tokens[i]?.normal ?? '')) return false;
    if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(w)) return false;
  }
  return true;
}
