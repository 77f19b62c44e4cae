import type { Message } from './message.js';
import type { Annotation, Span } from './span.js';
import type { NumericSpan, Sentence, Token } from './tokens.js';
import type { TimeExpression } from './times.js';
import type { Entity, Mention } from './entities.js';
import type { Attribution } from './attributions.js';
import type { Quantity } from './quantities.js';
import type { Claim } from './claims.js';

/** How an input arrived: the container format it was read from. */
export type InputFormat = 'text' | 'html' | 'json' | 'feed';

/** Metadata that the container itself gave (JSON fields, feed item elements, HTTP POST fields). */
export interface InputMeta {
  readonly title?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly language?: string;
  readonly byline?: string;
  /**
   * A publication date written in a web page's visible text (near its title, in a date-like
   * element), as ISO 8601: weaker than the metadata and the URL, stronger than nothing.
   */
  readonly pageDate?: string;
  /**
   * The date a web page labels as its last revision ("last edited", "Updated"), as ISO 8601: it
   * dates a page only when nothing else does (a wiki page, a recipe), and the evidence says so.
   */
  readonly revised?: string;
  /**
   * Where each field above was found, in words (`published: 'meta article:published_time'`,
   * `outlet: 'JSON field "source"'`), so that the evidence shown to a user can name it.
   */
  readonly provenance?: Readonly<Partial<Record<MetaField, string>>>;
}

/** The fields of `InputMeta` that carry a value. */
export type MetaField =
  'title' | 'published' | 'outlet' | 'url' | 'language' | 'byline' | 'pageDate' | 'revised';

/**
 * One article as read, before any analysis: what the readers in `src/ingest` produce and the
 * pipeline consumes. `body` is text or HTML as `bodyFormat` says.
 */
export interface ArticleInput {
  readonly kind: 'input';
  readonly source: string;
  readonly format: InputFormat;
  readonly bodyFormat: 'text' | 'html';
  readonly body: string;
  readonly meta: InputMeta;
  readonly messages: readonly Message[];
  /** How the input was fetched, when it came from a URL (the evidence kept with the article). */
  readonly fetched?: Fetched;
}

/**
 * The evidence of a page fetched over HTTP: the URL asked for, the one answered after redirects,
 * when, and what the server said of the page (`Last-Modified` is kept as the server gave it: it
 * is when the file last changed, not when the article was published).
 */
export interface Fetched {
  readonly requested: string;
  readonly url: string;
  /** Each URL redirected through, in order (at most 5). */
  readonly redirects: readonly string[];
  /** ISO 8601, UTC: when the answer arrived. */
  readonly at: string;
  readonly status: number;
  readonly contentType: string;
  readonly lastModified: string | null;
}

/** What a stretch of the normalised text is. Only prose blocks are analysed by the NLP stages. */
export type BlockType =
  'title' | 'subtitle' | 'paragraph' | 'caption' | 'credit' | 'byline' | 'dateline' | 'boilerplate' | 'meta';

export interface Block extends Annotation<'block'> {
  readonly type: BlockType;
}

/** Block types whose words are analysed (sentences, entities, claims...). */
export const PROSE_BLOCKS: ReadonlySet<BlockType> = new Set(['title', 'subtitle', 'paragraph', 'caption']);

/** Block types that make up the article's body: what a reader would copy as "the article". */
export const BODY_BLOCKS: ReadonlySet<BlockType> = new Set(['subtitle', 'paragraph']);

/**
 * The article's body as plain text: its body blocks (paragraphs and subheadings, not the title,
 * captions, bylines or page furniture), one per line.
 *
 * @example bodyText(article).split('\n').length
 */
export function bodyText(article: Pick<Article, 'text' | 'blocks'>): string {
  return article.blocks
    .filter((b) => BODY_BLOCKS.has(b.type))
    .map((b) => article.text.slice(b.span.start, b.span.end))
    .join('\n');
}

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/**
 * When the article was published, how that was found, and the evidence in words.
 * `value` is ISO 8601 at its precision (`2019`, `2019-02`, `2019-02-07`, `2019-12-13T20:17`),
 * or null with `how: 'unknown'`: never a silent "today".
 */
export interface Published {
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly how: 'meta' | 'url' | 'dateline' | 'inferred' | 'unknown';
  readonly evidence: string;
  readonly rule: string;
  readonly span?: Span;
}

/** The news organisation the article credits, and how it was found. */
export interface Outlet {
  readonly name: string;
  readonly how: 'meta' | 'dateline' | 'credit' | 'byline' | 'url' | 'text';
  readonly evidence: string;
  readonly span?: Span;
}

/** A dateline: "VLADIVOSTOK (Sputnik) -", "Feb. 7 (UPI) --". */
export interface Dateline extends Annotation<'dateline'> {
  readonly place?: string;
  readonly outlet?: string;
  readonly date?: string;
}

export interface Language {
  readonly code: string;
  readonly confidence: number;
  readonly how: 'meta' | 'script' | 'words' | 'default';
}

/**
 * The one typed document that travels through every stage. Each analysis layer is an optional
 * field that one stage provides; problems found in the content are `messages`.
 */
export interface Article {
  readonly kind: 'article';
  /** Hash of the normalised text: the same content gives the same id. */
  readonly id: string;
  readonly source: string;
  readonly format: InputFormat;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: Outlet | null;
  readonly language: Language;
  readonly published: Published;
  readonly dateline: Dateline | null;
  /** Normalised text: every span in every layer points into this string. */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly messages: readonly Message[];
  /** How the page was fetched, when the article came from a URL. */
  readonly fetched?: Fetched;

  readonly tokens?: readonly Token[];
  readonly sentences?: readonly Sentence[];
  readonly numerics?: readonly NumericSpan[];
  readonly times?: readonly TimeExpression[];
  readonly mentions?: readonly Mention[];
  readonly entities?: readonly Entity[];
  readonly attributions?: readonly Attribution[];
  readonly quantities?: readonly Quantity[];
  readonly claims?: readonly Claim[];
}

/** The names of the optional layers, for stages to declare what they need and add. */
export type Layer =
  | 'blocks'
  | 'metadata'
  | 'language'
  | 'tokens'
  | 'sentences'
  | 'numerics'
  | 'times'
  | 'mentions'
  | 'entities'
  | 'attributions'
  | 'quantities'
  | 'claims';
