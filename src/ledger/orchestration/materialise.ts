import type { LedgerBackend, StoryViewMaker } from './ports.js';
import type { LedgerReads } from './reads.js';

/** Live stories read per page when every story's views are made again. */
const PAGE = 500;

/**
 * What a linking run moved of stored articles' links: the articles whose mirror group or
 * canonical entities changed, and how many times it made views stale (each article linked once).
 */
export interface LinksMoved {
  readonly articles: ReadonlySet<string>;
  readonly stales: number;
}

/**
 * Keeps stories' views current in the writer's path: after the writes that made them stale
 * commit (a linking run, a user's decision or verdict), each live story they name is made once
 * — however many of its ids (merged-away ones included) were named — by the read side's
 * builders, and stored against the epoch read before it was made, so a view made from inputs
 * another write changed meanwhile is not kept. The maker is told whose links moved since it last
 * made a view: after a linking run that says which articles it moved, and when the epoch shows
 * that no other write came between (the run made it move once per article it linked), those
 * articles' alone; else anything may have moved (null), and it reads every link again.
 * A read then only reads: it never builds a whole
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

  // The epoch at which the maker's analyses were last current (null: unknown).
  let seen: number | null = null;
  /**
   * Makes and keeps the views of these stories (every live story's: null); returns how many
   * stories it made. An aborted `signal` stops it between two stories: the rest are built by
   * their first read. `moved`: what the linking run that calls it moved of links.
   */
  return async (
    stories: Iterable<string> | null,
    signal?: AbortSignal,
    moved?: LinksMoved,
  ): Promise<number> => {
    const make = maker();
    if (!make) return 0;
    const known = seen;
    seen = null;
    const start = await backend.stored.epoch();
    let current = moved && known !== null && start === known + moved.stales ? start : null;
    let changed: ReadonlySet<string> | null = moved?.articles ?? null;
    const live = new Set<string>();
    for (const id of stories ?? (await everyStory())) {
      const row = await reads.liveStory(id);
      if (row) live.add(row.id);
    }
    let made = 0;
    for (const story of [...live].sort()) {
      if (signal?.aborted) break;
      const epoch = await backend.stored.epoch();
      // Links another write moved meanwhile are unknown: every one is read again.
      const views = await make(story, current === epoch ? changed : null);
      current = epoch;
      changed = new Set();
      await backend.transaction(async (tx) => {
        for (const [kind, items] of views) await tx.stored.put(story, kind, items, epoch);
      });
      made++;
      // A server's readers share this thread: they run between two stories.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Current only if the maker read what moved: a run that made no view leaves it unknown.
    if (made > 0 && current !== null && (await backend.stored.epoch()) === current) seen = current;
    return made;
  };
}

export type ViewKeeper = ReturnType<typeof viewKeeper>;
