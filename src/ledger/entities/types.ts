import type { EntityType, Role } from '../../model/index.js';

/**
 * The unit of cross-article linking: an entity of one article (all its mentions), or a part of
 * one carved out by metonymy ("Moscow" standing for the Russian government) or by a user's split.
 * `key` is stable across rebuilds: `<article>#<entity>`, with a suffix for carved parts.
 */
export interface EntityUnit {
  readonly kind: 'entity-unit';
  readonly key: string;
  readonly article: string;
  readonly entity: string;
  readonly mentions: readonly string[];
  /** The words of each mention (id → text), so that a user's split can name what it carves out. */
  readonly mentionText: Readonly<Record<string, string>>;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  readonly country?: string;
  /** Set when the unit stands for a country's government (metonymy, or "the Russian government"). */
  readonly government?: string;
  /** When the article appeared (ISO at its precision), for dating roles; null when unknown. */
  readonly time: string | null;
  /** Order of arrival of the article. */
  readonly seq: number;
}

/** A role held by a canonical entity, with the first and last dates it was seen with. */
export interface DatedRole {
  readonly title: string;
  readonly affiliation?: string;
  readonly first: string | null;
  readonly last: string | null;
  /** Units that gave this role. */
  readonly seen: number;
}

/**
 * One real-world entity across articles. `aliases` counts every name form seen; `name` is the
 * most used full form. A government carved out by metonymy keeps the country it governs in
 * `governmentOf`; the place entity of that country is found by the key `k:<code>`.
 */
export interface CanonicalEntity {
  readonly kind: 'canonical-entity';
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: Readonly<Record<string, number>>;
  readonly roles: readonly DatedRole[];
  readonly country?: string;
  readonly governmentOf?: string;
  readonly units: number;
  readonly created: number;
  /** Set when this entity was merged into another (automatically or by a user): follow it. */
  readonly mergedInto?: string;
}

/** The named rules that link a unit to a canonical entity, strongest first. */
export type LinkRule =
  | 'user-merge'
  | 'same-name'
  | 'instrument-number'
  | 'government'
  | 'acronym'
  | 'transliteration'
  | 'surname'
  | 'short-form'
  | 'bridge'
  | 'new-entity'
  | 'user-split';

/** Why a unit belongs to its canonical entity: the rule, the names or keys that matched, a confidence. */
export interface EntityLink {
  readonly kind: 'entity-link';
  readonly unit: string;
  readonly entity: string;
  readonly rule: LinkRule;
  readonly confidence: number;
  readonly evidence: string;
}

/** A recorded merge of two canonical entities (automatic bridge or user decision). */
export interface EntityMerge {
  readonly kind: 'entity-merge';
  readonly from: string;
  readonly into: string;
  readonly rule: 'bridge' | 'user-merge';
  readonly evidence: string;
}

/**
 * A user's decision, stored as data and replayed on every rebuild. Decisions name units (stable
 * keys), never canonical ids, which a rebuild may renumber.
 * - merge: the entities holding units `a` and `b` are one.
 * - split: these units (and these mentions, carved out of their units) are another entity than
 *   the one holding `from`, and must never be linked with it again.
 */
export type EntityDecision =
  | {
      readonly kind: 'merge';
      readonly id: string;
      readonly a: string;
      readonly b: string;
      readonly note?: string;
    }
  | {
      readonly kind: 'split';
      readonly id: string;
      readonly from: string;
      readonly units: readonly string[];
      readonly mentions: readonly { readonly article: string; readonly mention: string }[];
      readonly note?: string;
    };

/**
 * Storage for entity linking, asynchronous so that a networked database fits. The in-memory
 * implementation is `createMemoryEntityIndex`; each store
 * backend implements the same calls over tables of canonical entities, units, links, decisions and keys (key → entities, at most `postingCap` each).
 */
export interface EntityIndex {
  /** Live canonical entities filed under any of these keys, with the keys each matched. */
  readonly lookup: (keys: readonly string[]) => Promise<ReadonlyMap<string, readonly string[]>>;
  readonly entity: (id: string) => Promise<CanonicalEntity | undefined>;
  readonly put: (entity: CanonicalEntity, keys: readonly string[]) => Promise<void>;
  readonly unit: (key: string) => Promise<EntityUnit | undefined>;
  readonly putUnit: (unit: EntityUnit) => Promise<void>;
  readonly linkOf: (unit: string) => Promise<EntityLink | undefined>;
  readonly setLink: (link: EntityLink) => Promise<void>;
  readonly unitsOf: (entity: string) => Promise<readonly string[]>;
  /** Moves every unit link and key posting of one entity to another (a merge). */
  readonly reassign: (from: string, into: string) => Promise<void>;
  /** Units of one article. */
  readonly unitsIn: (article: string) => Promise<readonly string[]>;
  readonly recordMerge: (merge: EntityMerge) => Promise<void>;
  readonly merges: () => Promise<readonly EntityMerge[]>;
  readonly addDecision: (decision: EntityDecision) => Promise<void>;
  readonly decisions: () => Promise<readonly EntityDecision[]>;
  readonly entities: () => Promise<readonly CanonicalEntity[]>;
}
