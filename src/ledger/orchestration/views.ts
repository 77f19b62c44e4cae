import type {
  CanonicalEntity,
  EntityDecision,
  EntityLink,
  EntityMerge,
  EntityUnit,
} from '../entities/types.js';
import type { StoryMerge } from '../stories/types.js';

/** The shapes the ledger's reads and corrections answer with (the engine turns them into views). */

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
