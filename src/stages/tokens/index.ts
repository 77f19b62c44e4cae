import { PROSE_BLOCKS } from '../../model/index.js';
import type { Article, NumericSpan, Sentence, Token } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Lexicon } from '../../lexicon/index.js';
import { pieces, segments } from './bounds.js';
import { winkReader } from './wink.js';
import type { WinkReading } from './wink.js';
import { readersByLanguage } from './readers.js';

export const STAGE = 'tokens';

export interface Options {
  /** The shared lexicon: languages with reading data are split by rules, not by the English model. */
  readonly lexicon?: Lexicon;
  /**
   * Also keep wink-nlp's number/date spans as the `numerics` layer. Off by default: no stage
   * reads them (quantities and times find their own), and wink's entity pass costs a fifth of
   * each read.
   */
  readonly numerics?: boolean;
}

/**
 * Sentences, tokens with exact offsets, POS tags and lemmas (and wink-nlp's number/date spans), for
 * every prose block. wink's model reads English; a language the lexicon gives reading data for
 * (German, Russian) is split by rules instead (`rule-reader.ts`), without parts of speech. Each block is read on its own, so a headline separated by a blank line never
 * joins the next sentence. The wink model is loaded once per configured stage.
 *
 * @example tokens({}).run(article).sentences
 */
export function tokens(options: Options = {}): Stage {
  const wink = winkReader({ numerics: options.numerics ?? false });
  const others = readersByLanguage(options.lexicon);
  return defineStage({
    name: STAGE,
    requires: ['blocks'],
    provides: options.numerics ? ['tokens', 'sentences', 'numerics'] : ['tokens', 'sentences'],
    run(article: Article): Article {
      const other = others.get(article.language.code);
      const read = other ?? wink;
      const rule = other ? 'rule-sentence' : 'wink-sentence';
      const out: Token[] = [];
      const sentences: Sentence[] = [];
      const numerics: NumericSpan[] = [];
      const sentence = (
        start: number,
        end: number,
        first: number,
        last: number,
        block: number,
        how: string,
      ) => {
        const span = trim(article.text, start, end);
        sentences.push({
          kind: 'sentence',
          span,
          block,
          tokens: { start: first, end: last },
          stage: STAGE,
          rule: how,
        });
      };
      article.blocks.forEach((block, blockIndex) => {
        if (!PROSE_BLOCKS.has(block.type)) return;
        const blockText = article.text.slice(block.span.start, block.span.end);
        for (const segment of segments(blockText)) {
          const offset = block.span.start + segment.start;
          if (!segment.read) {
            // A run too long to tokenise: one token, one sentence of its own.
            const end = block.span.start + segment.end;
            const value = article.text.slice(offset, end);
            out.push({ span: { start: offset, end }, pos: 'X', type: 'word', lemma: value, normal: value });
            sentence(offset, end, out.length - 1, out.length, blockIndex, 'long-run');
            continue;
          }
          const segmentText = blockText.slice(segment.start, segment.end);
          const reading = read(segmentText);
          const layout = placeTokens(reading, segmentText, offset, out);
          for (const [a, b] of reading.sentences) {
            const first = layout.ours[a] ?? out.length;
            const last = layout.ours[b + 1] ?? out.length;
            if (last <= first || layout.starts[a] === undefined || layout.ends[b] === undefined) continue;
            const cut = pieces(first, last, (k) => {
              const t = out[k];
              return t ? article.text.slice(t.span.start, t.span.end) : '';
            });
            if (cut.length === 1) {
              sentence(layout.starts[a] ?? 0, layout.ends[b] ?? 0, first, last, blockIndex, rule);
              continue;
            }
            for (const [p, q] of cut) {
              const [start, end] = [out[p]?.span.start ?? 0, out[q - 1]?.span.end ?? 0];
              sentence(start, end, p, q, blockIndex, 'sentence-length-cap');
            }
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
        }
      });
      return options.numerics
        ? { ...article, tokens: out, sentences, numerics }
        : { ...article, tokens: out, sentences };
    },
  });
}

/**
 * Adds the tokens of one block to `out` in one pass: character offsets of wink's tokens (wink is
 * lossless: whitespace and values rebuild the text, so each value is found by searching on from
 * the last; wink's preceding spaces are read only if a search ever skips more than whitespace),
 * leaving out line breaks and tabs. Returns the offsets by wink index and, for each wink index,
 * the index in `out` of the first kept token at or after it (for sentence ranges).
 */
function placeTokens(reading: WinkReading, text: string, offset: number, out: Token[]) {
  const n = reading.values.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const ours = new Int32Array(n + 1);
  const found = findStarts(reading, text);
  for (let i = 0; i < n; i++) {
    const start = offset + (found[i] ?? 0);
    const at = start + (reading.values[i] ?? '').length;
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

/** Where each of wink's tokens starts in `text`: by search, or by wink's spaces if a search fails. */
function findStarts(reading: WinkReading, text: string): Int32Array {
  const n = reading.values.length;
  const starts = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const value = reading.values[i] ?? '';
    const start = text.indexOf(value, at);
    if (start < 0 || !blank(text, at, start)) return startsFromSpaces(reading);
    starts[i] = start;
    at = start + value.length;
  }
  return starts;
}

function startsFromSpaces(reading: WinkReading): Int32Array {
  const spaces = reading.spaces;
  const starts = new Int32Array(reading.values.length);
  let at = 0;
  reading.values.forEach((value, i) => {
    at += (spaces[i] ?? '').length;
    starts[i] = at;
    at += value.length;
  });
  return starts;
}

/** Only whitespace in text[from, to). */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (
      c > 32 &&
      c !== 0xa0 &&
      !(c >= 0x2000 && c <= 0x200b) &&
      c !== 0x202f &&
      c !== 0x205f &&
      c !== 0x3000 &&
      c !== 0xfeff &&
      c !== 0x1680 &&
      c !== 0x85
    )
      return false;
  }
  return true;
}

/** A sentence never starts or ends on whitespace. */
function trim(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
