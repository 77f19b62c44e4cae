import type { Claim, DatePrecision, Quantity, Span, TimeRef } from '../model/index.js';

/** What the cross-article stages need to know of the article a record came from. */
export interface ArticleRef {
  readonly id: string;
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly precision: DatePrecision | null;
  /**
   * True when the date is a guess from the article's story (no date in or on the text, nor a
   * mirror's original): the day that fits best among several, not a day the text gives.
   */
  readonly estimated?: boolean;
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
  /**
   * Where the claim's words say it happens: ISO codes of the countries named in its content
   * (a place, or a group or body of one), and "abroad" for "abroad", "overseas". Absent when unknown.
   */
  readonly places?: readonly string[];
  /** Content words (lower-cased lemmas, no stop words, no time words) for similarity. */
  readonly terms: readonly string[];
  /** The lemmas of its verbs and common nouns: the words that can name an act ("drill", "release"). */
  readonly acts: readonly string[];
}

/**
 * What a measure is made of: the unit ('count', 'share', a currency, 'acre'...), the class of
 * what is counted ("people", "home", "case"), what happened to it ("killed", "trapped"), the
 * nationality named with it, where (an ISO country code, a region, an event, a facility), how it
 * relates to time (`aspect`) and the modifiers that narrow it ("illegal", "more"). Unknown parts
 * are null; two measures are one series when every part agrees.
 */
export interface MeasureParts {
  readonly unit: string;
  readonly counted: string | null;
  readonly state: string | null;
  readonly nationality: string | null;
  readonly place: string | null;
  readonly aspect: Aspect;
  /** Narrowing modifiers joined with '+', or ''. */
  readonly narrowing: string;
}

/**
 * A value of a measure at a time, from one claim: what a series is made of.
 * `measure` is the key of the measure's parts ("count|people|trapped|?|IN|stock|").
 */
export interface SeriesPoint {
  readonly kind: 'point';
  readonly measure: string;
  readonly parts: MeasureParts;
  readonly label: string;
  /** The counted noun as written ("labourers"), for labels. */
  readonly noun: string | null;
  /** The place as written, also a local one that is not part of the measure ("Uttarakhand"). */
  readonly placeText: string | null;
  /** Why the figure has this measure, in words: one reason per part that was decided. */
  readonly reasons: readonly string[];
  /**
   * The countries its short place name may be ("Congo" → both Congos) when its article names none
   * of them in full: the selection's other articles may tell which (`completeMeasures`).
   */
  readonly placeCandidates?: readonly string[];
  /** Set when its place is an event its words name ("in the Camp Fire"), not a country or region. */
  readonly placeIsEvent?: true;
  /**
   * Set when its place is its speaker's country ("according to Qatar's foreign ministry"), not one
   * its words name: kept only where the selection's figures are (`completeMeasures`).
   */
  readonly placeBySpeaker?: true;
  /** Set when its claim is a plan ("aims to vaccinate 2.5 million people using 3.5 million doses"). */
  readonly planned?: true;
  /** Parts its words leave unsaid, taken from the one measure that says them (`completeMeasures`). */
  readonly unsaid?: readonly (keyof MeasureParts)[];
  /** A definition the figure is given under ("suspected", "confirmed"), when the text says. */
  readonly definition: string | null;
  /** The measure without its aspect: points of one family can contradict each other. */
  readonly family: string;
  readonly aspect: Aspect;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly unit: string;
  /** The quantity's vague word ("dozens", "almost all"), when it is one. */
  readonly vague: string | null;
  readonly time: TimeRef | null;
  /** 'before': the earlier value of a change ("declined from 34,000"), known only to precede `time`. */
  readonly timeIs: 'at' | 'before';
  readonly claimKey: string;
  readonly quantityId: string;
  readonly text: string;
  readonly span: Span;
  readonly rule: string;
  /**
   * The measure before its place was taken from the country most figures of the selection name
   * (`completeMeasures`): a guess good enough to show one series, too weak to hold figures
   * against each other.
   */
  readonly unplaced?: { readonly measure: string; readonly parts: MeasureParts };
}

/**
 * How a figure relates to time and place: a count present (stock), a movement in or out, a
 * sighting at one place (not the number in the country), or a share of a whole.
 */
export type Aspect = 'stock' | 'entering' | 'leaving' | 'sighting' | 'share';
