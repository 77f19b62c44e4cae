import { createHash } from 'node:crypto';
import { buildTimeline } from '../../ledger/timeline/timeline.js';
import { buildSeries, seriesLabel } from '../../ledger/series/series.js';
import { completeMeasures } from '../../ledger/series/complete.js';
import { estimateDates } from '../../ledger/time/estimate.js';
import { waitsForDay } from '../../ledger/time/redate.js';
import { findConflicts } from '../../ledger/conflicts/index.js';
import type { Conflict } from '../../ledger/conflicts/index.js';
import { verdictOf } from '../../ledger/conflicts/verdicts.js';
import type { ConflictVerdict } from '../../ledger/conflicts/verdicts.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon } from '../../lexicon/index.js';
import { countryNames } from '../../ledger/measures/countries.js';
import { compareIntervals, interval } from '../../ledger/time/interval.js';
import type { LedgerClaim, SeriesPoint } from '../../ledger/records.js';
import { articleJson } from '../../report/article-json.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { ViewRange } from '../../ledger/orchestration/ports.js';
import type { LedgerStory } from '../../ledger/orchestration/views.js';
import { isStoreError } from '../../store/errors.js';
import type { Store } from '../../store/store.js';
import type { ArticlePageRequest, ClaimFilter, PageRequest, Queries, SearchFilter } from '../queries.js';
import type {
  ArticleSummary,
  ClaimBrief,
  ClaimView,
  ConflictView,
  Page,
  SearchHit,
  SeriesView,
  StorySummary,
  TimelineEntryView,
} from '../views.js';
import { articleCache, claimedOf } from './analysed.js';
import type { Analysed, Claimed } from './analysed.js';
import { articleSummary, claimView, storedSummary } from './claim-view.js';
import { entityIdentity, entitySummary, findEntity } from './entities.js';
import { claimPredicate, isWholeStore, isWholeStory, scopeArticles } from './scope.js';
import { snippetSegments } from './snippet.js';
import { storePages } from './store-pages.js';

const MAX_LIMIT = 1000;
/**
 * The kinds a story's views are kept under. The version moves when what a view shows changes
 * (code, not data): views kept by an older version are then built again.
 */
export const VIEWS = {
  timeline: 'timeline/24',
  series: 'series/45',
  conflicts: 'conflicts/40',
  summary: 'summary/1',
  claims: 'claims/7',
} as const;

type Found = Conflict & { readonly id: string; readonly verdict: ConflictVerdict | null };

/** Everything one filter selects: the claims, their points and conflicts, and how to show them. */
interface Selection {
  readonly claims: readonly LedgerClaim[];
  readonly points: readonly SeriesPoint[];
  /** The conflicts among the claims, found on first use (a page of claims needs none). */
  readonly conflicts: () => readonly Found[];
  /** The conflicts that mark a claim, in the order of `conflicts()`. */
  readonly marking: (key: string) => readonly Found[];
  readonly view: (key: string) => ClaimView | undefined;
}

/**
 * The read side over a store and its cross-article layer: the one implementation of `Queries`
 * behind the CLI, the HTTP API and the web UI. Each query loads only the articles its filter can
 * reach (a story's members, an entity's articles), then builds the timeline, series and
 * conflicts over their claims.
 *
 * @example const q = createQueries(store, await openLedger(store)); (await q.timeline({ story })).length
 */
export function createQueries(
  store: Store,
  ledger: Ledger,
  options: {
    readonly lexicon?: Lexicon;
    /** False: whole stories' timelines are built at each read, never stored (the reference in tests). */
    readonly materialised?: boolean;
    /**
     * Characters of article text held as whole analyses (default 2,000,000; see `articleCache`):
     * a writer that makes stories' views needs only their claims, held apart.
     */
    readonly wholeBudget?: number;
  } = {},
): Queries & {
  /** After a write: links are read again (of these articles only, when given) before an analysis is reused. */
  readonly refresh: (articles?: ReadonlySet<string>) => void;
  readonly makeViews: (story: string) => Promise<ReadonlyMap<string, readonly string[]>>;
  /** The claims and completed points one filter selects, as conflicts are found over them (a dev aid). */
  readonly selection: (
    filter?: ClaimFilter,
  ) => Promise<{ readonly claims: readonly LedgerClaim[]; readonly points: readonly SeriesPoint[] }>;
  readonly wholeStore: () => Promise<{ series: SeriesView[]; conflicts: ConflictView[] }>;
} {
  const names = countryNames(options.lexicon ?? createLexicon());
  const cache = articleCache(store, ledger, names, options.wholeBudget);
  const pages = storePages(store, cache);

  async function select(filter: ClaimFilter = {}): Promise<Selection> {
    // By id, never by storage order: the same articles stored in another order read the same.
    const ids = [...((await scopeArticles(store, ledger, filter)) ?? [])].sort();
    // Their claims alone (held for many more articles than whole analyses), unless one of them
    // waits for a date from the others: dating reads every article whole.
    const held = await cache.claimed(ids);
    const loaded = held.some((a) => waitsForDay(a.published))
      ? (await dateUndated(await cache.load(ids))).map(claimedOf)
      : held;
    const keep = await claimPredicate(ledger, filter);
    const articles = new Map<string, Claimed>(loaded.map((a) => [a.id, a]));
    const claims = loaded.flatMap((a) => a.claims.filter(keep));
    const kept = new Set(claims.map((c) => c.key));
    // A claim carried by mirrors of one text counts once in series and conflicts.
    const distinct = distinctClaims(claims);
    const counted = new Set(distinct.map((c) => c.key));
    // Figures that leave a part of their measure unsaid join the one measure of the selection that says it.
    const points = completeMeasures(
      loaded.flatMap((a) => a.points.filter((p) => kept.has(p.claimKey) && counted.has(p.claimKey))),
    );
    // Users' verdicts are replayed on every read: a conflict found anew finds its verdict again.
    const verdicts = await ledger.verdicts();
    let found: Found[] | null = null;
    const conflicts = (): Found[] =>
      (found ??= findConflicts(distinct, points).map((c) => {
        const id = conflictId(c);
        return { ...c, id, verdict: verdictOf({ ...c, id }, verdicts) };
      }));
    let byClaim: Map<string, Found[]> | null = null;
    const marking = (key: string): readonly Found[] => {
      if (!byClaim) {
        byClaim = new Map();
        for (const c of conflicts())
          for (const k of new Set(c.claims)) byClaim.set(k, [...(byClaim.get(k) ?? []), c]);
      }
      return byClaim.get(key) ?? [];
    };
    const byKey = new Map(claims.map((c) => [c.key, c]));
    const views = new Map<string, ClaimView>();
    const view = (key: string) => {
      let v = views.get(key);
      const c = byKey.get(key);
      const article = c ? articles.get(c.article.id) : undefined;
      if (!v && c && article) views.set(key, (v = article.view(c)));
      return v;
    };
    return { claims, points, conflicts, marking, view };
  }

  /** Undated articles (or dated to the month only) dated from outside their text: a mirror's original, else their story. */
  async function dateUndated(loaded: readonly Analysed[]): Promise<Analysed[]> {
    if (!loaded.some((a) => waitsForDay(a.article.published))) return [...loaded];
    const completed = completeMeasures(loaded.flatMap((a) => a.points));
    const pointsOf = new Map<string, SeriesPoint[]>();
    for (const p of completed) {
      const id = p.claimKey.slice(0, p.claimKey.indexOf('/'));
      pointsOf.set(id, [...(pointsOf.get(id) ?? []), p]);
    }
    const inputs = [];
    for (const a of loaded) {
      inputs.push({
        article: a.article,
        mirrorOf: a.group === a.article.id ? null : a.group,
        story: await ledger.storyOf(a.article.id),
        points: pointsOf.get(a.article.id) ?? [],
      });
    }
    const estimates = estimateDates(inputs);
    const out: Analysed[] = [];
    for (const a of loaded) {
      const published = estimates.get(a.article.id);
      out.push(published ? await cache.redated(a.article, published) : a);
    }
    return out;
  }

  // A conflict a user marked wrong marks no claim.
  const marksOf = (s: Selection, keys: readonly string[]) => {
    const marks = new Set(keys.flatMap((k) => s.marking(k)));
    const order = s.conflicts();
    return [...marks]
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .filter((c) => c.verdict?.verdict !== 'wrong')
      .map((c) => c.id);
  };

  /** The timeline of the claims a filter selects, built from their articles. */
  const buildTimelineView = async (filter: ClaimFilter) => timelineOf(await select(filter));
  function timelineOf(s: Selection): TimelineEntryView[] {
    return buildTimeline(s.claims).map((e) => {
      const claims = e.claims.map((c) => s.view(c.key)).filter((v) => v !== undefined);
      return {
        time: e.time,
        text: e.text,
        modality: e.modality,
        speaker: e.speakerName,
        claims,
        firstReported: {
          outlet: e.firstReported.article.outlet,
          published: e.firstReported.article.published,
        },
        repeatedBy: e.repeatedBy,
        conflicts: marksOf(
          s,
          e.claims.map((c) => c.key),
        ),
      };
    });
  }

  /** Every series of the claims a filter selects, built from their articles. */
  async function buildSeriesView(filter: ClaimFilter): Promise<SeriesView[]> {
    return seriesOf(await select(filter));
  }

  function seriesOf(s: Selection): SeriesView[] {
    const byKey = new Map(s.claims.map((c) => [c.key, c]));
    return buildSeries(s.points, byKey, names).map((x) => {
      const claims: Record<string, ClaimBrief> = {};
      const points = x.points.flatMap(({ point, repeatedBy }) => {
        const claim = s.view(point.claimKey);
        if (!claim) return [];
        claims[claim.key] ??= claimBrief(claim);
        const conflicts = s
          .marking(point.claimKey)
          .filter((c) => c.measure !== undefined && c.verdict?.verdict !== 'wrong')
          .map((c) => c.id);
        return [
          {
            value: point.value,
            min: point.min,
            max: point.max,
            approximate: point.approximate,
            unit: point.unit,
            text: point.text,
            time: point.time,
            timeIs: point.timeIs,
            reasons: point.reasons,
            repeatedBy,
            claim: claim.key,
            conflicts,
          },
        ];
      });
      return { measure: x.measure, label: x.label, reasons: x.reasons, outlets: x.outlets, points, claims };
    });
  }

  /** Every claim a filter selects, in the order of the times they refer to. */
  const buildClaimsView = async (filter: ClaimFilter) => claimsOf(await select(filter));
  function claimsOf(s: Selection): ClaimView[] {
    return [...s.claims]
      .sort(byRefers)
      .map((c) => s.view(c.key))
      .filter((v) => v !== undefined);
  }

  /** The conflicts among the claims a filter selects, built from their articles. */
  async function buildConflictsView(filter: ClaimFilter): Promise<ConflictView[]> {
    return conflictsOf(await select(filter));
  }

  function conflictsOf(s: Selection): ConflictView[] {
    // Named as the series name them: by the noun most of a measure's (or family's) points use.
    const grouped = (key: (p: SeriesPoint) => string) => {
      const by = new Map<string, SeriesPoint[]>();
      for (const p of s.points) {
        const list = by.get(key(p));
        if (list) list.push(p);
        else by.set(key(p), [p]);
      }
      return new Map([...by].map(([k, list]) => [k, seriesLabel(list, names)]));
    };
    const labels = grouped((p) => p.measure);
    const families = grouped((p) => p.family);
    return s.conflicts().map((c): ConflictView => ({
      id: c.id,
      type: c.type,
      reason: c.reason,
      decision: c.verdict
        ? { verdict: c.verdict.verdict, note: c.verdict.note, decidedAt: c.verdict.decidedAt }
        : null,
      measure:
        c.measure === undefined ? null : (labels.get(c.measure) ?? families.get(c.measure) ?? c.measure),
      claims: c.claims.map((k) => s.view(k)).filter((v) => v !== undefined),
      rule: c.rule,
    }));
  }

  /**
   * A page of a whole story's view (no filter but the story) as kept since its inputs last
   * changed — only the page's items are read — else the view built, kept and cut; any other
   * filter's is built and cut. Without a page, the whole list.
   */
  async function kept<T>(
    kind: string,
    filter: ClaimFilter,
    build: (f: ClaimFilter) => Promise<T[]>,
    page?: ViewRange,
  ): Promise<{ items: T[]; total: number }> {
    // The story's live id only: its members are read by a build, not by a kept page.
    const story = isWholeStory(filter) ? await ledger.storyId(filter.story) : null;
    if (story === null || options.materialised === false) return cut(await build(filter), page);
    const { view, epoch } = await ledger.storedView(story, kind, page);
    if (view) return { items: parseItems<T>(view.items), total: view.total };
    const built = await build(filter);
    // Keeping it is what the next read saves: a store that cannot (read-only, busy) builds it again then.
    const items = built.map((item) => JSON.stringify(item));
    await ledger.keepView(story, kind, items, epoch).catch(() => undefined);
    // What a later read gives is the JSON kept, so this read gives it too (undefined fields dropped).
    return {
      items: parseItems<T>(page ? items.slice(page.offset, page.offset + page.limit) : items),
      total: built.length,
    };
  }

  /**
   * A story's summary (its size, outlets, first and last dates) as kept since its members last
   * changed, else made from its members and kept: a page of stories, or the check that a
   * timeline's story exists, reads no story's members.
   */
  async function summaryOf(id: string): Promise<StorySummary | null> {
    const story = await ledger.storyId(id);
    if (story === null) return null;
    if (options.materialised === false) return summaryBuilt(story);
    const { view, epoch } = await ledger.storedView(story, VIEWS.summary);
    const [item] = view?.items ?? [];
    if (item !== undefined) return JSON.parse(item) as StorySummary;
    const built = await summaryBuilt(story);
    if (built)
      await ledger.keepView(story, VIEWS.summary, [JSON.stringify(built)], epoch).catch(() => undefined);
    return built;
  }

  async function summaryBuilt(id: string): Promise<StorySummary | null> {
    const story = await ledger.story(id);
    return story ? storySummary(story) : null;
  }

  /** A page of a list query as the API answers it, the items read as `kept` reads them. */
  const paged = async <T>(
    kind: string,
    filter: ClaimFilter,
    build: (f: ClaimFilter) => Promise<T[]>,
    request: PageRequest,
  ): Promise<Page<T>> => {
    const page = listBounds(request);
    return { ...(await kept(kind, filter, build, page)), ...page };
  };

  /**
   * Every view kept of a whole story, made from one selection of its claims: what the ledger
   * keeps at link time, so that reads only read.
   */
  async function makeViews(id: string): Promise<ReadonlyMap<string, readonly string[]>> {
    const made = new Map<string, readonly string[]>();
    const summary = await summaryBuilt(id);
    if (!summary) return made;
    const json = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item));
    const s = await select({ story: id });
    made.set(VIEWS.summary, json([summary]));
    made.set(VIEWS.timeline, json(timelineOf(s)));
    made.set(VIEWS.series, json(seriesOf(s)));
    made.set(VIEWS.conflicts, json(conflictsOf(s)));
    made.set(VIEWS.claims, json(claimsOf(s)));
    return made;
  }

  return Object.freeze({
    refresh: (articles?: ReadonlySet<string>) => cache.clear(articles),
    makeViews,
    selection: async (filter: ClaimFilter = {}) => {
      const s = await select(filter);
      return { claims: distinctClaims(s.claims), points: s.points };
    },

    /**
     * The whole store's series and conflicts from one reading of its claims (the series mark
     * their points' conflicts, so both need every conflict): what `series()` and `conflicts()`
     * give without a filter, at the cost of one.
     */
    async wholeStore(): Promise<{ series: SeriesView[]; conflicts: ConflictView[] }> {
      const s = await select({});
      return { series: seriesOf(s), conflicts: conflictsOf(s) };
    },

    async stories(page: PageRequest = {}) {
      const { offset, limit } = bounds(page);
      const { ids, total } = await ledger.storyIds({ offset, limit });
      // The page's ids are live stories': their kept summaries are read at once; a story with none
      // kept (or read with the views not materialised) goes the one-story way, which makes it.
      const kept =
        options.materialised === false ? new Map() : (await ledger.storedViews(ids, VIEWS.summary)).views;
      const items: StorySummary[] = [];
      for (const id of ids) {
        const [item] = kept.get(id)?.items ?? [];
        const summary = item !== undefined ? (JSON.parse(item) as StorySummary) : await summaryOf(id);
        if (summary) items.push(summary);
      }
      return { items, total, offset, limit };
    },

    story: summaryOf,

    timeline: async (filter: ClaimFilter = {}) =>
      (await kept(VIEWS.timeline, filter, buildTimelineView)).items,

    timelinePage: (filter: ClaimFilter, page: PageRequest = {}) =>
      isWholeStore(filter)
        ? pages.timeline(bounds(page))
        : paged(VIEWS.timeline, filter, buildTimelineView, page),

    async series(measure?: string, filter: ClaimFilter = {}) {
      return (await kept(VIEWS.series, filter, buildSeriesView)).items.filter(measured(measure));
    },

    async seriesPage(measure: string | undefined, filter: ClaimFilter, page: PageRequest = {}) {
      if (measure === undefined) return paged(VIEWS.series, filter, buildSeriesView, page);
      const all = (await kept(VIEWS.series, filter, buildSeriesView)).items.filter(measured(measure));
      return { ...cut(all, listBounds(page)), ...listBounds(page) };
    },

    conflicts: async (filter: ClaimFilter = {}) =>
      (await kept(VIEWS.conflicts, filter, buildConflictsView)).items,

    conflictsPage: (filter: ClaimFilter, page: PageRequest = {}) =>
      paged(VIEWS.conflicts, filter, buildConflictsView, page),

    async claims(filter: ClaimFilter = {}, page: PageRequest = {}) {
      const { offset, limit } = bounds(page);
      // The whole store's claims: a page read from the store, not every article analysed.
      if (isWholeStore(filter)) return pages.claims({ offset, limit });
      // A whole story's claims are kept as its timeline is: a page reads only its own.
      if (isWholeStory(filter))
        return { ...(await kept(VIEWS.claims, filter, buildClaimsView, { offset, limit })), offset, limit };
      const s = await select(filter);
      const sorted = [...s.claims].sort(byRefers);
      const items = sorted
        .slice(offset, offset + limit)
        .map((c) => s.view(c.key))
        .filter((v) => v !== undefined);
      return { items, total: sorted.length, offset, limit };
    },

    async entities(query?: string, page: PageRequest = {}) {
      const { offset, limit } = bounds(page);
      const found = await ledger.entities({ ...(query ? { query } : {}), offset, limit });
      return { items: found.items.map(entitySummary), total: found.total, offset, limit };
    },

    async entity(idOrName: string) {
      const e = await findEntity(ledger, idOrName);
      const identity = e ? await entityIdentity(ledger, e.id) : null;
      if (!e || !identity) return null;
      const s = await select({ source: e.id });
      const statements = distinctClaims(s.claims)
        .sort(byRefers)
        .map((c) => s.view(c.key))
        .filter((v) => v !== undefined);
      return { ...identity, statements };
    },

    async articles(page: ArticlePageRequest = {}) {
      const { offset, limit } = bounds(page);
      // Rows only: no article of the page is decoded nor analysed; a cursor pages by key.
      const found = await store.listFrom(page.cursor ?? null, limit, offset);
      const items: ArticleSummary[] = [];
      for (const s of found.items) items.push(storedSummary(s, await ledger.groupOf(s.id)));
      return {
        items,
        total: found.total,
        offset: page.cursor === undefined ? offset : 0,
        limit,
        next: found.next,
      };
    },

    async article(id: string) {
      const [loaded] = await cache.load([id]);
      if (!loaded) return null;
      const { article } = loaded;
      return {
        summary: articleSummary(article, loaded.group),
        story: await ledger.storyOf(article.id),
        layers: articleJson(article),
        claims: loaded.claims.map((c) => claimView(c, article)),
        fetched: article.fetched ?? null,
      };
    },

    async search(query: string, filter: SearchFilter = {}): Promise<Page<SearchHit>> {
      const { offset, limit } = bounds(filter);
      const narrowed = filter.entity || filter.outlet || filter.story || filter.from || filter.to;
      // Filters apply after the full-text match: fetch enough hits to fill the page after them.
      const fetch = (offset + limit) * (narrowed ? 8 : 1);
      const hits = await searchWords(query, { limit: Math.min(fetch, 5000), mark: [OPEN, CLOSE] });
      const allowed = narrowed ? await allowedArticles(filter) : null;
      const kept = hits.filter((h) => !allowed || allowed(h));
      const items: SearchHit[] = [];
      // A hit shows its row's summary: no article is decoded nor analysed for a page of hits.
      for (const hit of kept.slice(offset, offset + limit))
        items.push({
          article: storedSummary(hit, await ledger.groupOf(hit.id)),
          snippet: snippetSegments(hit.snippet, OPEN, CLOSE),
          score: -hit.rank,
        });
      return { items, total: kept.length, offset, limit };
    },
  });

  /**
   * Full-text search where plain words always search: a query the full-text syntax refuses
   * ("Zakharova 1,000": the comma) is searched again as its words, each quoted, unless it
   * uses the syntax itself (quotes, brackets, prefix stars), whose mistakes are the user's to see.
   */
  async function searchWords(query: string, options: { limit: number; mark: [string, string] }) {
    try {
      return await store.search(query, options);
    } catch (error) {
      if (!isStoreError(error, 'query') || /["()*^:]/.test(query) || query.trim() === '') throw error;
      const words = query.split(/\s+/).filter((w) => w !== '');
      return store.search(words.map((w) => `"${w}"`).join(' '), options);
    }
  }

  async function allowedArticles(filter: SearchFilter) {
    const ids = new Set(
      filter.entity || filter.story
        ? ((await scopeArticles(store, ledger, {
            ...(filter.entity ? { entity: filter.entity } : {}),
            ...(filter.story ? { story: filter.story } : {}),
          })) ?? [])
        : [],
    );
    const outlet = filter.outlet?.toLowerCase();
    return (hit: { id: string; outlet: string | null; published: string | null }) => {
      if ((filter.entity || filter.story) && !ids.has(hit.id)) return false;
      if (outlet && (hit.outlet ?? '').toLowerCase() !== outlet) return false;
      if (filter.from && (hit.published === null || hit.published.slice(0, filter.from.length) < filter.from))
        return false;
      if (filter.to && (hit.published === null || hit.published.slice(0, filter.to.length) > filter.to))
        return false;
      return true;
    };
  }
}

// Private-use characters mark matches in FTS snippets: they never occur in article text we show.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** The series a measure asks for: its key, or a label that contains it (case-insensitive); all without one. */
export function measured(measure: string | undefined): (x: SeriesView) => boolean {
  const wanted = measure?.toLowerCase();
  return (x) => !wanted || x.measure.toLowerCase() === wanted || x.label.toLowerCase().includes(wanted);
}

/** The items of a page of a list (all without a page), and the list's length. */
function cut<T>(all: T[], page?: ViewRange): { items: T[]; total: number } {
  return { items: page ? all.slice(page.offset, page.offset + page.limit) : all, total: all.length };
}

/** Kept items, each one JSON text, parsed as one array. */
function parseItems<T>(items: readonly string[]): T[] {
  return JSON.parse(`[${items.join(',')}]`) as T[];
}

function storySummary(story: LedgerStory): StorySummary {
  const { id, label, members, outlets, first, last } = story;
  return { id, label, articles: members.length, outlets, first, last };
}

/** A page of a list the engine keeps or builds whole: no cap of its own (the transport has its own). */
function listBounds(page: PageRequest): ViewRange {
  return {
    offset: Math.max(0, Math.floor(page.offset ?? 0)),
    limit: Math.max(1, Math.floor(page.limit ?? 50)),
  };
}

function bounds(page: PageRequest): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? 50)));
  return { offset, limit };
}

/** One claim per mirror group, speaker and wording: the original's when it is among them. */
function distinctClaims(claims: readonly LedgerClaim[]): LedgerClaim[] {
  const chosen = new Map<string, LedgerClaim>();
  for (const c of claims) {
    // A sentence printed twice (a standfirst repeating the body) may change only its quote marks.
    const words = c.claim.text
      .replace(/["'\u2018\u2019\u201c\u201d\u00ab\u00bb]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    const key = `${c.article.mirrorGroup}|${c.speaker ?? ''}|${words}`;
    const old = chosen.get(key);
    if (!old || better(c, old)) chosen.set(key, c);
  }
  return [...chosen.values()];
}

/**
 * Of two copies of one claim, the mirror group's original; within one article, the copy whose
 * words date it (the body's "on Monday") over one dated only by the publication (a standfirst).
 */
function better(c: LedgerClaim, old: LedgerClaim): boolean {
  const original = (x: LedgerClaim) => x.article.id === x.article.mirrorGroup;
  if (original(c) !== original(old)) return original(c);
  if (c.article.id !== old.article.id) return false;
  const stated = (x: LedgerClaim) => (x.claim.times.refers?.how ?? 'publication') !== 'publication';
  return stated(c) && !stated(old);
}

/** What a series shows of a claim (see `ClaimBrief`). */
function claimBrief(c: ClaimView): ClaimBrief {
  const { key, articleId, text, speaker, carriers, outlet, voice, published, title, url, modality } = c;
  return { key, articleId, text, speaker, carriers, outlet, voice, published, title, url, modality };
}

function conflictId(c: Conflict): string {
  return createHash('sha256')
    .update(`${c.type}|${c.claims.join('|')}`)
    .digest('hex')
    .slice(0, 12);
}

function byRefers(a: LedgerClaim, b: LedgerClaim): number {
  const ia = a.claim.times.refers ? interval(a.claim.times.refers.value) : null;
  const ib = b.claim.times.refers ? interval(b.claim.times.refers.value) : null;
  if (ia && ib) return compareIntervals(ia, ib) || a.key.localeCompare(b.key);
  return ia ? -1 : ib ? 1 : a.key.localeCompare(b.key);
}
