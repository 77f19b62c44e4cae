import type { Dateline, Outlet, Span } from '../../model/index.js';
import type { FoundDate } from './parse-date.js';

/** A hint at the outlet, with its strength: lower `rank` wins (see 13-outlet.ts). */
export interface OutletClue {
  readonly name: string;
  readonly rank: number;
  readonly how: Outlet['how'];
  readonly evidence: string;
  readonly rule: string;
  readonly span?: Span;
}

/** A short line that is a date, near the top: "23 Jan 2020 18:20", "Reuters , Tuesday 30 Jan 2018". */
export interface DateLine {
  readonly date: FoundDate;
  readonly span: Span;
  readonly words: string;
}

/** What the block passes found that the metadata passes use. Local to one normaliser call. */
export interface Findings {
  dateline: Dateline | null;
  /** The dateline's date: month and day only ("Feb. 7"), or a whole date. */
  datelineDate: { readonly month: number; readonly day: number } | FoundDate | null;
  readonly dateLines: DateLine[];
  readonly outlets: OutletClue[];
  title: { readonly text: string; readonly span: Span } | null;
}

/** Ranks of outlet clues, strongest first. */
export const RANK = {
  dateline: 0,
  meta: 1,
  self: 2,
  knownHost: 3,
  credit: 4,
  unknownHost: 5,
} as const;

/**
 * Nothing found yet: the passes fill it in.
 *
 * @example const found = emptyFindings(); dateline(l, rules, found)
 */
export function emptyFindings(): Findings {
  return { dateline: null, datelineDate: null, dateLines: [], outlets: [], title: null };
}
