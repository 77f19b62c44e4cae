import type { EntityType, Mention, Span, Token } from '../../model/index.js';
import type { TriggerName } from './lexicon.js';

/** A role found beside a person: the title's tokens, its affiliation and the affiliation's country. */
export interface FoundRole {
  readonly first: number;
  readonly end: number;
  readonly affiliation?: string;
  readonly country?: string;
  readonly rule: string;
}

/**
 * A mention while the stage works: token range [first, end), what it is and why. Passes append
 * these; the resolve pass groups them into entities; `records.ts` turns them into model records.
 */
export interface Found {
  first: number;
  readonly end: number;
  type: EntityType;
  form: Mention['form'];
  rule: string;
  confidence: number;
  /** The lexicon's canonical name, for outlets, countries, places and known organisations. */
  canonical?: string;
  country?: string;
  capital?: boolean;
  role?: FoundRole;
  metonymy?: 'government';
  /** Head word of a nominal or group ("official", "defectors"), and whether it was definite. */
  head?: string;
  definite?: boolean;
  gender?: 'm' | 'f';
  /** Character span, for mentions found outside the tokens (photo credits); else from the tokens. */
  span?: Span;
  /** Set when a larger mention took this one in ("Cupertino" in "Cupertino, California"). */
  dropped?: true;
  /** Set by the resolve pass: the index of the entity this mention belongs to. */
  entity?: number;
}

/**
 * One article as the entity passes see it: its tokens with per-token facts computed once
 * (lower-cased text, capitalisation, sentence, whether space precedes), the tokens already
 * claimed by a mention, and the mentions found so far.
 */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Token surface text. */
  readonly words: readonly string[];
  /** Lower-cased surfaces, filled on demand by {@link lo} (most tokens never need one). */
  readonly lowerCache: (string | undefined)[];
  /** 1 when the token starts with an upper-case letter. */
  readonly cap: Uint8Array;
  /** Sentence index of each token (-1 outside sentences). */
  readonly sentence: Int32Array;
  /** 1 for the first word of a sentence (after opening quotes and brackets). */
  readonly initial: Uint8Array;
  /** 1 when the token's sentence is written in Title Case or capitals (a headline). */
  readonly headline: Uint8Array;
  /** 1 when whitespace separates the token from the one before it. */
  readonly spaced: Uint8Array;
  /** Capitalised words that never start or make a name (the lexicon's). */
  readonly notNames: ReadonlySet<string>;
  /** Words the article also writes in lower case mid-sentence (so capitalised, they are not names). */
  readonly lowerVocab: ReadonlySet<string>;
  /** Candidate tokens for each pass, ascending: only these can start what the pass looks for. */
  readonly triggered: Readonly<Record<TriggerName, readonly number[]>>;
  /** Tokens that may start a name: capitalised words and codes ("iPhone"). */
  readonly capitals: readonly number[];
  /** Token → index+1 of the mention that claimed it (0: free). */
  readonly claimed: Int32Array;
  readonly found: Found[];
  /** Capitalised sequences no rule could type: the resolve pass may match them to a person. */
  readonly unknown: { readonly first: number; readonly end: number }[];
}

/** The tokens of `found` as text. */
export function foundText(doc: Doc, f: { first: number; end: number; span?: Span }): string {
  if (f.span) return doc.text.slice(f.span.start, f.span.end);
  const a = doc.tokens[f.first];
  const b = doc.tokens[f.end - 1];
  return a && b ? doc.text.slice(a.span.start, b.span.end) : '';
}

/** Adds a mention and claims its tokens (those not yet claimed). */
export function addFound(doc: Doc, f: Found, claim = true): number {
  doc.found.push(f);
  const index = doc.found.length;
  if (claim) for (let i = f.first; i < f.end; i++) if (doc.claimed[i] === 0) doc.claimed[i] = index;
  return index - 1;
}

/** The mention that claimed token i, if any. */
export function claimedBy(doc: Doc, i: number): Found | undefined {
  const c = doc.claimed[i] ?? 0;
  return c > 0 ? doc.found[c - 1] : undefined;
}

/**
 * The lower-cased surface of token i with curly apostrophes straightened, computed once.
 *
 * @example lo(doc, i) // "ria" for "Ria"
 */
export function lo(doc: Doc, i: number): string {
  let l = doc.lowerCache[i];
  if (l !== undefined) return l;
  const w = doc.words[i];
  if (w === undefined) return '';
  l = w.toLowerCase();
  if (l.includes('’') || l.includes('‘')) l = l.replace(/[’‘]/g, "'");
  doc.lowerCache[i] = l;
  return l;
}

/** The lower-cased words of tokens [first, end), joined by spaces. */
export function wordsLower(doc: Doc, first: number, end: number): string {
  const out: string[] = [];
  for (let i = first; i < end; i++) out.push(lo(doc, i));
  return out.join(' ');
}
