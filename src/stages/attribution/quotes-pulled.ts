import type { Context } from './context.js';
import { norm, pos, word } from './context.js';
import { FRAME_RULES } from './data/rules.js';
import type { Draft } from './draft.js';
import { stanceOf } from '../../model/index.js';
import { unit } from './unit-parts.js';

/** Words a credit line's title may run to after the name ("NASA Administrator", "U.S. Senator (R-Texas)"). */
const TITLE_WORDS = 10;

/**
 * Pull quotes: a paragraph of a speaker's words set apart without quote marks and closed by a
 * credit line — the speaker's name, a comma and a title, with no verb and no final period
 * ("This was a very difficult decision … Charles Bolden, NASA Administrator"). The words before
 * the credit are a direct quote of the named speaker (rule `pull-quote`, the credit its cue).
 * Paragraphs that hold a quote mark or a statement already are left alone.
 *
 * @example pullQuotes(ctx, drafts) // drafts, with one for each pull quote
 */
export function pullQuotes(ctx: Context, drafts: Draft[]): Draft[] {
  const busy = new Set<number>();
  // A paragraph where someone is said to speak is no pull quote ("I think …", "… and told that …"
  // with no speaker of its own may be).
  for (const d of drafts) {
    if (d.unit.source && !stanceOf(d.unit.cue.class)) busy.add(ctx.sentences[d.unit.sentence]?.block ?? -1);
  }
  for (const q of ctx.quotes) busy.add(q.block);
  // The last words of the article's speakers' names ("Paris" of "Valeska Paris said").
  const speakers = new Set<string>();
  for (const d of drafts) if (d.unit.source) speakers.add(word(ctx, d.unit.source.end - 1));
  const out = [...drafts];
  ctx.sentences.forEach((credit, index) => {
    const block = credit.block;
    const previous = ctx.sentences[index - 1];
    const next = ctx.sentences[index + 1];
    if (busy.has(block) || !previous || previous.block !== block || next?.block === block) return;
    const source = creditName(ctx, credit.tokens.start, credit.tokens.end, speakers);
    if (!source) return;
    let first = index - 1;
    while (ctx.sentences[first - 1]?.block === block) first--;
    const content = { start: ctx.sentences[first]?.span.start ?? 0, end: previous.span.end };
    // The title is the cue ("NASA Administrator"); a credit of a bare name is its own cue.
    const titled = source.end < credit.tokens.end;
    const cue = {
      start: titled ? source.end + 1 : credit.tokens.start,
      end: credit.tokens.end,
      lemma: 'credit',
      class: 'speech' as const,
    };
    const speaker = unit(
      credit.tokens.start,
      credit.tokens.end,
      'sv',
      source,
      { ...cue, rule: 'pull-quote' },
      [],
      [],
      index,
    );
    out.push({
      rule: 'pull-quote',
      unit: speaker,
      content,
      direct: true,
      parts: [],
      inherit: null,
      carriedBy: [],
      leadTimes: [],
      carrierTimes: [],
      confidence: FRAME_RULES['pull-quote'].confidence,
      dropped: false,
    });
  });
  return out;
}

/**
 * The name of a credit line in tokens `[start, end)`, after an optional dash: two or more
 * capitalised words, then a comma and up to ten words of title with no verb ending without a
 * period ("Charles Bolden, NASA Administrator") — or nothing more, when the entities layer knows
 * the words for a person or the last word names a speaker of the article ("— Rick Santorum",
 * "Valeska Paris").
 */
function creditName(
  ctx: Context,
  start: number,
  end: number,
  speakers: ReadonlySet<string>,
): { start: number; end: number; head: number } | null {
  const from = DASHES.has(norm(ctx, start)) ? start + 1 : start;
  let k = from;
  while (k < end && pos(ctx, k) === 'PROPN' && /^\p{Lu}/u.test(word(ctx, k))) k++;
  if (k - from < 2) return null;
  const name = { start: from, end: k, head: k - 1 };
  if (k === end)
    return k - from <= 4 && (namesPerson(ctx, name) || speakers.has(word(ctx, k - 1))) ? name : null;
  if (norm(ctx, k) !== ',') return null;
  const title = end - k - 1;
  if (title < 1 || title > TITLE_WORDS || norm(ctx, end - 1) === '.') return null;
  for (let t = k + 1; t < end; t++) {
    const p = pos(ctx, t);
    if ((p === 'VERB' || p === 'AUX') && !/^\p{Lu}/u.test(word(ctx, t))) return null;
  }
  if (!/^[\p{Lu}(]/u.test(word(ctx, k + 1))) return null;
  return name;
}

const DASHES = new Set(['—', '–', '-', '--']);

/** True when a person mention of the entities layer covers the name's words. */
function namesPerson(ctx: Context, name: { start: number; end: number }): boolean {
  const a = ctx.tokens[name.start]?.span.start ?? -1;
  const b = ctx.tokens[name.end - 1]?.span.end ?? -1;
  return (ctx.article.mentions ?? []).some(
    (m) => m.type === 'person' && m.span.start <= a && m.span.end >= b,
  );
}
