import type { Annotation, Span } from './span.js';
import type { EntityType } from './entities.js';
import type { TimeRef } from './times.js';

/**
 * Who a statement is attributed to: an entity of the article (with its id), or an unnamed
 * group ("defectors", "multiple South Korean press reports") with type 'group'.
 */
export interface SourceRef {
  readonly name: string;
  readonly type: EntityType;
  readonly entity?: string;
  /** The words that name the source at this point ("the Russian official"). */
  readonly span: Span;
  /**
   * How the name was found: from an entity of the entities stage, from an earlier speaker of the
   * article (a pronoun, "the Russian official", a bare surname), or from the words themselves.
   */
  readonly how?: 'entity' | 'earlier-speaker' | 'phrase';
}

/** What a cue reports: speech, writing, a belief or expectation, an intention or decision. */
export type CueClass = 'speech' | 'written' | 'cognitive' | 'intention';

/**
 * What an attribution gives of its source when it is not a statement: a belief, expectation or
 * perception held ("analysts expect", "he believes") or an intention, wish or decision ("the
 * company plans to", "she decided to"). Such records say what a source thinks or means to do,
 * not what it said: they are no quotes (quote views and quote scores leave them out) but are
 * kept, beside statements, for who-thinks-what and for plans.
 */
export type Stance = 'belief' | 'intention';

/** The words that signal the attribution ("told reporters", "according to", "said"). */
export interface Cue {
  readonly text: string;
  readonly span: Span;
  readonly lemma: string;
  /**
   * What the cue reports: speech ("said"), writing ("reported", "according to"), a belief or
   * expectation ("experts suspect") — a claim built on a cognitive cue is hedged — or an
   * intention, a wish or a decision ("plans to", "wants", "decided to") — a claim built on one
   * is planned.
   */
  readonly class?: CueClass;
  /** A negated cue ("did not say how many", "without specifying"): the content was not said. */
  readonly negated?: boolean;
}

/**
 * The statement, report, speech or letter a source spoke through: "said in a statement", "wrote
 * in a report", "In his speech, the Prime Minister applauded …". `owner` is set when other words
 * than the source's name its maker (the possessor "his").
 */
export interface Medium {
  readonly text: string;
  readonly span: Span;
  readonly owner?: Span;
}

/** One hop of a chain: a source and the cue that attributes the next hop (or the content) to it. */
export interface ChainLink {
  readonly source: SourceRef;
  readonly cue: Cue;
  readonly rule: string;
}

/**
 * A statement attributed to a source. `kind` is its form: a direct quote, indirect (reported)
 * speech, or mixed (indirect with a quoted fragment). `chain` runs from the outermost carrier to
 * the speaker, so "Ria Novosti reported ... Topilin told reporters ..." is
 * `[RIA Novosti/reported, Topilin/told reporters]` and `source` is its last link's source.
 */
export interface Attribution extends Annotation<'direct' | 'indirect' | 'mixed'> {
  readonly id: string;
  readonly source: SourceRef;
  readonly cue: Cue;
  /**
   * What was said, trimmed of the cue, "that" and closing punctuation. For a direct quote in
   * several parts (“…,” X said. “…”) `text` joins the parts' words and `span` runs from the
   * first part to the last; `quotes` gives each part.
   */
  readonly content: { readonly text: string; readonly span: Span };
  readonly chain: readonly ChainLink[];
  /** Quoted fragments inside the content (direct quotes and mixed attributions). */
  readonly quotes?: readonly Span[];
  /** When it was said, where the text says so ("said on Wednesday", "In November ... had said"). */
  readonly said?: TimeRef;
  /** Set when the record is a belief or an intention rather than a statement (see `Stance`). */
  readonly stance?: Stance;
  /** What the speaker spoke through ("in a statement"), when the text names it (see `Medium`). */
  readonly medium?: Medium;
}

/** The stance a cue class gives a record: none for speech and writing. */
export function stanceOf(cls: CueClass | undefined): Stance | undefined {
  return cls === 'cognitive' ? 'belief' : cls === 'intention' ? 'intention' : undefined;
}

/**
 * True when an attribution reports a statement (said or written) — a quote or a paraphrase —
 * rather than a belief or an intention.
 *
 * @example attributions.filter(isStatement)
 */
export function isStatement(a: Pick<Attribution, 'stance'>): boolean {
  return a.stance === undefined;
}
