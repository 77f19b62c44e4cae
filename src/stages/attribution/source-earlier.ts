import type { SourceRef } from '../../model/index.js';
import type { Context } from './context.js';
import { norm, pos, word } from './context.js';
import type { Phrase } from './phrases.js';
import type { Resolved } from './09-sources.js';

/**
 * A pronoun, a definite nominal or a bare surname that names an earlier speaker, with how much
 * to trust it: a surname most, a title ("the ambassador") less, a pronoun or "the official" least.
 */
export function earlierSpeaker(
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

export type BlockAt = (offset: number) => number;

/** The latest earlier source within `blocks` paragraphs that passes the test. */
export function latest(
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
