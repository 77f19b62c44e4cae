import type { SourceRef } from '../../model/index.js';
import type { Context } from './context.js';
import { norm, pos, word } from './context.js';
import type { Phrase } from './phrases.js';
import type { Resolved } from './09-sources.js';

/** Determiners that make a nominal point back ("the company", "this report"). */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * A pronoun, a definite nominal or a bare surname that names an earlier speaker, with how much
 * to trust it: a surname most, a nominal with the same head as the speaker's words ("the
 * people" after "people familiar with the matter", "the sheriff" after "Sheriff Kory Honea")
 * less, a pronoun or "the official" least. A document ("the statement", "the report") is the
 * latest speaker's who is not a group. Bodies ("the company") are `source-bodies.ts`'s.
 */
export function earlierSpeaker(
  ctx: Context,
  phrase: Phrase,
  earlier: readonly SourceRef[],
  blockAt: BlockAt,
): Resolved | null {
  const word0 = norm(ctx, phrase.head);
  // "its plan to …", "their decision to …": a possessive stands for its pronoun.
  const n = word0 === 'its' ? 'it' : word0 === 'their' ? 'they' : word0;
  // A pronoun or a general nominal reaches back three paragraphs; a title or a surname further.
  const block = blockAt(ctx.tokens[phrase.start]?.span.start ?? 0);
  const single = phrase.end - phrase.start === 1;
  // A person the pronoun can name: typed a person, or a bare name the entities layer typed an
  // organisation ("Honea"); not the source of an "according to", which is no subject.
  const person = (r: SourceRef) =>
    (r.type === 'person' || (r.type === 'organization' && personLike(ctx, r.name))) && !introduced(ctx, r);
  const named = (r: SourceRef) => person(r) && /^\p{Lu}/u.test(r.name) && r.name.includes(' ');
  const found = (ref: SourceRef | null, factor: number): Resolved | null => (ref ? { ref, factor } : null);
  if (single && ctx.lex.personPronouns.has(n)) {
    const subject = latest(earlier, block, 3, blockAt, person);
    return found(subject ?? latest(earlier, block, 3, blockAt, (r) => r.type === 'person'), 0.8);
  }
  if (single && n === 'it') {
    return found(
      latest(earlier, block, 1, blockAt, (r) => r.type !== 'person' && r.type !== 'group'),
      0.8,
    );
  }
  if (single && n === 'they') {
    const plural = (r: SourceRef) => r.type === 'group' || r.type === 'organization';
    return found(latest(earlier, block, 2, blockAt, plural), 0.75);
  }
  if (single && pos(ctx, phrase.head) === 'PROPN') {
    const surname = ` ${word(ctx, phrase.head)}`;
    return found(
      latest(earlier, block, Infinity, blockAt, (r) => r.name.endsWith(surname)),
      0.95,
    );
  }
  if (!DEFINITE.has(norm(ctx, phrase.start)) || pos(ctx, phrase.head) !== 'NOUN') return null;
  if (ctx.lex.reportingNouns.has(n)) {
    return found(
      latest(earlier, block, 2, blockAt, (r) => r.type !== 'group'),
      0.8,
    );
  }
  const same = latest(earlier, block, 12, blockAt, (r) => sharesHead(ctx, r, n));
  if (same) return { ref: same, factor: 0.85 };
  if (ctx.lex.genericNominals.has(n)) {
    // "“…,” a Russian citizen from Vladivostok told RFA. “…,” the source said.": a person first
    // met without a name ("a …", "an …") is as good as a named one for "the source".
    const met = (r: SourceRef) => named(r) || (person(r) && /^(a|an|one)\s/i.test(spanText(ctx, r)));
    return found(latest(earlier, block, 3, blockAt, met), 0.8);
  }
  if (ctx.lex.outletHeads.has(n))
    return found(
      latest(earlier, block, 4, blockAt, (r) => r.type === 'outlet'),
      0.8,
    );
  return null;
}

/** The words that named a source where it was met. */
function spanText(ctx: Context, r: SourceRef): string {
  return ctx.text.slice(r.span.start, r.span.end);
}

/** True when a name reads as a person's: one to four capitalised words, none an organisation word. */
function personLike(ctx: Context, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return !words.some((w) => {
    const lower = w.toLowerCase();
    return ctx.lex.organizationWords.has(lower) || ctx.lex.publicBodyNameWords.has(lower);
  });
}

/** True when a source was introduced by "according to", "citing" or "in the words of". */
function introduced(ctx: Context, r: SourceRef): boolean {
  return /(according to|citing|in the words of)\s*$/i.test(
    ctx.text.slice(Math.max(0, r.span.start - 24), r.span.start),
  );
}

/** True when an earlier source's words hold the head noun, in the singular or the plural. */
function sharesHead(ctx: Context, r: SourceRef, n: string): boolean {
  const words = ctx.text
    .slice(r.span.start, r.span.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  const stem = n.replace(/(es|s)$/, '');
  return words.some((w) => w === n || w.replace(/(es|s)$/, '') === stem);
}

/**
 * True when a name holds a nominal's word ("United Airlines" for "the airline", "the Health
 * Ministry" for "the ministry").
 *
 * @example nameHolds('Alaska Airlines', 'airline') // true
 */
export function nameHolds(name: string, n: string): boolean {
  const stem = n.replace(/(es|s)$/, '');
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w.replace(/(es|s)$/, '') === stem);
}

/**
 * The block index of the sentence holding a character offset; and for each list of earlier
 * sources asked about, the furthest block its first i + 1 sources reach (a list of speakers
 * changes only at its end: what was measured of the rest stays true).
 */
export interface BlockAt {
  (offset: number): number;
  readonly reach: WeakMap<readonly SourceRef[], Reach>;
}

/** The running maximum of a list's blocks, and the sources it was measured on. */
export interface Reach {
  readonly blocks: number[];
  readonly refs: (SourceRef | undefined)[];
}

/** The latest earlier source within `blocks` paragraphs that passes the test. */
export function latest(
  earlier: readonly SourceRef[],
  block: number,
  blocks: number,
  blockAt: BlockAt,
  test: (r: SourceRef) => boolean,
): SourceRef | null {
  const reach = reachOf(earlier, blockAt);
  for (let i = earlier.length - 1; i >= 0; i--) {
    // No source from here back reaches the paragraphs in range: a long article's speakers are
    // not all visited for each pronoun.
    if (block - (reach[i] ?? 0) > blocks) break;
    const r = earlier[i];
    if (!r || block - blockAt(r.span.start) > blocks) continue;
    if (test(r)) return r;
  }
  return null;
}

/** The running maximum of the sources' blocks, measured again only from where the list changed. */
function reachOf(earlier: readonly SourceRef[], blockAt: BlockAt): number[] {
  let reach = blockAt.reach.get(earlier);
  if (!reach) {
    reach = { blocks: [], refs: [] };
    blockAt.reach.set(earlier, reach);
  }
  const { blocks, refs } = reach;
  let k = Math.min(refs.length, earlier.length);
  while (k > 0 && refs[k - 1] !== earlier[k - 1]) k--;
  blocks.length = k;
  refs.length = k;
  for (let i = k; i < earlier.length; i++) {
    const r = earlier[i];
    blocks.push(Math.max(r ? blockAt(r.span.start) : -Infinity, blocks[i - 1] ?? -Infinity));
    refs.push(r);
  }
  return blocks;
}
