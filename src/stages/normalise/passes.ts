import { furniture } from './04-furniture.js';
import { dateline } from './05-dateline.js';
import { credits } from './06-credits.js';
import { bylines } from './07-bylines.js';
import { dateLines } from './08-date-lines.js';
import { repeats } from './09-repeats.js';
import { head } from './10-head.js';
import { body } from './11-body.js';
import type { Findings } from './findings.js';
import type { Layout } from './layout.js';
import type { Rules } from './rules.js';

/** What a block pass works on: the article's layout, the compiled rules, what earlier passes found. */
export interface PassContext {
  readonly layout: Layout;
  readonly rules: Rules;
  readonly found: Findings;
}

/** One pass that types the layout's pieces as blocks and notes what it found. */
export interface Pass {
  readonly name: string;
  readonly run: (context: PassContext) => void;
}

/**
 * The normaliser's block passes, in the order they run: the one list. Before them,
 * `01-paragraphs` and `02-header` turn the input into paragraphs and `layout.ts` lays them out;
 * after them, `12-published`, `13-outlet` and `14-language` read the metadata (`build.ts` runs
 * the three steps). Each numbered file holds its pass and its helpers.
 */
export const PASSES: readonly Pass[] = Object.freeze([
  { name: 'furniture', run: ({ layout, rules, found }) => furniture(layout, rules, found) },
  { name: 'dateline', run: ({ layout, rules, found }) => dateline(layout, rules, found) },
  { name: 'credits', run: ({ layout, rules, found }) => credits(layout, rules, found) },
  { name: 'bylines', run: ({ layout, rules, found }) => bylines(layout, rules, found) },
  { name: 'date-lines', run: ({ layout, rules, found }) => dateLines(layout, rules, found) },
  { name: 'repeats', run: ({ layout, found }) => repeats(layout, found) },
  // The head ends where the body begins: everything after it is body.
  { name: 'head-and-body', run: ({ layout, rules, found }) => body(layout, head(layout, rules, found)) },
] satisfies Pass[]);
