import type { Article, Published } from '../../model/index.js';
import { redate } from '../../ledger/time/redate.js';
import { articleRef, ledgerClaims } from '../../ledger/claims/ledger-claims.js';
import type { Canonical } from '../../ledger/claims/ledger-claims.js';
import type { CountryNames } from '../../ledger/measures/countries.js';
import { articlePoints } from '../../ledger/measures/points.js';
import type { LedgerClaim, SeriesPoint } from '../../ledger/records.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { Store } from '../../store/store.js';
import type { ClaimView } from '../views.js';
import { claimView } from './claim-view.js';

/** One stored article with its claims and series points in cross-article form. */
export interface Analysed {
  readonly article: Article;
  /** Its mirror group (the original's id, or its own). */
  readonly group: string;
  readonly claims: readonly LedgerClaim[];
  readonly points: readonly SeriesPoint[];
}

/**
 * An analysed article as the views of its claims need it: its claims, points and each claim's
 * view, without the article's layers (a whole story's views are made from these).
 */
export interface Claimed {
  readonly id: string;
  readonly published: Published;
  readonly group: string;
  readonly claims: readonly LedgerClaim[];
  readonly points: readonly SeriesPoint[];
  /** The view of one of its claims (`claimView` over the article). */
  readonly view: (claim: LedgerClaim) => ClaimView;
}

/**
 * The claims of an analysed article with their views made from it on first use.
 *
 * @example claimedOf(analysed).view(analysed.claims[0])
 */
export function claimedOf(a: Analysed): Claimed {
  const views = new Map<string, ClaimView>();
  return {
    id: a.article.id,
    published: a.article.published,
    group: a.group,
    claims: a.claims,
    get points() {
      return a.points;
    },
    view: (c) => {
      let v = views.get(c.key);
      if (!v) views.set(c.key, (v = claimView(c, a.article)));
      return v;
    },
  };
}

export interface ArticleCache {
  /** The analysed articles of these ids, in order; ids not stored are left out. */
  readonly load: (ids: readonly string[]) => Promise<Analysed[]>;
  /**
   * The claims of these ids, in order, as `load` would give them, in the compact form a whole
   * story's views need: held for many more articles than `load` holds whole (see `slimBudget`).
   */
  readonly claimed: (ids: readonly string[]) => Promise<Claimed[]>;
  /** An undated article analysed again with a publication date found outside its text. */
  readonly redated: (article: Article, published: Published) => Promise<Analysed>;
  /**
   * After a write (an ingest, a merge, a split): links are read again before an analysis is
   * reused — only those of `articles` when the writer knows whose links moved.
   */
  readonly clear: (articles?: ReadonlySet<string>) => void;
}

/** What an analysis read from the ledger: the article's mirror group and canonical entities. */
interface Links {
  readonly group: string;
  readonly entities: ReadonlyMap<string, { readonly key: string; readonly name: string }>;
  /** All of the above as one string, to tell whether a write changed them. */
  readonly signature: string;
}

interface Entry {
  readonly analysed: Analysed;
  readonly signature: string;
  /** The write generation in which the links were last read. */
  generation: number;
  /** The `load` call that last used it. */
  used?: number;
}

/**
 * An article's claims held without the article (`Claimed`, every claim's view made): what the
 * article cache keeps of an article pushed out of its budget of whole analyses.
 */
interface SlimEntry {
  readonly claimed: Claimed;
  /** The article's entity ids: what its links are read for. */
  readonly entities: readonly string[];
  readonly signature: string;
  readonly size: number;
  generation: number;
}

/**
 * Loads stored articles and puts their claims in cross-article form (canonical speakers and
 * entities, mirror groups), keeping the most recently used in memory up to `budget` characters
 * of their texts in all: a story page or a series reads the same few dozen articles again and
 * again. The budget is in characters because an analysed article's size follows its text
 * (about 70 bytes of heap per character, tokens and layers included: 2 million characters are
 * some 140 MB); a count of articles would let a server's memory grow with their length. A write (`clear`) does not throw the
 * analyses away: stored articles never change, only their links may, so an article read again
 * after a write has its links read again (a few index look-ups) and is analysed again only when
 * they moved — reads under a stream of writes do not re-analyse the whole store each time.
 * An analysis pushed out of the budget keeps its claims, points and claims' views, without the
 * article's layers, up to `slimBudget` characters of those views (a claim counted with its
 * sentence and a fixed share for its fields): a story of thousands of articles, whose views are
 * made again at each link, then reads its members' claims without decoding nor analysing them.
 * Measured on the bench's synthetic story (`scripts/dev/views-cost.ts`): some 4,400 characters
 * and 51 KB of heap per article held so, about 12 bytes a character: the default 20 million
 * hold some 4,500 such articles in about 230 MB.
 *
 * @example const cache = articleCache(store, ledger, countryNames()); await cache.load([id])
 */
export function articleCache(
  store: Store,
  ledger: Ledger,
  names: CountryNames,
  budget = 2_000_000,
  slimBudget = 20_000_000,
): ArticleCache {
  const cache = new Map<string, Entry>();
  const slim = new Map<string, SlimEntry>();
  let slimHeld = 0;
  const dated = new Map<string, Entry>();
  let generation = 0;
  let call = 0;
  // The characters of the texts both maps hold (the analyses of one text share nothing).
  let held = 0;
  const linksOf = (article: Article): Promise<Links> =>
    linksOfIds(
      article.id,
      (article.entities ?? []).map((e) => e.id),
    );
  const linksOfIds = async (id: string, entityIds: readonly string[]): Promise<Links> => {
    // The canonical entity of each of the article's entities, read before the pure conversion.
    const entities = new Map<string, { key: string; name: string }>();
    for (const entity of entityIds) {
      const found = await ledger.entityOf(id, entity);
      if (found) entities.set(entity, { key: found.id, name: found.name });
    }
    const group = await ledger.groupOf(id);
    const signature = JSON.stringify([group, ...entities]);
    return { group, entities, signature };
  };
  const analyse = (article: Article, links: Links): Entry => {
    const canonical: Canonical = (_article, entity) =>
      links.entities.get(entity.id) ?? { key: entity.name.toLowerCase(), name: entity.name };
    const ref = articleRef(article, links.group);
    let points: readonly SeriesPoint[] | undefined;
    const analysed: Analysed = {
      article,
      group: ref.mirrorGroup,
      claims: ledgerClaims(article, ref, canonical),
      // Found on first use: a page of claims or of articles never needs them.
      get points() {
        return (points ??= articlePoints(article, ref, names));
      },
    };
    return { analysed, signature: links.signature, generation };
  };
  /** The entry, analysed again only when its links moved since it was made. */
  const current = async (entry: Entry): Promise<Entry> => {
    if (entry.generation === generation) return entry;
    const links = await linksOf(entry.analysed.article);
    if (links.signature !== entry.signature) return analyse(entry.analysed.article, links);
    entry.generation = generation;
    return entry;
  };
  /** Whether a slim entry is still what its links give (read again when a write moved them). */
  const currentSlim = async (entry: SlimEntry): Promise<boolean> => {
    if (entry.generation === generation) return true;
    const links = await linksOfIds(entry.claimed.id, entry.entities);
    if (links.signature !== entry.signature) return false;
    entry.generation = generation;
    return true;
  };
  const size = (entry: Entry) => entry.analysed.article.text.length;
  const drop = (map: Map<string, Entry>, key: string) => {
    const old = map.get(key);
    if (old) held -= size(old);
    map.delete(key);
  };
  const dropSlim = (key: string) => {
    const old = slim.get(key);
    if (old) slimHeld -= old.size;
    slim.delete(key);
  };
  /** Keeps an analysis (as it is, links current at its generation) as claims alone. */
  const keepSlim = (entry: Entry) => {
    const { article, claims, points, group } = entry.analysed;
    // Every view made now, while the article is at hand: the entry keeps no reference to it.
    const views = new Map(claims.map((c) => [c.key, claimView(c, article)]));
    let size = 200;
    for (const v of views.values()) size += 300 + v.text.length + v.sentence.text.length;
    dropSlim(article.id);
    slim.set(article.id, {
      claimed: {
        id: article.id,
        published: article.published,
        group,
        claims,
        points,
        view: (c) => views.get(c.key) ?? missingView(c),
      },
      entities: (article.entities ?? []).map((e) => e.id),
      signature: entry.signature,
      size,
      generation: entry.generation,
    });
    slimHeld += size;
    while (slimHeld > slimBudget && slim.size > 1) dropSlim(slim.keys().next().value as string);
  };
  const keep = (map: Map<string, Entry>, key: string, entry: Entry) => {
    drop(map, key); // re-inserted: the Map's order is the recency order
    map.set(key, entry);
    held += size(entry);
    // The least recently used go first, from the larger map; the entry just kept stays.
    while (held > budget && cache.size + dated.size > 1) {
      const from = dated.size > cache.size ? dated : cache;
      const oldest = from.keys().next().value as string;
      if (from === map && oldest === key && from.size === 1) break;
      // An article's own analysis leaves its claims behind; a redated one is made again when asked.
      const pushed = from === cache ? from.get(oldest) : undefined;
      drop(from, oldest);
      if (pushed) keepSlim(pushed);
    }
  };
  /**
   * Whether a newly read article may take a place: not when the place would be taken from an
   * article this same load used. A load of more than the budget (a story of thousands, made
   * again at each link) then keeps the part it holds for the next load of the same articles,
   * instead of pushing out each article before it is read again (every read a miss).
   */
  const room = (entry: Entry): boolean => {
    if (held + size(entry) <= budget || cache.size === 0 || dated.size > cache.size) return true;
    const oldest = cache.values().next().value as Entry;
    return oldest.used !== call;
  };
  const load = async (ids: readonly string[]): Promise<Analysed[]> => {
    const out: Analysed[] = [];
    call++;
    for (const id of ids) {
      const hit = cache.get(id);
      let entry: Entry;
      if (hit) entry = await current(hit);
      else {
        const article = await store.get(id);
        if (!article) continue;
        entry = analyse(article, await linksOf(article));
        // Reading and analysing one takes milliseconds: a server's other requests run between two.
        await new Promise((resolve) => setImmediate(resolve));
      }
      entry.used = call;
      if (hit || room(entry)) {
        dropSlim(id);
        keep(cache, id, entry);
      } else keepSlim(entry);
      out.push(entry.analysed);
    }
    return out;
  };
  const claimed = async (ids: readonly string[]): Promise<Claimed[]> => {
    const out: (Claimed | undefined)[] = [];
    const whole: string[] = [];
    for (const id of ids) {
      const held = slim.get(id);
      if (held && !cache.has(id) && (await currentSlim(held))) {
        // Re-inserted: the Map's order is the recency order.
        slim.delete(id);
        slim.set(id, held);
        out.push(held.claimed);
      } else {
        out.push(undefined);
        whole.push(id);
      }
    }
    // The rest as `load` gives them (decoded and analysed, or held whole), in their places.
    const loaded = new Map((await load(whole)).map((a) => [a.article.id, claimedOf(a)]));
    return out.flatMap((c, i) => c ?? loaded.get(ids[i]!) ?? []);
  };
  return Object.freeze({
    load,
    claimed,
    async redated(article: Article, published: Published) {
      const key = `${article.id}@${published.value ?? ''}`;
      const hit = dated.get(key);
      let entry: Entry;
      if (hit) entry = await current(hit);
      else {
        const moved = redate(article, published);
        entry = analyse(moved, await linksOf(moved));
      }
      keep(dated, key, entry);
      return entry.analysed;
    },
    clear: (articles?: ReadonlySet<string>) => {
      if (!articles) {
        generation++;
        return;
      }
      // Only these: their entries' links are read again on next use, the rest stay current.
      for (const id of articles) {
        const entry = cache.get(id);
        if (entry) entry.generation = -1;
      }
      for (const entry of dated.values()) if (articles.has(entry.analysed.article.id)) entry.generation = -1;
      for (const id of articles) {
        const entry = slim.get(id);
        if (entry) entry.generation = -1;
      }
    },
  });
}

/** A claim asked of an article that does not hold it: a programmer's error. */
function missingView(c: LedgerClaim): never {
  throw new Error(`claim ${c.key} is not one of its article's claims`);
}
