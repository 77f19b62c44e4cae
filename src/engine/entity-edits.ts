import type { Ledger } from '../ledger/orchestration/ledger.js';
import type { LedgerChange } from '../ledger/orchestration/views.js';
import { entitySummary } from './read/entities.js';
import type { EntityChangeView } from './views.js';

/** What a transport asks of a user's correction of entities: ids as the API shows them. */
export interface EntityEdits {
  /**
   * `id` and `other` are one entity. Null when either id names no entity (the API's 404);
   * otherwise the change, which says in words why nothing changed when nothing did.
   */
  merge(id: string, other: string, note?: string): Promise<EntityChangeView | null>;
  /**
   * What entity `id` holds in `part.article` (its id, or the first 6+ characters of it) is
   * another entity; with `part.mention`, only the mentions with those words. Null when `id`
   * names no entity.
   */
  split(
    id: string,
    part: { readonly article: string; readonly mention?: string },
    note?: string,
  ): Promise<EntityChangeView | null>;
}

/**
 * Users' merges and splits for the HTTP API and the UI, over the ledger's recorded decisions
 * (replayed on every rebuild, like the CLI's `entities merge|split`); `changed` runs after every
 * change (the read side forgets what it analysed).
 *
 * @example await entityEdits(ledger, refresh).merge('entity-1', 'entity-2') // { changed: true, ... }
 */
export function entityEdits(
  ledger: Ledger,
  edit: Pick<Ledger, 'merge' | 'split'>,
  changed: () => void,
): EntityEdits {
  const view = async (change: LedgerChange): Promise<EntityChangeView> => {
    if (change.changed) changed();
    const entities = [];
    for (const e of change.entities) {
      const found = await ledger.entity(e.id);
      if (found) entities.push(entitySummary(found));
    }
    return { changed: change.changed, summary: change.summary, entities };
  };
  const known = async (id: string) => (await ledger.entity(id)) !== null;
  return Object.freeze({
    async merge(id: string, other: string, note?: string) {
      if (!(await known(id)) || !(await known(other))) return null;
      return view(await edit.merge(id, other, note));
    },
    async split(id: string, part: { readonly article: string; readonly mention?: string }, note?: string) {
      const entity = await ledger.entity(id);
      if (!entity) return null;
      // An article id may be shortened as elsewhere in the API, when one of the entity's articles fits.
      const articles = [...new Set(entity.units.map((u) => u.unit.article))];
      const byPrefix = part.article.length >= 6 ? articles.filter((a) => a.startsWith(part.article)) : [];
      const article = articles.includes(part.article)
        ? part.article
        : byPrefix.length === 1 && byPrefix[0]
          ? byPrefix[0]
          : part.article;
      return view(await edit.split(id, { ...part, article }, note));
    },
  });
}
