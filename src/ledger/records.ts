import type { Claim, DatePrecision, Quantity, TimeRef } from '../model/index.js';

/** What the cross-article stages need to know of the article a record came from. */
export interface ArticleRef {
  readonly id: string;
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly precision: DatePrecision | null;
  /** The id of the original this article mirrors, or its own id: claims in one group count once. */
  readonly mirrorGroup: string;
}

/**
 * A claim in its cross-article context: its article, the quantities it carries, and who stands
 * behind it as keys that compare across articles (`speaker` is a canonical entity key or a
 * normalised name; null when the outlet speaks in its own voice).
 */
export interface LedgerClaim {
  readonly key: string;
  readonly article: ArticleRef;
  readonly claim: Claim;
  readonly quantities: readonly Quantity[];
  readonly speaker: string | null;
  readonly speakerName: string;
  /** ISO code of the country the speaker speaks for, when the speaker is a country or its government. */
  readonly speakerCountry: string | null;
  readonly carriers: readonly string[];
  /** Canonical keys of the entities the claim is about. */
  readonly about: readonly string[];
  /** Content words (lower-cased lemmas, no stop words, no time words) for similarity. */
  readonly terms: readonly string[];
}

/**
 * A value of a measure at a time, from one claim: what a series is made of.
 * `measure` is the key of what is counted and where ("KP|worker|RU|stock").
 */
export interface SeriesPoint {
  readonly kind: 'point';
  readonly measure: string;
  readonly label: string;
  /** The measure without its flow/stock aspect: points of one family can contradict each other. */
  readonly family: string;
  readonly aspect: Aspect;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly unit: string;
  readonly time: TimeRef | null;
  /** 'before': the earlier value of a change ("declined from 34,000"), known only to precede `time`. */
  readonly timeIs: 'at' | 'before';
  readonly claimKey: string;
  readonly quantityId: string;
  readonly text: string;
  readonly rule: string;
}

/** Whether a count is of people present (stock) or of a movement (flow in or out). */
export type Aspect = 'stock' | 'entering' | 'leaving' | 'share';
