import type { Modality } from '../model/index.js';
import type {
  ArticleDetail,
  ArticlePage,
  ClaimView,
  ConflictView,
  EntityDetail,
  EntitySummary,
  Page,
  SearchHit,
  SeriesView,
  StorySummary,
  TimelineEntryView,
} from './views.js';

/** Which claims a query covers; every field narrows, none means the whole store. */
export interface ClaimFilter {
  readonly story?: string;
  /** A canonical entity id, or a name or alias (case-insensitive). */
  readonly entity?: string;
  /** The speaker's canonical entity id or name. */
  readonly source?: string;
  readonly outlet?: string;
  readonly modality?: Modality;
  /** ISO dates (inclusive) bounding the time a claim refers to (else when it was published). */
  readonly from?: string;
  readonly to?: string;
}

export interface PageRequest {
  readonly offset?: number;
  readonly limit?: number;
}

export interface ArticlePageRequest extends PageRequest {
  /** The `next` of the page before (opaque); when given, `offset` is not used. */
  readonly cursor?: string;
}

export interface SearchFilter extends PageRequest {
  readonly entity?: string;
  readonly outlet?: string;
  readonly story?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * The read side of the engine: what the CLI (`stories`, `timeline`, `series`, `conflicts`,
 * `entities`, `search`, `export`), the HTTP API and the web UI all call. Every result is plain
 * data from `views.ts`. Unknown ids resolve to null (or an empty page), never throw.
 */
export interface Queries {
  stories(page?: PageRequest): Promise<Page<StorySummary>>;
  story(id: string): Promise<StorySummary | null>;
  /** Claims ordered by the time they refer to; the same event from several articles is one entry. */
  timeline(filter?: ClaimFilter): Promise<readonly TimelineEntryView[]>;
  /**
   * A page of `timeline(filter)`. A whole story's (see `isWholeStory`) is read from the view the
   * ledger keeps, only the page's entries; any other filter's timeline is built whole and cut.
   * The whole store's (an empty filter) is read from the store page by page, as a busy server
   * serves it: every stored claim its own entry in the order of the time it refers to (by
   * `Store.claimOrder`); unlike `timeline()` no entry merges reports of one event nor marks
   * conflicts — that needs every claim, which a story or a filter bounds and the whole store does not.
   */
  timelinePage(filter: ClaimFilter, page?: PageRequest): Promise<Page<TimelineEntryView>>;
  /** Measures with their points over time; `measure` matches a measure key or label (substring). */
  series(measure?: string, filter?: ClaimFilter): Promise<readonly SeriesView[]>;
  /** A page of `series(measure, filter)`: a whole story's, without a measure, read as `timelinePage` reads. */
  seriesPage(measure: string | undefined, filter: ClaimFilter, page?: PageRequest): Promise<Page<SeriesView>>;
  conflicts(filter?: ClaimFilter): Promise<readonly ConflictView[]>;
  /** A page of `conflicts(filter)`: a whole story's read as `timelinePage` reads. */
  conflictsPage(filter: ClaimFilter, page?: PageRequest): Promise<Page<ConflictView>>;
  claims(filter?: ClaimFilter, page?: PageRequest): Promise<Page<ClaimView>>;
  entities(query?: string, page?: PageRequest): Promise<Page<EntitySummary>>;
  entity(idOrName: string): Promise<EntityDetail | null>;
  /**
   * Stored articles in storage order: from `cursor` (the `next` of the page before: a deep page
   * costs what the first does), else after `offset`; `next` is the cursor of the page after.
   */
  articles(page?: ArticlePageRequest): Promise<ArticlePage>;
  article(id: string): Promise<ArticleDetail | null>;
  search(query: string, filter?: SearchFilter): Promise<Page<SearchHit>>;
}
