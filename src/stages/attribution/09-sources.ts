import type { EntityType, Mention, SourceRef, Span } from '../../model/index.js';
import type { Context } from './context.js';
import { firstTokenAt, norm, pos, sentenceOfToken, word } from './context.js';
import { namesOutlet } from './adjuncts.js';
import type { Phrase } from './phrases.js';

/** A resolved source, and the factor by which it scales the attribution's confidence. */
export interface Resolved {
  readonly ref: SourceRef;
  readonly factor: number;
}

export type SourceResolver = (phrase: Phrase, earlier: readonly SourceRef[]) => Resolved;

/**
 * Links a source phrase to what it names. First an entity mention of the entities stage that
 * covers the phrase or its head (its canonical name and id: "the Russian official" → Pyotr
 * Ilichev); failing that, an earlier speaker ("he", "the Russian official", "Ilichev" after
 * "Pyotr Ilichev"); failing that, the phrase itself, typed from its words (a plural common noun
 * is a group: "defectors", "multiple South Korean press reports").
 *
 * @example sourceResolver(ctx)(phrase, []).ref.name // 'Maxim Topilin'
 */
export function sourceResolver(ctx: Context): SourceResolver {
  const mentions = ctx.article.mentions ?? [];
  const entities = new Map((ctx.article.entities ?? []).map((e) => [e.id, e]));
  const byWords = new Map<string, { name: string; type: EntityType }>();
  const blocks = new Map<number, number>();
  // The block index of the sentence holding a character offset, remembered.
  const blockAt: BlockAt = (offset) => {
    let b = blocks.get(offset);
    if (b === undefined) {
      b = sentenceOfToken(ctx, firstTokenAt(ctx.tokens, offset))?.block ?? 0;
      blocks.set(offset, b);
    }
    return b;
  };
  return (phrase, earlier) => {
    const span = charSpan(ctx, phrase);
    const mention = mentionFor(ctx, mentions, phrase, span);
    if (mention) {
      const entity = entities.get(mention.entity);
      const ref: SourceRef = {
        name: entity?.name ?? mention.text,
        type: entity?.type ?? mention.type,
        entity: mention.entity,
        span,
        how: 'entity',
      };
      return { ref, factor: 1 };
    }
    const back = earlierSpeaker(ctx, phrase, earlier, blockAt);
    if (back)
      return {
        ref: ref(back.ref.name, back.ref.type, back.ref.entity, span, 'earlier-speaker'),
        factor: back.factor,
      };
    // The words alone give the same answer every time: work them out once per phrase.
    const key = `${phrase.start}:${phrase.end}:${phrase.head}`;
    let own = byWords.get(key);
    if (!own) byWords.set(key, (own = fromWords(ctx, phrase)));
    return { ref: ref(own.name, own.type, undefined, span, 'phrase'), factor: 1 };
  };
}

/** Makes a source reference as one literal, leaving out an absent entity id. */
function ref(
  name: string,
  type: EntityType,
  entity: string | undefined,
  span: Span,
  how: 'entity' | 'earlier-speaker' | 'phrase',
): SourceRef {
  return entity === undefined ? { name, type, span, how } : { name, type, entity, span, how };
}

function charSpan(ctx: Context, phrase: Phrase): Span {
  return { start: ctx.tokens[phrase.start]?.span.start ?? 0, end: ctx.tokens[phrase.end - 1]?.span.end ?? 0 };
}

/** The mention that covers the phrase, else the longest one on its head inside it. */
function mentionFor(ctx: Context, mentions: readonly Mention[], phrase: Phrase, span: Span): Mention | null {
  const head = ctx.tokens[phrase.head]?.span;
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.span.end <= span.start || m.span.start >= span.end) continue;
    if (m.span.start <= span.start && m.span.end >= span.end) return m;
    const inside = m.span.start >= span.start && m.span.end <= span.end;
    const onHead = head !== undefined && m.span.start <= head.start && head.end <= m.span.end;
    const reporting = ctx.lex.reportingNouns.has(norm(ctx, phrase.head));
    if (
      inside &&
      (onHead || reporting) &&
      (!best || m.span.end - m.span.start > best.span.end - best.span.start)
    ) {
      best = m;
    }
  }
  return best;
}

/**
 * A pronoun, a definite nominal or a bare surname that names an earlier speaker, with how much
 * to trust it: a surname most, a title ("the ambassador") less, a pronoun or "the official" least.
 */
function earlierSpeaker(
  ctx: Context,
  phrase: Phrase,
  earlier: readonly SourceRef[],
  blockAt: BlockAt,
): Resolved | null {
  const n = norm(ctx, phrase.head);
  // A pronoun or a general nominal reaches back three paragraphs; a title or a surname further.
  const block = blockAt(ctx.tokens[phrase.start]?.span.start ?? 0);
  const single = phrase.end - phrase.start === 1;
  const person = (r: SourceRef) => r.type === 'person';
  const named = (r: SourceRef) => person(r) && /^\p{Lu}/u.test(r.name) && r.name.includes(' ');
  let found: SourceRef | null = null;
  let factor = 0.8;
  if (single && ctx.lex.personPronouns.has(n)) found = latest(earlier, block, 3, blockAt, person);
  else if (single && n === 'it') {
    found = latest(earlier, block, 1, blockAt, (r) => r.type !== 'person' && r.type !== 'group');
  } else if (norm(ctx, phrase.start) === 'the' && ctx.lex.backNominals.has(n)) {
    if (ctx.lex.genericNominals.has(n)) found = latest(earlier, block, 3, blockAt, named);
    else {
      const titled = (r: SourceRef) =>
        named(r) && ctx.text.slice(r.span.start, r.span.end).toLowerCase().includes(n);
      found = latest(earlier, block, 12, blockAt, titled);
      factor = 0.85;
    }
  } else if (single && pos(ctx, phrase.head) === 'PROPN') {
    const surname = ` ${word(ctx, phrase.head)}`;
    found = latest(earlier, block, Infinity, blockAt, (r) => r.name.endsWith(surname));
    factor = 0.95;
  }
  return found ? { ref: found, factor } : null;
}

type BlockAt = (offset: number) => number;

/** The latest earlier source within `blocks` paragraphs that passes the test. */
function latest(
  earlier: readonly SourceRef[],
  block: number,
  blocks: number,
  blockAt: BlockAt,
  test: (r: SourceRef) => boolean,
): SourceRef | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i];
    if (!r || block - blockAt(r.span.start) > blocks) continue;
    if (test(r)) return r;
  }
  return null;
}

/** A name and a type from the phrase's own words, when nothing else names the source. */
function fromWords(ctx: Context, phrase: Phrase): { name: string; type: EntityType } {
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
    if (words.some((w) => ctx.lex.organizationWords.has(w)) || /^[A-Z.&-]{2,}$/.test(name)) {
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
  const possessor = ctx.lex.reportingNouns.has(n) ? possessorOf(ctx, phrase) : null;
  if (possessor) return possessor;
  return { name, type: ctx.lex.sourceHeads[n] ?? 'person' };
}

/** "Defectors have said": a capitalised plural at the start of a sentence is a common noun. */
function commonAtSentenceStart(ctx: Context, phrase: Phrase): boolean {
  const t = ctx.tokens[phrase.head];
  return (
    phrase.head === phrase.start &&
    phrase.start === sentenceStart(ctx, phrase.start) &&
    t !== undefined &&
    /[^s]s$/.test(t.normal) &&
    !ctx.lex.places.has(t.normal)
  );
}

function sentenceStart(ctx: Context, i: number): number {
  return sentenceOfToken(ctx, i)?.tokens.start ?? -1;
}

/**
 * The name at the end of a titled phrase: "Minister of Labor and Social Protection Maxim Topilin"
 * → "Maxim Topilin", "Russian Ambassador in Pyongyang Alexander Matsegora" → "Alexander
 * Matsegora", "President Trump" → "Trump"; an organisation keeps its whole name ("RFA’s Korean
 * Service"), a known outlet its own name ("the Interfax news agency" → "Interfax").
 */
function properName(ctx: Context, phrase: Phrase, outlet: boolean): string {
  const span = charSpan(ctx, phrase);
  if (outlet) {
    const known = ctx.lex.outletIn(ctx.text.slice(span.start, span.end));
    if (known) return known;
  }
  let first = phrase.head;
  const joins = (k: number) => pos(ctx, k) === 'PROPN' || /^[-.]$|^['’]s$/.test(norm(ctx, k));
  while (first > phrase.start && joins(first - 1)) first--;
  let kept: number[] = [];
  for (let k = first; k <= phrase.head; k++) kept.push(k);
  const isOrg = outlet || ctx.lex.organizationWords.has(norm(ctx, phrase.head));
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
function possessorOf(ctx: Context, phrase: Phrase): { name: string; type: EntityType } | null {
  for (let k = phrase.start + 1; k < phrase.end; k++) {
    if (/^['’]s$/.test(norm(ctx, k)) && pos(ctx, k - 1) === 'PROPN') {
      const name = word(ctx, k - 1);
      return { name, type: ctx.lex.places.has(name.toLowerCase()) ? 'place' : 'organization' };
    }
  }
  return null;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
