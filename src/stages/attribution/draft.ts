import type { Span } from '../../model/index.js';
import type { CarrierRule, FrameRule } from './data/rules.js';
import type { CueClass, CueFrames } from './lexicon.js';
import type { Phrase } from './phrases.js';

/** The cue words of a unit by token range, with their lemma and lexicon rule. */
export interface CueWords {
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly class: CueClass;
  readonly rule: string;
  /** An -ing form ("adding", "saying"). */
  readonly participle?: boolean;
  /** What the cue allows around it (a noun phrase or "to" as content, a hearer ...). */
  readonly frames?: CueFrames;
  /** "did not say", "without specifying": the content was not said. */
  readonly negated?: boolean;
}

/** An outlet or report a statement came through ("in an interview with Interfax"). */
export interface CarrierDraft {
  readonly phrase: Phrase;
  readonly cue: CueWords;
  readonly rule: CarrierRule;
}

/** The noun of what a speaker spoke through ("in a statement"), and its possessor ("his speech"). */
export interface MediumDraft {
  readonly noun: number;
  readonly owner: Phrase | null;
}

/**
 * A speaker unit: the source, the cue and what hangs on the cue (the hearer, adjuncts, carriers),
 * before the content is placed. `start`/`end` cover all of it, as token indices.
 *
 * - `sv`: source before the cue ("Ilichev said", "the official told reporters").
 * - `vs`: source after the cue ("said Zakharova", "said the source in an interview with RFA").
 * - `intro`: a phrase that introduces the source ("according to X", "citing X").
 * - `as-saying`: "Y cited X as saying", "X was quoted [by Y] as saying".
 * - `bare`: no source of its own; it takes one from the unit before ("..., adding that",
 *   "but said").
 */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly form: 'sv' | 'vs' | 'intro' | 'as-saying' | 'bare';
  readonly source: Phrase | null;
  readonly cue: CueWords;
  readonly carriers: readonly CarrierDraft[];
  /** Indices into `article.times` of the times among the cue's adjuncts ("said on Wednesday"). */
  readonly times: readonly number[];
  readonly sentence: number;
  /** "said in a statement", "In his speech, …": what the source spoke through. */
  readonly medium?: MediumDraft;
}

/**
 * An attribution being built: a unit with its content placed. `parts` are quote part indices
 * (the words of a direct quote, or the quoted fragments of mixed content); `carriedBy` holds the
 * units of outer attributions folded in by the chain pass, outermost first.
 */
export interface Draft {
  readonly rule: FrameRule;
  unit: Unit;
  content: Span;
  readonly direct: boolean;
  parts: number[];
  /** The draft whose source this one takes (continuations, "adding that", "but said"). */
  inherit: Draft | null;
  carriedBy: Unit[];
  /** Times in the sentence's lead before an `sv` unit ("In November, ... had said"). */
  leadTimes: number[];
  /** Times of the carriers folded into this draft ("Ria Novosti reported this week ..."). */
  carrierTimes: number[];
  confidence: number;
  dropped: boolean;
}
