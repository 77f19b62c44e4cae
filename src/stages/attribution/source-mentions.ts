import type { Entity, EntityType, Mention, SourceRef } from '../../model/index.js';
import type { Context } from './context.js';
import { firstTokenAt, norm, pos, sentenceOfToken } from './context.js';
import type { Phrase } from './phrases.js';
import type { BlockAt } from './source-earlier.js';
import { DEFINITE, nameHolds } from './source-earlier.js';
import { charSpan } from './source-words.js';

/** A referent found among the article's mentions, and how much to trust it. */
export interface MentionReferent {
  readonly ref: SourceRef;
  readonly factor: number;
}

/**
 * A pronoun or definite nominal that no earlier speaker explains, resolved to the latest fitting
 * mention of the entities layer before it: "he"/"she" to a person named in this paragraph or the
 * one before, "it" to a body, "they" to a group or a body, "the newspaper" to an outlet, "the
 * sheriff" to the person whose role holds the word.
 *
 * @example mentionReferent(ctx, phrase, blockAt)?.ref.name // 'Carrier'
 */
export function mentionReferent(ctx: Context, phrase: Phrase, blockAt: BlockAt): MentionReferent | null {
  const mentions = ctx.article.mentions ?? [];
  if (mentions.length === 0) return null;
  const entities = ctx.entityById;
  const span = charSpan(ctx, phrase);
  // Mentions are in text order: those starting after the phrase end after it too, and are skipped
  // by a binary search instead of a scan back from the article's end.
  const last = ctx.mentionsInOrder ? lastStartingBy(mentions, span.start) : mentions.length - 1;
  const block = blockAt(span.start);
  const n = norm(ctx, phrase.head);
  const single = phrase.end - phrase.start === 1;
  const before = (blocks: number, test: (m: Mention, e: Entity | undefined) => boolean) => {
    for (let i = last; i >= 0; i--) {
      const m = mentions[i];
      if (!m || m.span.end > span.start) continue;
      if (block - blockAt(m.span.start) > blocks) break;
      if (m.form !== 'pronoun' && test(m, entities.get(m.entity))) return m;
    }
    return null;
  };
  const of = (types: readonly EntityType[]) => (m: Mention) => types.includes(m.type);
  let found: Mention | null = null;
  if (single && ctx.lex.personPronouns.has(n)) found = before(1, of(['person']));
  else if (single && n === 'it') found = before(1, of(['organization', 'outlet']));
  else if (single && n === 'they') found = before(1, of(['group', 'organization']));
  else if (DEFINITE.has(norm(ctx, phrase.start)) && pos(ctx, phrase.head) === 'NOUN') {
    const named = (m: Mention, e: Entity | undefined) => nameHolds(e?.name ?? m.text, n);
    if (ctx.lex.outletHeads.has(n)) found = before(3, (m, e) => m.type === 'outlet' || named(m, e));
    else if (ctx.lex.titles.has(n) || ctx.lex.sourceHeads[n] === 'person') {
      found = before(
        12,
        (m, e) => m.type === 'person' && (e?.roles ?? []).some((r) => nameHolds(r.title, n)),
      );
    }
  }
  if (!found) {
    const headline = headlineReferent(ctx, phrase);
    return headline ? { ref: headline, factor: 0.75 } : null;
  }
  const entity = entities.get(found.entity);
  return {
    ref: {
      name: entity?.name ?? found.text,
      type: entity?.type ?? found.type,
      entity: found.entity,
      span,
      how: 'earlier-speaker',
    },
    factor: 0.75,
  };
}

/**
 * The index of the last mention starting at or before `offset`, in mentions ordered by their starts.
 */
function lastStartingBy(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid]?.span.start ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A headline names its speaker by role ("Butte Co. sheriff explains …") and the body by name:
 * the first name after that role word in the body ("Butte County Sheriff Kory Honea").
 *
 * @example headlineReferent(ctx, phraseOf('Butte Co. sheriff'))?.name // 'Kory Honea'
 */
export function headlineReferent(ctx: Context, phrase: Phrase): SourceRef | null {
  const sentence = sentenceOfToken(ctx, phrase.head);
  const block = sentence ? ctx.article.blocks[sentence.block] : undefined;
  if (!block || (block.type !== 'title' && block.type !== 'subtitle')) return null;
  const n = norm(ctx, phrase.head);
  if (pos(ctx, phrase.head) !== 'NOUN' || !(ctx.lex.titles.has(n) || ctx.lex.sourceHeads[n] === 'person'))
    return null;
  for (let i = firstTokenAt(ctx.tokens, block.span.end); i < ctx.tokens.length; i++) {
    if (norm(ctx, i) !== n) continue;
    let end = i + 1;
    while (end < ctx.tokens.length && end < i + 4 && pos(ctx, end) === 'PROPN') end++;
    if (end - i < 2) continue;
    const name: Phrase = { start: i + 1, end, head: end - 1 };
    const span = charSpan(ctx, name);
    const mention = (ctx.article.mentions ?? []).find(
      (m) => m.span.start <= span.start && span.end <= m.span.end,
    );
    const entity = mention ? (ctx.article.entities ?? []).find((e) => e.id === mention.entity) : undefined;
    return {
      name: ctx.text.slice(span.start, span.end),
      type: 'person',
      ...(entity ? { entity: entity.id } : {}),
      span: charSpan(ctx, phrase),
      how: 'earlier-speaker',
    };
  }
  return null;
}
