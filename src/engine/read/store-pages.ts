import type { LedgerClaim } from '../../ledger/records.js';
import type { Article } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import type { ClaimView, Page, TimelineEntryView } from '../views.js';
import type { ArticleCache } from './analysed.js';
import { claimView } from './claim-view.js';

/**
 * Pages of the whole store's claims read from the store itself (`Store.claimOrder`): only the
 * articles on the page are loaded, so a page costs the same whatever the store's size. This is
 * what the unfiltered lists of a busy server read; building the merged timeline of every stored
 * claim (`Queries.timeline()`) costs the whole store at each write.
 *
 * @example const pages = storePages(store, cache); (await pages.claims({ offset: 0, limit: 50 })).total
 */
export function storePages(store: Store, cache: ArticleCache) {
  /** The page's claims in the store's order, with the articles that hold them. */
  async function claimsOf(offset: number, limit: number) {
    const { items: refs, total } = await store.claimOrder({ offset, limit });
    const loaded = await cache.load([...new Set(refs.map((r) => r.article))]);
    const byKey = new Map<string, { claim: LedgerClaim; article: Article }>();
    for (const a of loaded) for (const c of a.claims) byKey.set(c.key, { claim: c, article: a.article });
    // An article gone between the two reads (none is ever deleted today) leaves its claims out.
    const found = refs.flatMap((r) => byKey.get(`${r.article}/${r.id}`) ?? []);
    return { found, total };
  }

  return Object.freeze({
    /** Every stored claim, in the order of the time it refers to. */
    async claims(page: { offset: number; limit: number }): Promise<Page<ClaimView>> {
      const { found, total } = await claimsOf(page.offset, page.limit);
      return { items: found.map((f) => claimView(f.claim, f.article)), total, ...page };
    },

    /**
     * Every stored claim as its own timeline entry, in the same order: an entry neither merges
     * the reports of one event nor marks conflicts (those need every claim of a story or a filter).
     */
    async timeline(page: { offset: number; limit: number }): Promise<Page<TimelineEntryView>> {
      const { found, total } = await claimsOf(page.offset, page.limit);
      const items = found.map(({ claim: c, article }) => ({
        time: c.claim.times.refers,
        text: c.claim.text,
        modality: c.claim.modality,
        speaker: c.speakerName,
        claims: [claimView(c, article)],
        firstReported: { outlet: c.article.outlet, published: c.article.published },
        repeatedBy: [],
        conflicts: [],
      }));
      return { items, total, ...page };
    },
  });
}
