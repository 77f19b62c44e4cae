import { createLexicon } from '../../lexicon/index.js';
import type { ConflictVerdict } from '../conflicts/verdicts.js';
import type { Lexicon } from '../../lexicon/index.js';
import { nameKeys } from '../common/names.js';
import { ENTITY_POSTING_CAP } from '../entities/memory-index.js';
import type { CanonicalEntity } from '../entities/types.js';
import { ledgerLinkerFactory } from '../ledger-linker.js';
import type { LedgerIndexes, LedgerLinker } from '../ledger-linker.js';
import { MIRROR_RULES } from '../mirrors/data/rules.js';
import { mirrorGroupOf } from '../mirrors/groups.js';
import type { MirrorLink } from '../mirrors/types.js';
import { STORY_PARAMS } from '../stories/data/params.js';
import { ledgerEdits } from './edits.js';
import { ledgerLinking } from './link.js';
import type { LinkRun, Progress } from './link.js';
import { viewKeeper } from './materialise.js';
import type {
  LedgerBackend,
  LedgerConfig,
  LedgerSource,
  StoredView,
  StoryViewMaker,
  ViewRange,
} from './ports.js';
import { ledgerReads } from './reads.js';
import { storiesOf } from './stale.js';
import type {
  LedgerChange,
  LedgerEntityDetail,
  LedgerEntityPage,
  LedgerStats,
  LedgerStory,
} from './views.js';

/** What the ledger asks of every backend: the posting caps of its indexes, and its name keys. */
export const LEDGER_CONFIG: LedgerConfig = Object.freeze({
  caps: Object.freeze({
    mirrors: MIRROR_RULES.postingCap,
    entities: ENTITY_POSTING_CAP,
    stories: STORY_PARAMS.postingCap,
  }),
  nameKeys,
});

/**
 * The cross-article layer over a store: mirrors, canonical entities and stories, kept in the
 * store's own tables by its backend and updated incrementally; linking, reads and users'
 * corrections are written here once, over the backend's asynchronous indexes.
 *
 * @example const ledger = await openLedger(store); await ledger.linkPending(); await ledger.storyOf(id)
 */
export interface Ledger {
  /**
   * Links every stored article not linked yet, in arrival order, each in one transaction with its
   * index writes (a kill mid-way loses nothing; re-running completes it). Returns how many.
   * `onLinked` hears of each article linked. An aborted `signal` stops it between two articles,
   * keeping what was linked. The views of the stories it touched are made and kept at the end of
   * the run unless `keepViews` is false: then they stay marked stale and the next read of each
   * makes it, or the caller, told of them by `onStale`, makes them later with `keepViews`.
   */
  linkPending(run?: LinkRun): Promise<number>;
  /** Stored articles not linked yet. */
  pending(): Promise<number>;
  /** The mirror group (original's id) of an article: claims of one group count as one source. */
  groupOf(article: string): Promise<string>;
  /** The link of an article that mirrors another; null for originals and unknown ids. */
  mirrorOf(article: string): Promise<MirrorLink | null>;
  /** Articles linked as mirrors of this original. */
  mirrorsOf(original: string): Promise<readonly string[]>;
  /** The live story of an article (following merges); null when not linked. */
  storyOf(article: string): Promise<string | null>;
  /** A story by id (a merged-away id gives the story it went into); null when unknown. */
  story(id: string): Promise<LedgerStory | null>;
  /** The live id of a story (a merged-away id gives the story it went into), without reading its members; null when unknown. */
  storyId(id: string): Promise<string | null>;
  /** A page of the live stories' ids (largest first), without their members, and how many there are. */
  storyIds(page?: {
    readonly limit?: number;
    readonly offset?: number;
  }): Promise<{ readonly ids: readonly string[]; readonly total: number }>;
  /** Live stories, largest first (then most recently updated), `limit` at a time after `offset`. */
  stories(page?: {
    readonly limit?: number;
    readonly offset?: number;
  }): Promise<{ readonly items: readonly LedgerStory[]; readonly total: number }>;
  /** The canonical entity of an article's entity (`Entity.id` within the article); null when not linked. */
  entityOf(article: string, entity: string): Promise<CanonicalEntity | null>;
  /** A canonical entity by id (following merges), with its units, merges and decisions. */
  entity(id: string): Promise<LedgerEntityDetail | null>;
  /**
   * Live canonical entities, most attested first; with `query`, those with a name or alias
   * starting with it at a word (case- and diacritic-insensitive: "ilich" finds Pyotr Ilichev).
   */
  entities(options?: {
    readonly query?: string;
    readonly limit?: number;
    readonly offset?: number;
  }): Promise<LedgerEntityPage>;
  /**
   * Live canonical entities with this name or alias (case- and diacritic-insensitive), those of
   * that very name first; when none, those with a name ending in these words ("Ilichev").
   */
  findEntities(name: string): Promise<readonly CanonicalEntity[]>;
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
  /**
   * Records a user's verdict on a conflict (the read side finds the conflict and gives its id,
   * type and claims). Kept through rebuilds; the latest verdict on a conflict holds.
   */
  judge(verdict: Omit<ConflictVerdict, 'kind' | 'decidedAt'>): Promise<ConflictVerdict>;
  /** Every verdict recorded, in order. */
  verdicts(): Promise<readonly ConflictVerdict[]>;
  /**
   * A story's view (`kind`: 'timeline', …) as stored since its inputs last changed — the items in
   * `range` (all without one) and its size — or null; with the epoch to give `keepView` for a
   * view computed now (read first, so a write meanwhile shows).
   */
  storedView(
    story: string,
    kind: string,
    range?: ViewRange,
  ): Promise<{ readonly view: StoredView | null; readonly epoch: number }>;
  /**
   * The whole views of `kind` kept for these stories (absent: none kept), read by one statement,
   * with the epoch to give `keepView` for a view computed now: `storedView` for a page of stories.
   */
  storedViews(
    stories: readonly string[],
    kind: string,
  ): Promise<{ readonly views: ReadonlyMap<string, StoredView>; readonly epoch: number }>;
  /** Keeps a story's view (its items, as JSON) computed from what was stored at `epoch`; nothing when a write came since. */
  keepView(story: string, kind: string, items: readonly string[], epoch: number): Promise<void>;
  /**
   * Makes and keeps the views of these stories (every live story's: none given) with the ledger's
   * view maker; returns how many stories it made (0 without a maker). Linking, decisions and
   * verdicts call it themselves for the stories they touch; this is for a store whose views an
   * older version kept, or a bulk load.
   */
  keepViews(stories?: readonly string[]): Promise<number>;
  /** Forgets every link and links all stored articles again, then replays the users' decisions. */
  rebuild(onLinked?: Progress): Promise<number>;
  stats(): Promise<LedgerStats>;
  /** Articles whose linking failed, with the reason (the first 100). */
  failures(): Promise<readonly { readonly article: string; readonly reason: string }[]>;
}

export interface LedgerOptions {
  readonly lexicon?: Lexicon;
  /**
   * The read side's builders of a story's views, given the ledger: with it, every write makes
   * and keeps the views of the stories it touched once it is committed, and reads only read
   * them. Without it (a ledger opened to link only), reads build what they miss.
   */
  readonly views?: (ledger: Ledger) => StoryViewMaker;
}

/**
 * The ledger over a backend. Linkers are built per set of indexes (a backend may give new ones
 * for each transaction) and share the costly gazetteers.
 *
 * @example const ledger = createLedger(await store.ledgerBackend(LEDGER_CONFIG))
 */
export function createLedger(backend: LedgerBackend, options: LedgerOptions = {}): Ledger {
  const lexicon = options.lexicon ?? createLexicon();
  const factory = ledgerLinkerFactory({ lexicon });
  const linkers = new WeakMap<LedgerIndexes, LedgerLinker>();
  const linkerFor = (indexes: LedgerIndexes): LedgerLinker => {
    let linker = linkers.get(indexes);
    if (!linker) linkers.set(indexes, (linker = factory(indexes)));
    return linker;
  };
  const reads = ledgerReads(backend);
  // The maker is given the ledger itself, made below: it is asked for once the ledger exists.
  const keep = viewKeeper(backend, reads, () => maker);
  const edits = ledgerEdits(backend, lexicon, keep);
  const linking = ledgerLinking(backend, linkerFor, keep);
  const { indexes, log, views } = backend;

  const ledger: Ledger = Object.freeze({
    linkPending: linking.linkPending,
    pending: () => log.pendingCount(),
    groupOf: (article: string) => mirrorGroupOf(indexes.mirrors, article),
    mirrorOf: async (article: string) => (await indexes.mirrors.linkOf(article)) ?? null,
    mirrorsOf: (original: string) => indexes.mirrors.mirrorsOf(original),
    storyOf: reads.storyOf,
    story: reads.story,
    storyId: async (id: string) => (await reads.liveStory(id))?.id ?? null,
    storyIds: (page: { readonly limit?: number; readonly offset?: number } = {}) =>
      views.storyPage(page.limit ?? 50, page.offset ?? 0),
    async stories(page: { readonly limit?: number; readonly offset?: number } = {}) {
      const { ids, total } = await views.storyPage(page.limit ?? 50, page.offset ?? 0);
      const items: LedgerStory[] = [];
      for (const id of ids) {
        const story = await reads.story(id);
        if (story) items.push(story);
      }
      return { items, total };
    },
    entityOf: async (article: string, entity: string) =>
      (await linkerFor(indexes).entities.entityOf(article, entity)) ?? null,
    entity: reads.entity,
    entities: (options = {}) => reads.entities(options),
    findEntities: reads.findEntities,
    merge: edits.merge,
    split: edits.split,
    async judge(given: Omit<ConflictVerdict, 'kind' | 'decidedAt'>) {
      const verdict: ConflictVerdict = {
        kind: 'conflict-verdict',
        ...given,
        claims: [...given.claims],
        decidedAt: new Date().toISOString(),
      };
      // In a transaction: the backend's write lock and checks (a read-only store refuses).
      const stale = await backend.transaction(async (tx) => {
        await backend.verdicts.add(verdict);
        // A verdict shows in every view that shows the conflict: those of its claims' stories.
        const stories = await storiesOf(
          tx,
          verdict.claims.map((key) => key.slice(0, key.indexOf('/'))),
        );
        await tx.stored.stale(stories);
        return stories;
      });
      await keep(stale);
      return verdict;
    },
    verdicts: () => backend.verdicts.all(),
    async storedView(story: string, kind: string, range?: ViewRange) {
      const epoch = await backend.stored.epoch();
      return { view: await backend.stored.get(story, kind, range), epoch };
    },
    async storedViews(stories: readonly string[], kind: string) {
      const epoch = await backend.stored.epoch();
      return { views: await backend.stored.getMany(stories, kind), epoch };
    },
    keepView: (story: string, kind: string, items: readonly string[], epoch: number) =>
      backend.transaction((tx) => tx.stored.put(story, kind, items, epoch)),
    keepViews: (stories?: readonly string[]) => backend.exclusive(() => keep(stories ?? null)),
    rebuild: linking.rebuild,
    async stats() {
      const [counts, pending, linked] = await Promise.all([views.counts(), log.pendingCount(), log.counts()]);
      return { ...linked, pending, ...counts };
    },
    failures: () => log.failures(100),
  } satisfies Ledger);
  const maker: StoryViewMaker | undefined = options.views?.(ledger);
  return ledger;
}

/**
 * The ledger of a store: asks the store for its backend with the ledger's config.
 *
 * @example const ledger = await openLedger(store); await ledger.linkPending()
 */
export async function openLedger(source: LedgerSource, options: LedgerOptions = {}): Promise<Ledger> {
  return createLedger(await source.ledgerBackend(LEDGER_CONFIG), options);
}
