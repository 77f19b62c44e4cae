import type { Span } from '../../model/index.js';
import { applyModifiers, modifiers } from './03-modifiers.js';
import type { Modifiers } from './03-modifiers.js';
import { durationRangeStarts, merges, mergeRelativeYears } from './04-merges.js';
import type { Merges } from './04-merges.js';
import { composites } from './06-composites.js';
import { attachSignals, signalWords } from './07-signals.js';
import type { Atom } from './reading.js';
import type { PhraseLexicon, TokenView } from './token-view.js';
import type { TimeWords } from './time-words.js';

/** What the passes look words up in: built once per configured stage. */
export interface PassTools {
  readonly modifiers: Modifiers;
  readonly merges: Merges;
  readonly signals: PhraseLexicon<string>;
}

/** Builds the passes' tools from the stage's time words. */
export function passTools(words: TimeWords): PassTools {
  return Object.freeze({ modifiers: modifiers(), merges: merges(words), signals: signalWords() });
}

/** What a pass reads: the tools, the article's text, one sentence and its tokens. */
export interface PassContext {
  readonly tools: PassTools;
  readonly text: string;
  readonly sentence: Span;
  readonly view: TokenView;
}

/** One pass over a sentence's atoms: it returns them modified, merged or annotated, in text order. */
export interface Pass {
  readonly name: string;
  readonly run: (context: PassContext, atoms: readonly Atom[]) => Atom[];
}

/**
 * The times stage's passes over a sentence's atoms, in the order they run: the one list. Before
 * them, `01-triggers` picks the tokens worth a rule and `02-atoms` matches the rules; after them,
 * `08-direction` reads the tense a relative expression needs and `09-records` resolves and emits
 * (`index.ts` runs the three steps). Each numbered file holds its pass and its helpers.
 */
export const PASSES: readonly Pass[] = Object.freeze([
  {
    name: 'modifiers',
    run: ({ tools, text, sentence, view }, atoms) =>
      applyModifiers(tools.modifiers, text, sentence, atoms, view),
  },
  { name: 'relative-years', run: ({ text }, atoms) => mergeRelativeYears(text, atoms) },
  {
    name: 'duration-range-starts',
    run: ({ tools, text, sentence }, atoms) => durationRangeStarts(tools.merges, text, sentence, atoms),
  },
  {
    name: 'composites',
    run: ({ text, sentence, view }, atoms) => composites(text, sentence, atoms, view),
  },
  {
    name: 'signals',
    run: ({ tools, text, sentence, view }, atoms) =>
      attachSignals(tools.signals, text, sentence, atoms, view),
  },
] satisfies Pass[]);
