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

/** The words that signal the attribution ("told reporters", "according to", "said"). */
export interface Cue {
  readonly text: string;
  readonly span: Span;
  readonly lemma: string;
  /**
   * What the cue reports: speech ("said"), writing ("reported", "according to") or a belief or
   * expectation ("experts suspect") — a claim built on a cognitive cue is hedged.
   */
  readonly class?: 'speech' | 'written' | 'cognitive';
  /** A negated cue ("did not say how many", "without specifying"): the content was not said. */
  readonly negated?: boolean;
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
}
