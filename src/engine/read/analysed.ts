import type { Article, Published } from '../../model/index.js';
import { redate } from '../../ledger/time/redate.js';
import { articleRef, ledgerClaims } from '../../ledger/claims/ledger-claims.js';
import type { Canonical } from '../../ledger/claims/ledger-claims.js';
import type { CountryNames } from '../../ledger/measures/countries.js';
import { articlePoints } from '../../ledger/measures/points.js';
import type { LedgerClaim, SeriesPoint } from '../../ledger/records.js';
import type { Store, StoreLedger } from '../../store/store.js';

/** One stored article with its claims and series points in cross-article form. */
export interface Analysed {
  readonly article: Article;
  readonly claims: readonly LedgerClaim[];
  readonly points: readonly SeriesPoint[];
}

export interface ArticleCache {
  /** The analysed articles of these ids, in order; ids not stored are left out. */
  readonly load: (ids: readonly string[]) => Promise<Analysed[]>;
  /** An undated article analysed again with a publication date found outside its text. */
  readonly redated: (article: Article, published: Published) => Analysed;
  /** Forgets everything (after an ingest, a merge or a split changed groups or entities). */
  readonly clear: () => void;
}

/**
 * Loads stored articles and puts their claims in cross-article form (canonical speakers and
 * entities, mirror groups), keeping the most recently used `size` in memory: a story page or a
 * series reads the same few dozen articles again and again.
 *
 * @example const cache = articleCache(store, ledger, countryNames()); await cache.load([id])
 */
export function articleCache(
  store: Store,
  ledger: StoreLedger,
  names: CountryNames,
  size = 4000,
): ArticleCache {
  const cache = new Map<string, Analysed>();
  const dated = new Map<string, Analysed>();
  const canonical: Canonical = (article, entity) => {
    const found = ledger.entityOf(article.id, entity.id);
    return found
      ? { key: found.id, name: found.name }
      : { key: entity.name.toLowerCase(), name: entity.name };
  };
  const analyse = (article: Article): Analysed => {
    const ref = articleRef(article, ledger.groupOf(article.id));
    return {
      article,
      claims: ledgerClaims(article, ref, canonical),
      points: articlePoints(article, ref, names),
    };
  };
  return Object.freeze({
    async load(ids: readonly string[]) {
      const out: Analysed[] = [];
      for (const id of ids) {
        let hit = cache.get(id);
        if (hit)
          cache.delete(id); // re-inserted below: the Map's order is the recency order
        else {
          const article = await store.get(id);
          if (!article) continue;
          hit = analyse(article);
        }
        cache.set(id, hit);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
        out.push(hit);
      }
      return out;
    },
    redated(article: Article, published: Published) {
      const key = `${article.id}@${published.value ?? ''}`;
      let hit = dated.get(key);
      if (!hit) dated.set(key, (hit = analyse(redate(article, published))));
      if (dated.size > size) dated.delete(dated.keys().next().value as string);
      return hit;
    },
    clear: () => {
      cache.clear();
      dated.clear();
    },
  });
}
