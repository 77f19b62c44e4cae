import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '../../src/ingest/readers/json.js';
import type { ArticleInput, Span } from '../../src/model/index.js';

/**
 * Loader for `news_claims_dev` (and any set in its format: `<set>/docs/<id>.txt`,
 * `<set>/manifest.jsonl`, `<set>/gold.json`; see the sets' README.md files). Offsets in the gold
 * are Python `str` indices (code points); they are converted here to the UTF-16 offsets
 * JavaScript strings use, so every span below indexes `text` directly.
 */

/** A gold quote of one document. `span` is the content's span in the document's text. */
export interface GoldQuote {
  readonly speaker: string;
  readonly speakerId: string;
  readonly speakerAsWritten: string;
  readonly aliases: readonly string[];
  readonly cue: string;
  readonly content: string;
  readonly span: Span;
  readonly type: 'direct' | 'indirect' | 'mixed';
  /** The credited outlet, then every carrier named for the statement. */
  readonly chain: readonly string[];
  readonly chainInferred?: readonly string[];
  readonly note?: string;
}

/** A gold quantity: a number, a vague amount as a string, or a range. */
export interface GoldQuantity {
  readonly text: string;
  readonly span: Span;
  readonly value?: number | string;
  readonly min?: number;
  readonly max?: number;
  readonly bound: 'lower' | 'upper' | null;
  readonly approximate: boolean;
  readonly unit: string | null;
  readonly counts: string | null;
  readonly source: string | null;
  readonly note?: string;
}

/** The gold publication date: `value` only when the text states it. */
export interface GoldPublished {
  readonly value: string | null;
  /** From the URL, weekday clues or world knowledge; a day or an interval `A/B`. */
  readonly bestGuess?: string;
  /** A year-less date the text states (`--01-26`). */
  readonly partial?: string;
}

/** One document with its manifest row and gold annotations. */
export interface NewsClaimsDoc {
  readonly id: string;
  /** The set's folder name (`a`, `b`). */
  readonly set: string;
  readonly story: string;
  readonly url: string;
  readonly title: string | null;
  readonly outlet: string;
  readonly text: string;
  readonly published: GoldPublished;
  readonly quotes: readonly GoldQuote[];
  readonly quantities: readonly GoldQuantity[];
}

/** The set folders of `news_claims_dev`, in order. */
export const NEWS_CLAIMS_SETS = ['a', 'b'] as const;

/**
 * Reads the documents of the given sets under `dir` (the `news_claims_dev` folder), in id order.
 * Sets whose folder is absent are left out.
 *
 * @example loadNewsClaims('/work/shared/datasets/news_claims_dev').length // 46
 */
export function loadNewsClaims(dir: string, sets: readonly string[] = NEWS_CLAIMS_SETS): NewsClaimsDoc[] {
  const out: NewsClaimsDoc[] = [];
  for (const set of sets) {
    const base = join(dir, set);
    if (!existsSync(join(base, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(join(base, 'gold.json'), 'utf8')) as RawGold;
    const manifest = new Map(
      readFileSync(join(base, 'manifest.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as RawManifest)
        .map((m) => [m.id, m]),
    );
    for (const id of Object.keys(gold.documents).sort()) {
      const raw = gold.documents[id];
      const row = manifest.get(id);
      if (!raw || !row) continue;
      const text = readFileSync(join(base, 'docs', `${id}.txt`), 'utf8');
      out.push(toDoc(id, set, text, raw, row));
    }
  }
  return out;
}

/**
 * The article as a user who scraped it would give it to Claimline: a JSON object
 * `{url, title, text}` read by the same JSON reader `claimline ingest` uses for `.json` files.
 *
 * @example createPipeline().run(scrapedInput(doc)).attributions
 */
export function scrapedInput(doc: NewsClaimsDoc): ArticleInput {
  const object = { url: doc.url, ...(doc.title ? { title: doc.title } : {}), text: doc.text };
  const [input] = readJson(`${doc.id}.json`, JSON.stringify(object));
  if (!input) throw new Error(`the JSON reader returned nothing for ${doc.id}`);
  return input;
}

/**
 * Converts code-point offsets (Python `str` indices) into UTF-16 offsets of the same string.
 *
 * @example codePointSpan('😀ab', [1, 3]) // { start: 2, end: 4 }
 */
export function codePointSpan(text: string, [start, end]: readonly [number, number]): Span {
  let points = 0;
  let units = 0;
  let a = -1;
  let b = -1;
  while (units <= text.length) {
    if (points === start) a = units;
    if (points === end) b = units;
    if (a >= 0 && b >= 0) break;
    const cp = text.codePointAt(units);
    units += cp !== undefined && cp > 0xffff ? 2 : 1;
    points++;
  }
  if (a < 0 || b < 0) throw new Error(`offsets [${start}, ${end}) lie outside the text`);
  return { start: a, end: b };
}

interface RawManifest {
  readonly id: string;
  readonly url: string;
  readonly title: string | null;
  readonly outlet: string;
}

interface RawQuote {
  readonly speaker: string;
  readonly speaker_id: string;
  readonly speaker_as_written: string;
  readonly speaker_aliases: readonly string[];
  readonly cue: string;
  readonly content: string;
  readonly content_offsets: [number, number];
  readonly type: 'direct' | 'indirect' | 'mixed';
  readonly chain: readonly string[];
  readonly chain_inferred?: readonly string[];
  readonly note?: string;
}

interface RawQuantity {
  readonly text: string;
  readonly text_offsets: [number, number];
  readonly value?: number | string;
  readonly min?: number;
  readonly max?: number;
  readonly bound: 'lower' | 'upper' | null;
  readonly approximate: boolean;
  readonly unit: string | null;
  readonly counts: string | null;
  readonly source: string | null;
  readonly note?: string;
}

interface RawDocument {
  readonly story: string;
  readonly url: string;
  readonly outlet: string;
  readonly published: { value: string | null; best_guess?: string; partial?: string };
  readonly quotes: readonly RawQuote[];
  readonly quantities: readonly RawQuantity[];
}

interface RawGold {
  readonly documents: Readonly<Record<string, RawDocument>>;
}

function toDoc(id: string, set: string, text: string, raw: RawDocument, row: RawManifest): NewsClaimsDoc {
  const quotes = raw.quotes.map((q): GoldQuote => ({
    speaker: q.speaker,
    speakerId: q.speaker_id,
    speakerAsWritten: q.speaker_as_written,
    aliases: q.speaker_aliases,
    cue: q.cue,
    content: q.content,
    span: codePointSpan(text, q.content_offsets),
    type: q.type,
    chain: q.chain,
    ...(q.chain_inferred ? { chainInferred: q.chain_inferred } : {}),
    ...(q.note ? { note: q.note } : {}),
  }));
  const quantities = raw.quantities.map((x): GoldQuantity => ({
    text: x.text,
    span: codePointSpan(text, x.text_offsets),
    ...(x.value !== undefined ? { value: x.value } : {}),
    ...(x.min !== undefined ? { min: x.min } : {}),
    ...(x.max !== undefined ? { max: x.max } : {}),
    bound: x.bound,
    approximate: x.approximate,
    unit: x.unit,
    counts: x.counts,
    source: x.source,
    ...(x.note ? { note: x.note } : {}),
  }));
  const p = raw.published;
  return {
    id,
    set,
    story: raw.story,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    text,
    published: {
      value: p.value,
      ...(p.best_guess ? { bestGuess: p.best_guess } : {}),
      ...(p.partial ? { partial: p.partial } : {}),
    },
    quotes,
    quantities,
  };
}
