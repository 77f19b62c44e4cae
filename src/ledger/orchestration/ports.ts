import type { Article } from '../../model/index.js';
import type { ConflictVerdictLog } from '../conflicts/verdicts.js';
import type { CanonicalEntity, EntityMerge } from '../entities/types.js';
import type { LedgerIndexes } from '../ledger-linker.js';
import type { StoryMerge } from '../stories/types.js';

/**
 * What the cross-article layer needs from a store backend (SQLite, PostgreSQL, memory): the
 * three indexes the linker works over, a log of which stored articles are linked, the read
 * queries of the ledger's views, and transactions. Everything is asynchronous so that a
 * networked database fits; no SQL crosses this line. The ledger's orchestration
 * (`createLedger`) is written once over it.
 */
export interface LedgerBackend {
  /** The indexes outside any transaction (reads). */
  readonly indexes: LedgerIndexes;
  readonly log: LinkLog;
  readonly views: LedgerViews;
  /** Users' verdicts on conflicts, append-only: a rebuild keeps them (conflicts are read anew). */
  readonly verdicts: ConflictVerdictLog;
  /** Stories' views as last computed (outside any transaction: a read stores what it computed). */
  readonly stored: StoredViews;
  /** The stored article by id, as `Store.get` gives it. */
  readonly article: (id: string) => Promise<Article | null>;
  /**
   * The link features stored with an article (JSON, see `LinkFeatures`), when its writer derived
   * them; null otherwise (then the linker derives them from the article).
   */
  readonly linkFeatures: (id: string) => Promise<string | null>;
  /**
   * Runs `work` in one transaction: its writes land together or not at all (a backend that cannot
   * roll back, the memory one, says so with `atomic: false`). The indexes given to `work` are
   * bound to the transaction; use no others inside it.
   */
  readonly transaction: <T>(work: (tx: LedgerTransaction) => Promise<T>) => Promise<T>;
  /**
   * One linking run at a time over this store, across processes where the backend allows
   * several writers (an advisory lock on PostgreSQL, a promise chain in one process).
   */
  readonly exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** True for an error of the database itself (as opposed to one of the ledger's own code). */
  readonly isDatabaseError: (error: unknown) => boolean;
  readonly atomic: boolean;
}

/** A transaction of a backend: indexes, link log and views bound to it, and nested savepoints. */
export interface LedgerTransaction {
  readonly indexes: LedgerIndexes;
  readonly log: LinkLog;
  readonly views: LedgerViews;
  readonly stored: StoredViews;
  /** Runs `work` in a savepoint: when it throws, only its own writes are undone (and it rethrows). */
  readonly savepoint: <T>(work: () => Promise<T>) => Promise<T>;
  /** Forgets every link (not the users' decisions): the first step of a rebuild. */
  readonly clear: () => Promise<void>;
}

/**
 * A stored article waiting to be linked: its row (`n`, the store's row number), its id, and its
 * place in the link order (`seq`, counted on from the articles already logged), which the linker
 * takes as the article's arrival order.
 */
export interface PendingArticle {
  readonly n: number;
  readonly id: string;
  readonly seq: number;
}

/** Which stored articles are linked, and how it went. */
export interface LinkLog {
  /**
   * Every stored article not linked yet, in the canonical link order — publication date, undated
   * last, then id — not in the order they arrived: the same articles stored in any order give the
   * same mirrors, entities and stories, with the same ids.
   */
  readonly pending: () => Promise<readonly PendingArticle[]>;
  readonly pendingCount: () => Promise<number>;
  /** Whether the article of row `n` is logged (another process may have linked it meanwhile). */
  readonly logged: (n: number) => Promise<boolean>;
  /** Records that every article up to row `n` is logged, so that later runs look only past it. */
  readonly settle: (n: number) => Promise<void>;
  /** Records the outcome of linking one article (inside the transaction that linked it). */
  readonly mark: (
    article: PendingArticle,
    status: 'linked' | 'failed',
    detail: string | null,
  ) => Promise<void>;
  readonly counts: () => Promise<{ readonly linked: number; readonly failed: number }>;
  /** Articles whose linking failed, with the reason, in arrival order. */
  readonly failures: (
    limit: number,
  ) => Promise<readonly { readonly article: string; readonly reason: string }[]>;
}

/** A story's row as the views read it. */
export interface StoryRow {
  readonly id: string;
  readonly label: string;
  readonly size: number;
  readonly mirrors: number;
  readonly mergedInto: string | null;
}

/** A member of a story with what the story's view shows of it. */
export interface MemberRow {
  readonly article: string;
  readonly published: string | null;
  readonly outlet: string | null;
}

/** The read queries behind the ledger's views: each one indexed statement (or a few) on a database. */
export interface LedgerViews {
  readonly storyRow: (id: string) => Promise<StoryRow | undefined>;
  /** Members in the order they joined, with their publication date and outlet. */
  readonly storyMembers: (id: string) => Promise<readonly MemberRow[]>;
  /** Merges into this story and, recursively, into the stories merged into it, in order. */
  readonly storyMerges: (id: string) => Promise<readonly StoryMerge[]>;
  /** Live stories, largest first, then most recently updated. */
  readonly storyPage: (
    limit: number,
    offset: number,
  ) => Promise<{ readonly ids: readonly string[]; readonly total: number }>;
  /** The entity an entity was merged into; null when live, undefined when unknown. */
  readonly entityMergedInto: (id: string) => Promise<string | null | undefined>;
  /** Distinct articles and mentions over the units linked to an entity. */
  readonly attested: (id: string) => Promise<{ readonly articles: number; readonly mentions: number }>;
  /** Merges into this entity and, recursively, into the entities merged into it, in order. */
  readonly entityMerges: (id: string) => Promise<readonly EntityMerge[]>;
  /** Live entities, most units first. */
  readonly entityPage: (
    limit: number,
    offset: number,
  ) => Promise<{ readonly items: readonly CanonicalEntity[]; readonly total: number }>;
  /**
   * Ids of the entities with a unit filed under this folded name (see `nameKeys`): exactly, or
   * every name starting with it (at most `scan` names read).
   */
  readonly entitiesNamed: (
    folded: string,
    match: { readonly prefix: boolean; readonly scan: number },
  ) => Promise<readonly string[]>;
  readonly counts: () => Promise<{
    readonly stories: number;
    readonly mirrors: number;
    readonly entities: number;
  }>;
}

/** Posting caps: the most items one key keeps in each index (what bounds linking). */
export interface LedgerCaps {
  readonly mirrors: number;
  readonly entities: number;
  readonly stories: number;
}

/**
 * What the ledger tells a backend when it asks for its indexes: the caps, and how to derive the
 * search keys of a unit's names (so that `entitiesNamed` answers what the ledger means by a name).
 */
export interface LedgerConfig {
  readonly caps: LedgerCaps;
  readonly nameKeys: (names: readonly string[]) => string[];
}

/**
 * Makes a story's kept views (kind → items, each one JSON text) from what is stored now: the
 * read side's builders, handed to the ledger so that linking keeps every touched story's views
 * current and a read never builds one.
 */
export type StoryViewMaker = (
  story: string,
  /**
   * The articles whose links (mirror group, canonical entities) moved since the maker last made
   * a view; null when that is not known (anything may have moved).
   */
  moved: ReadonlySet<string> | null,
) => Promise<ReadonlyMap<string, readonly string[]>>;

/** What the ledger is opened over: a store that can give its backend for a config. */
export interface LedgerSource {
  readonly ledgerBackend: (config: LedgerConfig) => Promise<LedgerBackend>;
}

/** Which items of a kept view to read: `limit` of them from `offset` (in the view's order). */
export interface ViewRange {
  readonly offset: number;
  readonly limit: number;
}

/** Items of a kept view (each one JSON text), and how many the whole view holds. */
export interface StoredView {
  readonly items: readonly string[];
  readonly total: number;
}

/**
 * Stories' views (a timeline, …) as last computed, kept until a write changes the story's inputs.
 * A view is a list kept item by item, so that a page of it reads only its own items. Every
 * `stale` moves the epoch on; `put` stores a view only when the epoch is still the one read
 * before it was computed, so a view computed from inputs a write changed meanwhile is never kept.
 */
export interface StoredViews {
  /** How many times views were made stale. */
  readonly epoch: () => Promise<number>;
  /**
   * The view's items in `range` (every item without one) and its size, read as one snapshot;
   * null when none is kept (never computed, or made stale since).
   */
  readonly get: (story: string, kind: string, range?: ViewRange) => Promise<StoredView | null>;
  /**
   * The whole views of `kind` kept for these stories, by story, read as one snapshot (one
   * statement): a story with none kept is absent. What `get` gives each, for a page of stories.
   */
  readonly getMany: (stories: readonly string[], kind: string) => Promise<ReadonlyMap<string, StoredView>>;
  /** Stores a view computed from what was stored at `epoch`; nothing when the epoch moved since. */
  readonly put: (story: string, kind: string, items: readonly string[], epoch: number) => Promise<void>;
  /** Forgets the views of these stories (every story's: null) and moves the epoch on. */
  readonly stale: (stories: readonly string[] | null) => Promise<void>;
}
