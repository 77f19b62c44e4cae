import type { Entity, EntityType, Mention, SourceRef } from '../../model/index.js';
import type { Context } from './context.js';
import { norm, pos } from './context.js';
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
 * one before, "it" to a body, "they" to a group or a body, "the company" to an organisation
 * (one whose name holds the word first), "the newspaper" to an outlet, "the sheriff" to the
 * person whose role holds the word.
 *
 * @example mentionReferent(ctx, phrase, blockAt)?.ref.name // 'Carrier'
 */
export function mentionReferent(ctx: Context, phrase: Phrase, blockAt: BlockAt): MentionReferent | null {
  const mentions = ctx.article.mentions ?? [];
  if (mentions.length === 0) return null;
  const entities = new Map((ctx.article.entities ?? []).map((e) => [e.id, e]));
  const span = charSpan(ctx, phrase);
  const block = blockAt(span.start);
  const n = norm(ctx, phrase.head);
  const single = phrase.end - phrase.start === 1;
  const before = (blocks: number, test: (m: Mention, e: Entity | undefined) => boolean) => {
    for (let i = mentions.length - 1; i >= 0; i--) {
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
    if (ctx.lex.organizationNominals.has(n)) {
      const org = of(['organization', 'outlet']);
      found = before(3, (m, e) => org(m) && named(m, e)) ?? before(2, org);
    } else if (ctx.lex.outletHeads.has(n)) found = before(3, of(['outlet']));
    else if (ctx.lex.titles.has(n) || ctx.lex.sourceHeads[n] === 'person') {
      found = before(
        12,
        (m, e) => m.type === 'person' && (e?.roles ?? []).some((r) => nameHolds(r.title, n)),
      );
    }
  }
  if (!found) return null;
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
