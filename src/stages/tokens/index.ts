import { PROSE_BLOCKS } from '../../model/index.js';
import type { Article, NumericSpan, Sentence, Token } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Lexicon } from '../../lexicon/index.js';
import { winkReader } from './wink.js';
import type { WinkReading } from './wink.js';
import { readersByLanguage } from './readers.js';

export const STAGE = 'tokens';

export interface Options {
  /** The shared lexicon: languages with reading data are split by rules, not by the English model. */
  readonly lexicon?: Lexicon;
}

/**
 * Sentences, tokens with exact offsets, POS tags, lemmas and wink-nlp's number/date spans, for
 * every prose block. wink's model reads English; a language the lexicon gives reading data for
 * (German, Russian) is split by rules instead (`rule-reader.ts`), without parts of speech. Each block is read on its own, so a headline separated by a blank line never
 * joins the next sentence. The wink model is loaded once per configured stage.
 *
 * @example tokens({}).run(article).sentences
 */
export function tokens(options: Options = {}): Stage {
  const wink = winkReader();
  const others = readersByLanguage(options.lexicon);
  return defineStage({
    name: STAGE,
    requires: ['blocks'],
    provides: ['tokens', 'sentences', 'numerics'],
    run(article: Article): Article {
      const other = others.get(article.language.code);
      const read = other ?? wink;
      const rule = other ? 'rule-sentence' : 'wink-sentence';
      const out: Token[] = [];
      const sentences: Sentence[] = [];
      const numerics: NumericSpan[] = [];
      article.blocks.forEach((block, blockIndex) => {
        if (!PROSE_BLOCKS.has(block.type)) return;
        const reading = read(article.text.slice(block.span.start, block.span.end));
        const layout = placeTokens(reading, block.span.start, out);
        for (const [a, b] of reading.sentences) {
          const first = layout.ours[a] ?? out.length;
          const last = layout.ours[b + 1] ?? out.length;
          const start = layout.starts[a];
          const end = layout.ends[b];
          if (last <= first || start === undefined || end === undefined) continue;
          sentences.push({
            kind: 'sentence',
            span: trim(article.text, start, end),
            block: blockIndex,
            tokens: { start: first, end: last },
            stage: STAGE,
            rule,
          });
        }
        for (const e of reading.entities) {
          const start = layout.starts[e.first];
          const end = layout.ends[e.last];
          if (start === undefined || end === undefined) continue;
          numerics.push({
            kind: 'numeric',
            span: { start, end },
            type: e.type,
            text: article.text.slice(start, end),
            stage: STAGE,
            rule: 'wink-entity',
          });
        }
      });
      return { ...article, tokens: out, sentences, numerics };
    },
  });
}

/**
 * Adds the tokens of one block to `out` in one pass: character offsets of wink's tokens (wink is
 * lossless: preceding spaces + value rebuild the text), leaving out line breaks and tabs. Returns
 * the offsets by wink index and, for each wink index, the index in `out` of the first kept token
 * at or after it (for sentence ranges).
 */
function placeTokens(reading: WinkReading, offset: number, out: Token[]) {
  const n = reading.values.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const ours = new Int32Array(n + 1);
  let at = offset;
  for (let i = 0; i < n; i++) {
    at += (reading.spaces[i] ?? '').length;
    const start = at;
    at += (reading.values[i] ?? '').length;
    starts[i] = start;
    ends[i] = at;
    ours[i] = out.length;
    const type = reading.types[i] ?? 'word';
    if (type === 'tabCRLF') continue;
    out.push({
      span: { start, end: at },
      pos: reading.pos[i] ?? 'X',
      type,
      lemma: reading.lemmas[i] ?? '',
      normal: reading.normals[i] ?? '',
    });
  }
  ours[n] = out.length;
  return { starts, ends, ours };
}

/** A sentence never starts or ends on whitespace. */
function trim(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
