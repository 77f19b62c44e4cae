import type { DatePrecision, Fetched, Modality, Span, TimeRef } from '../model/index.js';
import type { ConflictType } from '../ledger/conflicts/conflict.js';

export type { ConflictType, DatePrecision, Fetched, Modality, Span, TimeRef };

/**
 * The JSON shapes the engine's queries return: what `claimline ... --json`, the HTTP API and the
 * web UI all read. Plain data, no methods; spans index into the article's text.
 */

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly precision: DatePrecision | null;
  readonly source: string;
  readonly language: string;
  /** The article this one mirrors (near-duplicate of), when it is a copy. */
  readonly mirrorOf: string | null;
}

export interface SourceView {
  readonly key: string;
  readonly name: string;
}

export interface QuantityView {
  readonly id: string;
  readonly text: string;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly unit: string;
  readonly counted: string | null;
}

/** A claim with everything needed to show it and to open its evidence. */
export interface ClaimView {
  readonly key: string;
  readonly articleId: string;
  readonly text: string;
  readonly span: Span;
  /** The sentence(s) the claim came from, for context. */
  readonly sentence: { readonly text: string; readonly span: Span };
  readonly speaker: SourceView | null;
  /** Carriers from the outermost to the one nearest the speaker ("RIA Novosti"). */
  readonly carriers: readonly string[];
  readonly outlet: string | null;
  /** Who speaks in the article's own voice: its outlet, else its site ("sacbee.com"), else its quoted title, else "the article". */
  readonly voice: string;
  readonly published: string | null;
  /** The article's headline and address (its URL when it has one), for exports and citations. */
  readonly title: string | null;
  readonly url: string | null;
  readonly modality: Modality;
  readonly times: { readonly said: TimeRef | null; readonly refers: TimeRef | null };
  readonly deadline: TimeRef | null;
  readonly quantities: readonly QuantityView[];
  readonly stage: string;
  readonly rule: string;
}

/**
 * What a series shows of a point's claim: its words, who said it through whom, where and when,
 * and the way to its evidence (`articleId`, `key`); the sentence, times and quantities are on
 * the article's page.
 */
export type ClaimBrief = Pick<
  ClaimView,
  | 'key'
  | 'articleId'
  | 'text'
  | 'speaker'
  | 'carriers'
  | 'outlet'
  | 'voice'
  | 'published'
  | 'title'
  | 'url'
  | 'modality'
>;

export interface TimelineEntryView {
  readonly time: TimeRef | null;
  readonly text: string;
  readonly modality: Modality;
  readonly speaker: string;
  readonly claims: readonly ClaimView[];
  readonly firstReported: { readonly outlet: string | null; readonly published: string | null };
  readonly repeatedBy: readonly string[];
  /** Ids of conflicts that involve any claim of this entry. */
  readonly conflicts: readonly string[];
}

export interface SeriesPointView {
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly unit: string;
  readonly text: string;
  readonly time: TimeRef | null;
  readonly timeIs: 'at' | 'before';
  /** Why the figure has this measure, in words. */
  readonly reasons: readonly string[];
  /** Outlets whose copies of the same article give the same figure (one point, not several). */
  readonly repeatedBy: readonly string[];
  /** The key of the point's claim in its series' `claims`. */
  readonly claim: string;
  readonly conflicts: readonly string[];
}

export interface SeriesView {
  readonly measure: string;
  readonly label: string;
  /** Why these figures are one measure: the nouns, states and places that joined, in words. */
  readonly reasons: readonly string[];
  readonly outlets: readonly string[];
  readonly points: readonly SeriesPointView[];
  /**
   * The claims of the points, each once, by key: a claim that gives several figures (a change
   * "from 34,000 to about 11,000") is not repeated with each.
   */
  readonly claims: Readonly<Record<string, ClaimBrief>>;
}

export interface ConflictView {
  readonly id: string;
  readonly type: ConflictType;
  readonly reason: string;
  /** A user's latest verdict: "wrong" (not a conflict; it then marks no claim) or "confirmed". */
  readonly decision: {
    readonly verdict: 'wrong' | 'confirmed';
    readonly note: string | null;
    readonly decidedAt: string;
  } | null;
  readonly measure: string | null;
  readonly claims: readonly ClaimView[];
  readonly rule: string;
}

export interface StorySummary {
  readonly id: string;
  readonly label: string;
  readonly articles: number;
  readonly outlets: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
}

export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly articles: number;
  readonly mentions: number;
}

/** What a user's merge or split of entities did: in words, and the entities it leaves. */
export interface EntityChangeView {
  /** False when nothing changed (already one entity, nothing in that article); `summary` says why. */
  readonly changed: boolean;
  readonly summary: string;
  /** The entity a merge made, or the two a split left. */
  readonly entities: readonly EntitySummary[];
}

export interface RoleView {
  readonly title: string;
  readonly affiliation: string | null;
  readonly first: string | null;
  readonly last: string | null;
  readonly articles: number;
}

export interface EntityDetail extends EntitySummary {
  readonly roles: readonly RoleView[];
  /** Why each alias belongs here: the rule and evidence of every merge. */
  readonly merges: readonly { readonly alias: string; readonly rule: string; readonly evidence: string }[];
  /** What this entity said, ordered by when it refers to. */
  readonly statements: readonly ClaimView[];
}

/** A search hit's snippet as segments, so no markup ever travels: `match` marks the query's words. */
export interface SearchHit {
  readonly article: ArticleSummary;
  readonly snippet: readonly { readonly text: string; readonly match: boolean }[];
  readonly score: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/** An article with its text and every layer, for the article page (spans index `text`). */
export interface ArticleDetail {
  readonly summary: ArticleSummary;
  readonly story: string | null;
  /** The JSON of `claimline extract --json` for this article (text, blocks, sentences, layers). */
  readonly layers: Readonly<Record<string, unknown>>;
  /** This article's claims as ledger claims (keys match `ClaimView.key` elsewhere). */
  readonly claims: readonly ClaimView[];
  /** How the page was fetched, when the article came from a URL: its evidence. */
  readonly fetched: Fetched | null;
}
