import type { Article, Published } from '../../model/index.js';
import { redate } from '../../ledger/time/redate.js';
import { articleRef, ledgerClaims } from '../../ledger/claims/ledger-claims.js';
import type { Canonical } from '../../ledger/claims/ledger-claims.js';
import type { CountryNames } from '../../ledger/measures/countries.js';
import { articlePoints } from '../../ledger/measures/points.js';
import type { LedgerClaim, SeriesPoint } from '../../ledger/records.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { Store } from '../../store/store.js';

/** One stored article with its claims and series points in cross-article form. */
export interface Analysed {
  readonly article: Article;
  /** Its mirror group (the original's id, or its own). */
  readonly group: string;
  readonly claims: readonly LedgerClaim[];
  readonly points: readonly SeriesPoint[];
}

export interface ArticleCache {
  /** The analysed articles of these ids, in order; ids not stored are left out. */
  readonly load: (ids: readonly string[]) => Promise<Analysed[]>;
  /** An undated article analysed again with a publication date found outside its text. */
  readonly redated: (article: Article, published: Published) => Promise<Analysed>;
  /** After a write (an ingest, a merge, a split): links are read again before an analysis is reused. */
  readonly clear: () => void;
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
 * Loads stored articles and puts their claims in cross-article form (canonical speakers and
 * entities, mirror groups), keeping the most recently used in memory up to `budget` characters
 * of their texts in all: a story page or a series reads the same few dozen articles again and
 * again. The budget is in characters because an analysed article's size follows its text
 * (about 70 bytes of heap per character, tokens and layers included: 2 million characters are
 * some 140 MB); a count of articles would let a server's memory grow with their length. A write (`clear`) does not throw the
 * analyses away: stored articles never change, only their links may, so an article read again
 * after a write has its links read again (a few index look-ups) and is analysed again only when
 * they moved — reads under a stream of writes do not re-analyse the whole store each time.
 *
 * @example const cache = articleCache(store, ledger, countryNames()); await cache.load([id])
 */
export function articleCache(
  store: Store,
  ledger: Ledger,
  names: CountryNames,
  budget = 2_000_000,
): ArticleCache {
  const cache = new Map<string, Entry>();
  const dated = new Map<string, Entry>();
  let generation = 0;
  let call = 0;
  // The characters of the texts both maps hold (the analyses of one text share nothing).
  let held = 0;
  const linksOf = async (article: Article): Promise<Links> => {
    // The canonical entity of each of the article's entities, read before the pure conversion.
    const entities = new Map<string, { key: string; name: string }>();
    for (const entity of article.entities ?? []) {
      const found = await ledger.entityOf(article.id, entity.id);
      if (found) entities.set(entity.id, { key: found.id, name: found.name });
    }
    const group = await ledger.groupOf(article.id);
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
  const size = (entry: Entry) => entry.analysed.article.text.length;
  const drop = (map: Map<string, Entry>, key: string) => {
    const old = map.get(key);
    if (old) held -= size(old);
    map.delete(key);
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
      drop(from, oldest);
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
  return Object.freeze({
    async load(ids: readonly string[]) {
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
        if (hit || room(entry)) keep(cache, id, entry);
        out.push(entry.analysed);
      }
      return out;
    },
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
    clear: () => {
      generation++;
    },
  });
}
