import type { Article } from '../../model/index.js';
import { memoryVerdictLog } from '../conflicts/verdicts.js';
import { createMemoryEntityIndex } from '../entities/memory-index.js';
import type { EntityIndex, EntityMerge } from '../entities/types.js';
import type { LedgerIndexes } from '../ledger-linker.js';
import { createMemoryMirrorIndex } from '../mirrors/memory-index.js';
import { createMemoryStoryIndex } from '../stories/memory-index.js';
import type { StoryMerge } from '../stories/types.js';
import { memoryStoredViews } from './stored-views.js';
import type { LedgerBackend, LedgerConfig, LedgerTransaction, LinkLog, LedgerViews } from './ports.js';

/** An in-memory store of articles with a ledger backend: tests, one-shot runs, the reference. */
export interface MemoryLedgerStore {
  /** Adds an article (once per id), in arrival order. */
  readonly put: (article: Article) => void;
  readonly ledgerBackend: (config: LedgerConfig) => Promise<LedgerBackend>;
}

/**
 * The reference backend of the ledger, in memory: the memory indexes, a link log and the views
 * computed from them. Not atomic (a failing article keeps what it wrote before failing), and one
 * process only; what the database backends are held to in the conformance suite.
 *
 * @example const store = memoryLedgerStore(); store.put(article); const ledger = await openLedger(store)
 */
export function memoryLedgerStore(): MemoryLedgerStore {
  const articles = new Map<string, { n: number; article: Article }>();
  let backend: LedgerBackend | null = null;
  return Object.freeze({
    put(article: Article) {
      if (!articles.has(article.id)) articles.set(article.id, { n: articles.size + 1, article });
    },
    async ledgerBackend(config: LedgerConfig) {
      backend ??= memoryBackend(articles, config);
      return backend;
    },
  });
}

function memoryBackend(
  articles: ReadonlyMap<string, { n: number; article: Article }>,
  config: LedgerConfig,
): LedgerBackend {
  const names = new Map<string, Set<string>>();
  let indexes: LedgerIndexes = freshIndexes(config, names);
  const logged = new Map<number, { id: string; status: 'linked' | 'failed'; detail: string | null }>();
  // Outside the indexes: a rebuild's clear leaves the users' verdicts alone.
  const verdicts = memoryVerdictLog();
  const stored = memoryStoredViews();
  // The canonical link order of the SQLite log: publication date, undated last, then id.
  const order = (a: Article, b: Article) => {
    const [x, y] = [a.published.value, b.published.value];
    if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const pendingOnes = () =>
    [...articles.values()]
      .filter(({ n }) => !logged.has(n))
      .sort((a, b) => order(a.article, b.article))
      .map(({ n, article }, i) => ({ n, id: article.id, seq: logged.size + i + 1 }));

  const log: LinkLog = {
    pending: async () => pendingOnes(),
    pendingCount: async () => pendingOnes().length,
    settle: async () => {},
    logged: async (n) => logged.has(n),
    mark: async (article, status, detail) => void logged.set(article.n, { id: article.id, status, detail }),
    counts: async () => {
      const all = [...logged.values()];
      return {
        linked: all.filter((x) => x.status === 'linked').length,
        failed: all.filter((x) => x.status === 'failed').length,
      };
    },
    failures: async (limit) =>
      [...logged.entries()]
        .sort((a, b) => a[0] - b[0])
        .flatMap(([, x]) => (x.status === 'failed' ? [{ article: x.id, reason: x.detail ?? '' }] : []))
        .slice(0, limit),
  };

  const views: LedgerViews = {
    async storyRow(id) {
      const s = await indexes.stories.story(id);
      return (
        s && { id: s.id, label: s.label, size: s.size, mirrors: s.mirrors, mergedInto: s.mergedInto ?? null }
      );
    },
    async storyMembers(id) {
      return (await indexes.stories.members(id)).map((member) => {
        const a = articles.get(member)?.article;
        return { article: member, published: a?.published.value ?? null, outlet: a?.outlet?.name ?? null };
      });
    },
    storyMerges: async (id) => chain(await indexes.stories.merges(), id),
    async storyPage(limit, offset) {
      const live = [...(await indexes.stories.stories())].sort(
        (a, b) => b.size - a.size || b.updated - a.updated || a.created - b.created,
      );
      return { ids: live.slice(offset, offset + limit).map((s) => s.id), total: live.length };
    },
    entityMergedInto: async (id) => {
      const e = await indexes.entities.entity(id);
      return e === undefined ? undefined : (e.mergedInto ?? null);
    },
    async attested(id) {
      const articlesOf = new Set<string>();
      let mentions = 0;
      for (const key of await indexes.entities.unitsOf(id)) {
        const unit = await indexes.entities.unit(key);
        if (!unit) continue;
        articlesOf.add(unit.article);
        mentions += unit.mentions.length;
      }
      return { articles: articlesOf.size, mentions };
    },
    entityMerges: async (id) => chain(await indexes.entities.merges(), id),
    async entityPage(limit, offset) {
      const live = [...(await indexes.entities.entities())].sort((a, b) => b.units - a.units);
      return { items: live.slice(offset, offset + limit), total: live.length };
    },
    async entitiesNamed(folded, match) {
      const units = new Set<string>();
      let scanned = 0;
      for (const name of [...names.keys()].sort()) {
        if (match.prefix ? !name.startsWith(folded) : name !== folded) continue;
        if (++scanned > match.scan) break;
        for (const unit of names.get(name) ?? []) units.add(unit);
      }
      const ids = new Set<string>();
      for (const unit of units) {
        const link = await indexes.entities.linkOf(unit);
        if (link) ids.add(link.entity);
      }
      return [...ids];
    },
    async counts() {
      let mirrors = 0;
      for (const id of articles.keys()) if (await indexes.mirrors.linkOf(id)) mirrors++;
      return {
        stories: (await indexes.stories.stories()).length,
        mirrors,
        entities: (await indexes.entities.entities()).length,
      };
    },
  };

  let queue: Promise<unknown> = Promise.resolve();
  const tx = (): LedgerTransaction => ({
    indexes,
    log,
    views,
    stored,
    savepoint: (work) => work(),
    async clear() {
      // Decisions survive a rebuild: they are replayed.
      const decisions = await indexes.entities.decisions();
      names.clear();
      logged.clear();
      indexes = freshIndexes(config, names);
      for (const d of decisions) await indexes.entities.addDecision(d);
    },
  });
  return Object.freeze({
    get indexes() {
      return indexes;
    },
    log,
    views,
    verdicts,
    stored,
    article: async (id: string) => articles.get(id)?.article ?? null,
    // The memory store keeps articles, not their encoded rows: the linker derives the features.
    linkFeatures: async () => null,
    transaction: <T>(work: (tx: LedgerTransaction) => Promise<T>) => work(tx()),
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const next = queue.catch(() => undefined).then(work);
      queue = next;
      return next;
    },
    isDatabaseError: () => false,
    atomic: false,
  });
}

/** Fresh memory indexes with the entity index filing every unit's names for search. */
function freshIndexes(config: LedgerConfig, names: Map<string, Set<string>>): LedgerIndexes {
  const entities = createMemoryEntityIndex({ postingCap: config.caps.entities });
  const filing: EntityIndex = {
    ...entities,
    async putUnit(unit) {
      for (const name of config.nameKeys([unit.name, ...unit.aliases]))
        names.set(name, (names.get(name) ?? new Set()).add(unit.key));
      await entities.putUnit(unit);
    },
  };
  return {
    mirrors: createMemoryMirrorIndex({ postingCap: config.caps.mirrors }),
    entities: filing,
    stories: createMemoryStoryIndex({ postingCap: config.caps.stories }),
  };
}

/** The merges into `id` and, recursively, into what was merged into it, in recorded order. */
function chain<M extends EntityMerge | StoryMerge>(merges: readonly M[], id: string): M[] {
  const into = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const m of merges) {
      if (!into.has(m.into) || into.has(m.from)) continue;
      into.add(m.from);
      grew = true;
    }
  }
  return merges.filter((m) => into.has(m.into));
}
