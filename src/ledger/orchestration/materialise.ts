import type { LedgerBackend, StoryViewMaker } from './ports.js';
import type { LedgerReads } from './reads.js';

/** Live stories read per page when every story's views are made again. */
const PAGE = 500;

/**
 * Keeps stories' views current in the writer's path: after the writes that made them stale
 * commit (a linking run, a user's decision or verdict), each live story they name is made once
 * — however many of its ids (merged-away ones included) were named — by the read side's
 * builders, and stored against the epoch read before it was made, so a view made from inputs
 * another write changed meanwhile is not kept. A read then only reads: it never builds a whole
 * story's view. Without a maker (a ledger opened for linking only) nothing is made and reads
 * build what is missing, as they did before views were made at link time.
 *
 * @example const keep = viewKeeper(backend, reads, () => make); await keep(['story-1'])
 */
export function viewKeeper(
  backend: LedgerBackend,
  reads: Pick<LedgerReads, 'liveStory'>,
  maker: () => StoryViewMaker | undefined,
) {
  const everyStory = async (): Promise<string[]> => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await backend.views.storyPage(PAGE, offset);
      ids.push(...page.ids);
      if (page.ids.length < PAGE) return ids;
    }
  };

  /**
   * Makes and keeps the views of these stories (every live story's: null); returns how many
   * stories it made. An aborted `signal` stops it between two stories: the rest are built by
   * their first read.
   */
  return async (stories: Iterable<string> | null, signal?: AbortSignal): Promise<number> => {
    const make = maker();
    if (!make) return 0;
    const live = new Set<string>();
    for (const id of stories ?? (await everyStory())) {
      const row = await reads.liveStory(id);
      if (row) live.add(row.id);
    }
    let made = 0;
    for (const story of [...live].sort()) {
      if (signal?.aborted) break;
      const epoch = await backend.stored.epoch();
      const views = await make(story);
      await backend.transaction(async (tx) => {
        for (const [kind, items] of views) await tx.stored.put(story, kind, items, epoch);
      });
      made++;
      // A server's readers share this thread: they run between two stories.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return made;
  };
}

export type ViewKeeper = ReturnType<typeof viewKeeper>;
