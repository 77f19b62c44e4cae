import type { SourceRef } from '../../model/index.js';
import type { Context } from './context.js';
import { norm, pos } from './context.js';
import type { Phrase } from './phrases.js';
import type { BlockAt } from './source-earlier.js';
import { DEFINITE, nameHolds } from './source-earlier.js';
import { charSpan } from './source-words.js';

/** How far back (in paragraphs) a body nominal looks for its referent. */
const REACH = 6;

interface Candidate {
  readonly name: string;
  readonly entity?: string;
  readonly type: SourceRef['type'];
  /** Mentions of it so far in the article (its salience). */
  count: number;
  /** The latest offset it was mentioned or spoke at. */
  last: number;
  /** It spoke in this paragraph or the one before. */
  spokeJustBefore: boolean;
}

/**
 * "The company said", "the agency added": the organisation a body nominal points back to. Taken
 * in order: one that spoke in this paragraph or the one before; one of the right kind (a public
 * body for "the agency", "the ministry"; not one for "the company", "the airline"); one whose
 * name holds the word ("United Airlines" for "the airline"); the one mentioned most so far (the
 * story's subject); the latest.
 *
 * @example bodyReferent(ctx, phraseOf('the company'), speakers, blockAt)?.name // 'Carrier'
 */
export function bodyReferent(
  ctx: Context,
  phrase: Phrase,
  earlier: readonly SourceRef[],
  blockAt: BlockAt,
): SourceRef | null {
  const n = norm(ctx, phrase.head);
  if (!DEFINITE.has(norm(ctx, phrase.start)) || pos(ctx, phrase.head) !== 'NOUN') return null;
  if (!ctx.lex.organizationNominals.has(n)) return null;
  const span = charSpan(ctx, phrase);
  const block = blockAt(span.start);
  const candidates = new Map<string, Candidate>();
  const add = (
    name: string,
    entity: string | undefined,
    type: SourceRef['type'],
    at: number,
    spoke: boolean,
  ) => {
    const key = entity ?? name.toLowerCase();
    const c = candidates.get(key);
    const recent = spoke && block - blockAt(at) <= 1;
    if (c) {
      c.count++;
      c.last = Math.max(c.last, at);
      c.spokeJustBefore ||= recent;
    } else {
      candidates.set(key, {
        name,
        ...(entity !== undefined ? { entity } : {}),
        type,
        count: 1,
        last: at,
        spokeJustBefore: recent,
      });
    }
  };
  for (const m of ctx.article.mentions ?? []) {
    if (m.span.end > span.start) break;
    if (m.type !== 'organization' || m.form === 'pronoun') continue;
    add(ctx.entityById.get(m.entity)?.name ?? m.text, m.entity, m.type, m.span.start, false);
  }
  for (const r of earlier) {
    if (r.type !== 'organization' || r.span.start >= span.start) continue;
    add(r.name, r.entity, r.type, r.span.start, true);
  }
  const inReach = [...candidates.values()].filter((c) => block - blockAt(c.last) <= REACH);
  if (inReach.length === 0) return null;
  const publicNominal = ctx.lex.publicBodyNominals.has(n);
  const fit = (c: Candidate) => {
    const isPublic = c.name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => ctx.lex.publicBodyNameWords.has(w));
    return isPublic === publicNominal ? 1 : 0;
  };
  const rank = (c: Candidate): number[] => [
    c.spokeJustBefore ? 1 : 0,
    fit(c),
    nameHolds(c.name, n) ? 1 : 0,
    c.count,
    c.last,
  ];
  const best = inReach.sort((a, b) => compare(rank(b), rank(a)))[0];
  if (!best) return null;
  return {
    name: best.name,
    type: best.type,
    ...(best.entity !== undefined ? { entity: best.entity } : {}),
    span,
    how: 'earlier-speaker',
  };
}

/** Compares two rank vectors element by element. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
