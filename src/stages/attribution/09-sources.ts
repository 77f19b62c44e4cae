import { overlapping } from '../../model/index.js';
import type { EntityType, Mention, SourceRef, Span } from '../../model/index.js';
import type { Context } from './context.js';
import { firstTokenAt, norm, sentenceOfToken } from './context.js';
import type { Phrase } from './phrases.js';
import type { BlockAt, Reach } from './source-earlier.js';
import { earlierSpeaker } from './source-earlier.js';
import { bodyReferent } from './source-bodies.js';
import { mentionReferent } from './source-mentions.js';
import { charSpan, fromWords } from './source-words.js';

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
  // Mentions by span, indexed once: a scan of all of them per phrase is quadratic in a long article.
  const mentionsNear = overlapping(ctx.article.mentions ?? []);
  const entities = ctx.entityById;
  const byWords = new Map<string, { name: string; type: EntityType }>();
  const blocks = new Map<number, number>();
  // The block index of the sentence holding a character offset, remembered.
  const blockAt: BlockAt = Object.assign(
    (offset: number) => {
      let b = blocks.get(offset);
      if (b === undefined) {
        b = sentenceOfToken(ctx, firstTokenAt(ctx.tokens, offset))?.block ?? 0;
        blocks.set(offset, b);
      }
      return b;
    },
    { reach: new WeakMap<readonly SourceRef[], Reach>() },
  );
  return (phrase, earlier) => {
    const span = charSpan(ctx, phrase);
    const found = mentionFor(ctx, mentionsNear(span), phrase, span);
    // "“…,” the source said." after "a Russian citizen … told RFA": an entity named by a common
    // noun alone ("source", "the official") gives way to the earlier speaker the noun points back to.
    const common = found && !/\p{Lu}/u.test(entities.get(found.entity)?.name ?? found.text);
    const before = common ? earlierSpeaker(ctx, phrase, earlier, blockAt) : null;
    const mention = before ? null : found;
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
    const speaker = before ?? earlierSpeaker(ctx, phrase, earlier, blockAt);
    const body = speaker ? null : bodyReferent(ctx, phrase, earlier, blockAt);
    const back = speaker ?? (body ? { ref: body, factor: 0.8 } : mentionReferent(ctx, phrase, blockAt));
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
