import { lo } from './types.js';
import type { Doc } from './types.js';

/**
 * How an entry's case must agree with the text: 'exact' for acronyms ("AP", "US"), 'initial' for
 * proper names (each capital in the entry is a capital in the text), 'any' for common nouns.
 */
export type CaseMode = 'exact' | 'initial' | 'any';

interface Entry<V> {
  readonly form: string;
  readonly key: string;
  readonly mode: CaseMode;
  readonly value: V;
}

/** A set of phrases matched against tokens, longest first, independent of how they tokenise. */
export interface PhraseIndex<V> {
  /** The longest phrase starting at token i: its value and the token after its end. */
  readonly match: (doc: Doc, i: number) => { readonly value: V; readonly end: number } | null;
  readonly size: number;
  /** The first words of all phrases (lower case): a token not among them starts no phrase. */
  readonly firstWords: ReadonlySet<string>;
}

const FIRST = /^[^\s\-'’/]+/;
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** The case mode a proper name's form implies: capitals-only short forms must match exactly. */
export function caseModeOf(form: string): CaseMode {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) return 'exact';
  return /\p{Lu}/u.test(form) ? 'initial' : 'any';
}

/**
 * Builds an index of phrases. The key of each is its first word as the tokenizer would cut it.
 *
 * @example phraseIndex([['North Korea', 'KP']]).match(doc, i)?.value // 'KP'
 */
export function phraseIndex<V>(
  phrases: readonly (readonly [string, V])[],
  mode: (form: string) => CaseMode = caseModeOf,
): PhraseIndex<V> {
  // First word → (second word → phrases) and the phrases without a spaced second word: a
  // common first word ("the", "new") then costs one more look-up, not a scan of its phrases.
  const byFirst = new Map<string, { bySecond: Map<string, Entry<V>[]>; rest: Entry<V>[] }>();
  for (const [form, value] of phrases) {
    const key = norm(form);
    const first = FIRST.exec(key)?.[0];
    if (!first) continue;
    const slot = byFirst.get(first) ?? { bySecond: new Map<string, Entry<V>[]>(), rest: [] };
    byFirst.set(first, slot);
    const entry = { form, key, mode: mode(form), value };
    const second = key[first.length] === ' ' ? FIRST.exec(key.slice(first.length + 1))?.[0] : undefined;
    if (second === undefined) slot.rest.push(entry);
    else slot.bySecond.set(second, [...(slot.bySecond.get(second) ?? []), entry]);
  }
  const longestFirst = (list: Entry<V>[]) => list.sort((a, b) => b.key.length - a.key.length);
  for (const slot of byFirst.values()) {
    longestFirst(slot.rest);
    for (const list of slot.bySecond.values()) longestFirst(list);
  }
  const tryList = (doc: Doc, i: number, list: readonly Entry<V>[] | undefined) => {
    for (const entry of list ?? []) {
      const end = endOf(doc, i, entry.key);
      if (end > 0 && caseAgrees(doc, i, end, entry)) return { value: entry.value, end };
    }
    return null;
  };
  return {
    size: phrases.length,
    firstWords: new Set(byFirst.keys()),
    match(doc, i) {
      const slot = byFirst.get(lo(doc, i));
      if (!slot) return null;
      const next = doc.spaced[i + 1] === 1 ? lo(doc, i + 1) : undefined;
      return (
        (next !== undefined ? tryList(doc, i, slot.bySecond.get(next)) : null) ?? tryList(doc, i, slot.rest)
      );
    },
  };
}

/** The token after the phrase when tokens i.. spell `key` exactly (one space for any gap), else 0. */
function endOf(doc: Doc, i: number, key: string): number {
  let at = 0;
  for (let j = i; j < doc.tokens.length; j++) {
    if (j > i && doc.spaced[j] === 1) {
      if (key[at] !== ' ') return 0;
      at++;
    }
    const w = lo(doc, j);
    if (!key.startsWith(w, at)) return 0;
    at += w.length;
    if (at === key.length) return j + 1;
  }
  return 0;
}

function caseAgrees<V>(doc: Doc, i: number, end: number, entry: Entry<V>): boolean {
  if (entry.mode === 'any') return true;
  // Walk the entry's form and the tokens' letters side by side (endOf already proved that they
  // spell the same words): 'exact' needs the same characters, 'initial' the same capitals.
  const form = entry.form;
  let k = 0;
  for (let j = i; j < end; j++) {
    if (j > i && doc.spaced[j] === 1) k++;
    const w = doc.words[j] ?? '';
    for (let c = 0; c < w.length; c++, k++) {
      const f = form.charCodeAt(k);
      const t = w.charCodeAt(c);
      if (f === t || isApostrophe(f) || isApostrophe(t)) continue;
      if (entry.mode === 'exact') return false;
      if (isUpperCode(f) && !isUpperCode(t)) return false;
    }
  }
  return true;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
