import type {
  CanonicalEntity,
  EntityDecision,
  EntityLink,
  EntityMerge,
  EntityUnit,
  LedgerLinker,
  MirrorLink,
  StoryMerge,
} from '../ledger/index.js';

/** A developing story as the read side shows it. */
export interface LedgerStory {
  readonly id: string;
  readonly label: string;
  /** Member article ids in the order they joined (mirrors included). */
  readonly members: readonly string[];
  /** Members that joined as mirrors of another member. */
  readonly mirrors: number;
  /** Distinct outlets of the members, most frequent first. */
  readonly outlets: readonly string[];
  /** Earliest and latest publication date of the members (ISO at their precision); null when none is dated. */
  readonly first: string | null;
  readonly last: string | null;
  /** Stories merged into this one, with the article that bridged them and why. */
  readonly merged: readonly StoryMerge[];
}

/** A canonical entity with how widely it is attested. */
export interface LedgerEntity {
  readonly entity: CanonicalEntity;
  /** Distinct articles with a unit linked to it. */
  readonly articles: number;
  /** Mentions over all its units. */
  readonly mentions: number;
}

/** One unit of an entity (an article's entity, or a part carved from one) and why it is linked. */
export interface LedgerUnit {
  readonly unit: EntityUnit;
  readonly link: EntityLink;
}

/** Everything that explains a canonical entity: its units with their links, merges and decisions. */
export interface LedgerEntityDetail extends LedgerEntity {
  readonly units: readonly LedgerUnit[];
  /** Merges into this entity (and into the entities merged into it), in the order they happened. */
  readonly merges: readonly EntityMerge[];
  /** Users' decisions that name one of its units. */
  readonly decisions: readonly EntityDecision[];
}

/** A page of entities. */
export interface LedgerEntityPage {
  readonly items: readonly LedgerEntity[];
  readonly total: number;
}

/** What a user's merge or split did, in words and ids. */
export interface LedgerChange {
  /** False when nothing changed (unknown entity, already one, nothing to split); `summary` says why. */
  readonly changed: boolean;
  readonly summary: string;
  /** The decision recorded (replayed on every rebuild); null when nothing was recorded. */
  readonly decision: EntityDecision | null;
  /** Canonical entities after the change: the merged one, or the two sides of a split. */
  readonly entities: readonly CanonicalEntity[];
}

/** Counts of the cross-article layer. */
export interface LedgerStats {
  readonly linked: number;
  /** Stored articles not linked yet. */
  readonly pending: number;
  /** Articles whose linking failed (recorded, skipped; see `failures`). */
  readonly failed: number;
  readonly stories: number;
  /** Articles linked as mirrors of another. */
  readonly mirrors: number;
  readonly entities: number;
}

/**
 * The cross-article layer over a store: mirrors, canonical entities and stories, kept in the
 * store's own tables and updated incrementally. Reads are synchronous and cheap (indexed look-ups);
 * the writes (`linkPending`, `merge`, `split`) are asynchronous so that a networked backend fits.
 *
 * @example const ledger = await store.ledger(); await ledger.linkPending(); ledger.storyOf(id)
 */
export interface StoreLedger {
  /** The linker over the store's persistent indexes (entity merge/split go through `linker.entities`). */
  readonly linker: LedgerLinker;
  /**
   * Links every stored article not linked yet, in arrival order, each in one transaction with its
   * index writes (a kill mid-way loses nothing; re-running completes it). Returns how many.
   */
  linkPending(onLinked?: (done: number, total: number) => void): Promise<number>;
  /** Stored articles not linked yet. */
  pending(): number;
  /** The mirror group (original's id) of an article: claims of one group count as one source. */
  groupOf(article: string): string;
  /** The link of an article that mirrors another; null for originals and unknown ids. */
  mirrorOf(article: string): MirrorLink | null;
  /** Articles linked as mirrors of this original. */
  mirrorsOf(original: string): readonly string[];
  /** The live story of an article (following merges); null when not linked. */
  storyOf(article: string): string | null;
  /** A story by id (a merged-away id gives the story it went into); null when unknown. */
  story(id: string): LedgerStory | null;
  /** Live stories, largest first (then most recently updated), `limit` at a time after `offset`. */
  stories(page?: { readonly limit?: number; readonly offset?: number }): {
    readonly items: readonly LedgerStory[];
    readonly total: number;
  };
  /** The canonical entity of an article's entity (`Entity.id` within the article); null when not linked. */
  entityOf(article: string, entity: string): CanonicalEntity | null;
  /** A canonical entity by id (following merges), with its units, merges and decisions. */
  entity(id: string): LedgerEntityDetail | null;
  /**
   * Live canonical entities, most attested first; with `query`, those with a name or alias
   * starting with it at a word (case- and diacritic-insensitive: "ilich" finds Pyotr Ilichev).
   */
  entities(options?: {
    readonly query?: string;
    readonly limit?: number;
    readonly offset?: number;
  }): LedgerEntityPage;
  /**
   * Live canonical entities with this name or alias (case- and diacritic-insensitive), those of
   * that very name first; when none, those with a name ending in these words ("Ilichev").
   */
  findEntities(name: string): readonly CanonicalEntity[];
  /** A user's decision: the two entities (ids) are one. Recorded, applied now, replayed on rebuilds. */
  merge(a: string, b: string, note?: string): Promise<LedgerChange>;
  /**
   * A user's decision: the units of `entity` in `article` (or only its mentions whose words are
   * `mention`) are another entity, never to be linked with it again. Recorded and applied now.
   */
  split(
    entity: string,
    part: { readonly article: string; readonly mention?: string },
    note?: string,
  ): Promise<LedgerChange>;
  /** Forgets every link and links all stored articles again, then replays the users' decisions. */
  rebuild(onLinked?: (done: number, total: number) => void): Promise<number>;
  stats(): LedgerStats;
  /** Articles whose linking failed, with the reason (the first 100). */
  failures(): readonly { readonly article: string; readonly reason: string }[];
}
