import type { EntityType, Span } from '../../model/index.js';
import type { Context } from './context.js';
import { norm, pos, sentenceOfToken, word } from './context.js';
import { namesOutlet } from './adjuncts.js';
import type { Phrase } from './phrases.js';

/**
 * The character span of a phrase.
 *
 * @example charSpan(ctx, phrase) // { start: 0, end: 13 }
 */
export function charSpan(ctx: Context, phrase: Phrase): Span {
  return { start: ctx.tokens[phrase.start]?.span.start ?? 0, end: ctx.tokens[phrase.end - 1]?.span.end ?? 0 };
}

/** A name and a type from the phrase's own words, when nothing else names the source. */
export function fromWords(ctx: Context, phrase: Phrase): { name: string; type: EntityType } {
  const text = ctx.text.slice(charSpan(ctx, phrase).start, charSpan(ctx, phrase).end);
  const head = phrase.head;
  const n = norm(ctx, head);
  if (pos(ctx, head) === 'PRON') {
    return {
      name: text.toLowerCase(),
      type: n === 'they' ? 'group' : n === 'it' ? 'organization' : 'person',
    };
  }
  const outlet = namesOutlet(ctx, phrase);
  if (pos(ctx, head) === 'PROPN' && !commonAtSentenceStart(ctx, phrase)) {
    const name = properName(ctx, phrase, outlet);
    const lower = name.toLowerCase();
    if (outlet) return { name, type: 'outlet' };
    if (ctx.lex.places.has(lower) || ctx.lex.places.has(lower.replace(/^the /, '')))
      return { name, type: 'place' };
    const words = lower.split(/\s+/);
    if (
      words.some((w) => ctx.lex.organizationWords.has(w) || ctx.lex.publicBodyNameWords.has(w)) ||
      /^[A-Z.&-]{2,}$/.test(name)
    ) {
      return { name, type: 'organization' };
    }
    return { name, type: 'person' };
  }
  const name =
    /^\p{Lu}\p{Ll}/u.test(text) && phrase.start === sentenceStart(ctx, phrase.start)
      ? lowerFirst(text)
      : text;
  const t = ctx.tokens[head];
  const plural = t !== undefined && (t.lemma !== t.normal || /[^s]s$/.test(t.normal)) && /s$/.test(t.normal);
  if (outlet) return { name: ctx.lex.outletIn(text) ?? name, type: 'outlet' };
  if (plural || ctx.lex.collective.has(n)) return { name, type: 'group' };
  const possessor = ctx.lex.reportingNouns.has(n) ? (possessorOf(ctx, phrase) ?? agentOf(ctx, phrase)) : null;
  if (possessor) return possessor;
  return { name, type: ctx.lex.sourceHeads[n] ?? 'person' };
}

/** "Defectors have said": a capitalised plural at the start of a sentence is a common noun. */
export function commonAtSentenceStart(ctx: Context, phrase: Phrase): boolean {
  const t = ctx.tokens[phrase.head];
  return (
    phrase.head === phrase.start &&
    phrase.start === sentenceStart(ctx, phrase.start) &&
    t !== undefined &&
    /[^s]s$/.test(t.normal) &&
    !ctx.lex.places.has(t.normal)
  );
}

/** The first token of the sentence holding token `i`. */
export function sentenceStart(ctx: Context, i: number): number {
  return sentenceOfToken(ctx, i)?.tokens.start ?? -1;
}

/**
 * The name at the end of a titled phrase: "Minister of Labor and Social Protection Maxim Topilin"
 * → "Maxim Topilin", "Russian Ambassador in Pyongyang Alexander Matsegora" → "Alexander
 * Matsegora", "President Trump" → "Trump"; an organisation keeps its whole name ("RFA’s Korean
 * Service"), a known outlet its own name ("the Interfax news agency" → "Interfax").
 */
export function properName(ctx: Context, phrase: Phrase, outlet: boolean): string {
  const span = charSpan(ctx, phrase);
  if (outlet) {
    const known = ctx.lex.outletIn(ctx.text.slice(span.start, span.end));
    if (known) return known;
  }
  let first = phrase.head;
  const joins = (k: number) => pos(ctx, k) === 'PROPN' || /^[-.]$|^['’]s$/.test(norm(ctx, k));
  while (first > phrase.start && joins(first - 1)) first--;
  // "Centers for Disease Control and Prevention": an organisation's name runs over its joiners.
  const orgWord = (k: number) =>
    ctx.lex.organizationWords.has(norm(ctx, k)) || ctx.lex.publicBodyNameWords.has(norm(ctx, k));
  let wide = first;
  while (wide - 2 >= phrase.start && /^(of|for|and|&)$/.test(norm(ctx, wide - 1)) && joins(wide - 2)) {
    wide -= 2;
    while (wide > phrase.start && joins(wide - 1)) wide--;
  }
  let org = false;
  for (let t = wide; t < first; t++) org ||= orgWord(t);
  if (org) first = wide;
  let kept: number[] = [];
  for (let k = first; k <= phrase.head; k++) kept.push(k);
  const isOrg = outlet || orgWord(phrase.head) || kept.some(orgWord);
  if (!isOrg) {
    // A person's name follows the titles and places before it, and the possessor's "’s".
    const possessive = kept.findLastIndex((k) => /^['’]s$/.test(norm(ctx, k)));
    if (possessive >= 0) kept = kept.slice(possessive + 1);
    const drop = (k: number | undefined) =>
      k !== undefined && (ctx.lex.titles.has(norm(ctx, k)) || ctx.lex.places.has(norm(ctx, k)));
    while (kept.length > 1 && drop(kept[0])) kept = kept.slice(1);
    if (kept.length > 3) kept = kept.slice(-2);
  }
  const a = ctx.tokens[kept[0] ?? phrase.head]?.span.start ?? 0;
  const b = ctx.tokens[kept[kept.length - 1] ?? phrase.head]?.span.end ?? 0;
  return ctx.text.slice(a, b);
}

/** "Russia's report" is Russia's: the possessor before "’s". */
export function possessorOf(ctx: Context, phrase: Phrase): { name: string; type: EntityType } | null {
  for (let k = phrase.start + 1; k < phrase.end; k++) {
    if (/^['’]s$/.test(norm(ctx, k)) && pos(ctx, k - 1) === 'PROPN') {
      const name = word(ctx, k - 1);
      return { name, type: ctx.lex.places.has(name.toLowerCase()) ? 'place' : 'organization' };
    }
  }
  return null;
}

/** The string with its first letter in lower case ("Defectors" → "defectors"). */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * "a report from the state-run Harbour Development Corporation (HDC)" is the corporation's: the
 * name after "from" or "by" in a document's phrase.
 */
export function agentOf(ctx: Context, phrase: Phrase): { name: string; type: EntityType } | null {
  for (let k = phrase.head + 1; k < phrase.end - 1; k++) {
    if (norm(ctx, k) !== 'from' && norm(ctx, k) !== 'by') continue;
    let head = -1;
    for (let t = k + 1; t < phrase.end && norm(ctx, t) !== '('; t++) if (pos(ctx, t) === 'PROPN') head = t;
    if (head < 0) return null;
    const agent: Phrase = { start: k + 1, end: head + 1, head };
    const name = properName(ctx, agent, namesOutlet(ctx, agent));
    return { name, type: namesOutlet(ctx, agent) ? 'outlet' : 'organization' };
  }
  return null;
}
