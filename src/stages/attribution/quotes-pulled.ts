import type { Context } from './context.js';
import { norm, pos, word } from './context.js';
import { FRAME_RULES } from './data/rules.js';
import type { Draft, Unit } from './draft.js';
import { unit } from './unit-parts.js';

/** Words a credit line's title may run to after the name ("NASA Administrator", "U.S. Senator (R-Texas)"). */
const TITLE_WORDS = 10;

/**
 * Pull quotes: a paragraph of a speaker's words set apart without quote marks and closed by a
 * credit line — the speaker's name, a comma and a title, with no verb and no final period
 * ("This was a very difficult decision … Charles Bolden, NASA Administrator"). The words before
 * the credit are a direct quote of the named speaker (rule `pull-quote`, the credit its cue).
 * Paragraphs that hold a quote mark or an attribution already are left alone.
 *
 * @example pullQuotes(ctx, units, drafts) // drafts, with one for each pull quote
 */
export function pullQuotes(ctx: Context, units: readonly Unit[], drafts: Draft[]): Draft[] {
  const busy = new Set<number>();
  for (const u of units) busy.add(ctx.sentences[u.sentence]?.block ?? -1);
  for (const q of ctx.quotes) busy.add(q.block);
  const out = [...drafts];
  ctx.sentences.forEach((credit, index) => {
    const block = credit.block;
    const previous = ctx.sentences[index - 1];
    const next = ctx.sentences[index + 1];
    if (busy.has(block) || !previous || previous.block !== block || next?.block === block) return;
    const source = creditName(ctx, credit.tokens.start, credit.tokens.end);
    if (!source) return;
    let first = index - 1;
    while (ctx.sentences[first - 1]?.block === block) first--;
    const content = { start: ctx.sentences[first]?.span.start ?? 0, end: previous.span.end };
    const cue = { start: source.end + 1, end: credit.tokens.end, lemma: 'credit', class: 'speech' as const };
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
 * The name of a credit line in tokens `[start, end)`: two or more capitalised words, a comma,
 * then up to ten words of title with no verb, ending without a period.
 */
function creditName(
  ctx: Context,
  start: number,
  end: number,
): { start: number; end: number; head: number } | null {
  let k = start;
  while (k < end && pos(ctx, k) === 'PROPN' && /^\p{Lu}/u.test(word(ctx, k))) k++;
  if (k - start < 2 || norm(ctx, k) !== ',') return null;
  const title = end - k - 1;
  if (title < 1 || title > TITLE_WORDS || norm(ctx, end - 1) === '.') return null;
  for (let t = k + 1; t < end; t++) {
    const p = pos(ctx, t);
    if ((p === 'VERB' || p === 'AUX') && !/^\p{Lu}/u.test(word(ctx, t))) return null;
  }
  if (!/^[\p{Lu}(]/u.test(word(ctx, k + 1))) return null;
  return { start, end: k, head: k - 1 };
}
