import { interval, overlaps } from '../../ledger/time/interval.js';
import type { LedgerClaim } from '../../ledger/records.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { Store } from '../../store/store.js';
import type { ClaimFilter } from '../queries.js';
import { findEntity } from './entities.js';

/**
 * The articles a filter can draw claims from, cheaply: a story's members, the articles an entity
 * is linked in, or (no story and no entity) every stored article. Null when a named story or
 * entity does not exist.
 */
export async function scopeArticles(
  store: Store,
  ledger: Ledger,
  filter: ClaimFilter,
): Promise<readonly string[] | null> {
  let ids: Set<string> | null = null;
  if (filter.story !== undefined) {
    const story = await ledger.story(filter.story);
    if (!story) return null;
    ids = new Set(story.members);
  }
  for (const name of [filter.entity, filter.source]) {
    if (name === undefined) continue;
    const entity = await findEntity(ledger, name);
    const units = entity ? (await ledger.entity(entity.id))?.units : undefined;
    if (!units) return null;
    const articles = new Set(units.map((u) => u.unit.article));
    ids = ids ? new Set([...ids].filter((id) => articles.has(id))) : articles;
  }
  if (ids) return [...ids];
  const all: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.list({ offset, limit: 1000 });
    all.push(...page.map((a) => a.id));
    if (page.length < 1000) return all;
  }
}

/** A predicate for the claim-level parts of a filter (entity, source, outlet, modality, dates). */
export async function claimPredicate(
  ledger: Ledger,
  filter: ClaimFilter,
): Promise<(c: LedgerClaim) => boolean> {
  const entity = filter.entity === undefined ? undefined : (await findEntity(ledger, filter.entity))?.id;
  const source = filter.source === undefined ? undefined : (await findEntity(ledger, filter.source))?.id;
  const outlet = filter.outlet?.toLowerCase();
  const from = filter.from ? interval(filter.from) : null;
  const to = filter.to ? interval(filter.to) : null;
  const window = from || to ? { start: from?.start ?? -Infinity, end: to?.end ?? Infinity, rank: 0 } : null;
  return (c) => {
    if (entity !== undefined && c.speaker !== entity && !c.about.includes(entity)) return false;
    if (source !== undefined && c.speaker !== source) return false;
    if (outlet !== undefined && (c.article.outlet ?? '').toLowerCase() !== outlet) return false;
    if (filter.modality !== undefined && c.claim.modality !== filter.modality) return false;
    if (window) {
      const when = c.claim.times.refers?.value ?? c.article.published;
      const i = when ? interval(when) : null;
      if (!i || !overlaps(i, window)) return false;
    }
    return true;
  };
}

/**
 * A filter that names a story and nothing else: the story's whole timeline (series, conflicts),
 * the views the ledger keeps, a page of which reads only its own items.
 *
 * @example isWholeStory({ story: 's1' }) // true; isWholeStory({ story: 's1', outlet: 'UPI' }) // false
 */
export function isWholeStory(filter: ClaimFilter): filter is ClaimFilter & { readonly story: string } {
  return (
    filter.story !== undefined &&
    Object.entries(filter).every(([key, value]) => key === 'story' || value === undefined)
  );
}

/**
 * A filter that selects nothing out: the whole store, a page of which is read from the store
 * rather than built from every article.
 *
 * @example isWholeStore({}) // true; isWholeStore({ story: 's1' }) // false
 */
export function isWholeStore(filter: ClaimFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}
