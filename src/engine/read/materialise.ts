import type { Lexicon } from '../../lexicon/index.js';
import { openLedger } from '../../ledger/orchestration/ledger.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { StoryViewMaker } from '../../ledger/orchestration/ports.js';
import type { Store } from '../../store/store.js';
import { createQueries } from './queries.js';

/** Characters of article text the view maker holds as whole analyses: a batch's new articles. */
const WHOLE_BUDGET = 200_000;

/**
 * The ledger of a store whose writes keep stories' views: once a linking run, a decision or a
 * verdict is committed, the views of every story it touched are made with the read side's own
 * builders and kept, so that a read of a whole story's timeline, series, conflicts or claims
 * reads rows and never builds. Every writer opens its ledger here.
 *
 * @example const ledger = await openViewsLedger(store); await ledger.linkPending()
 */
export function openViewsLedger(
  store: Store,
  options: {
    readonly lexicon?: Lexicon;
    /** Characters of article text the view maker holds as whole analyses (default 200,000). */
    readonly wholeBudget?: number;
  } = {},
): Promise<Ledger> {
  return openLedger(store, {
    ...options,
    views: (ledger): StoryViewMaker => {
      // Its own article cache: the maker reads the store as the write left it, not a reader's.
      // Whole analyses are for reads of one article; views need claims alone, held apart.
      const queries = createQueries(store, ledger, {
        ...options,
        wholeBudget: options.wholeBudget ?? WHOLE_BUDGET,
      });
      return async (story, moved) => {
        // Links moved since the last story was made: analyses are checked against them again
        // (only those of the articles whose links moved, when the ledger knows which).
        queries.refresh(moved ?? undefined);
        return queries.makeViews(story);
      };
    },
  });
}
