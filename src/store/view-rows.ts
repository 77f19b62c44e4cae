import type { StoredView, ViewRange } from '../ledger/orchestration/ports.js';

/**
 * A view from the rows of a page read (the head joined with its items): null when no view is
 * kept, or when the items read are not all the range holds (a view cut short is not shown).
 *
 * @example viewOf([{ total: 3, item: '"b"' }], { offset: 1, limit: 1 }) // { items: ['"b"'], total: 3 }
 */
export function viewOf(
  rows: readonly { readonly total: number | string; readonly item: string | null }[],
  range: ViewRange,
): StoredView | null {
  const first = rows[0];
  if (!first) return null;
  const total = Number(first.total);
  const items = rows.flatMap((r) => (r.item === null ? [] : [r.item]));
  const expected = Math.max(0, Math.min(range.limit, total - range.offset));
  return items.length === expected ? { items, total } : null;
}

/** A row of a read of several stories' whole views: the story, its view's size, one item (null: none). */
export interface ViewRow {
  readonly story: string;
  readonly total: number | string;
  readonly item: string | null;
}

/**
 * Whole views by story from the rows of one read of several (grouped by story, items in order):
 * a story's view only when all its items were read, as `viewOf` does for one.
 *
 * @example viewsOf([{ story: 's', total: 1, item: '"a"' }]) // Map { 's' => { items: ['"a"'], total: 1 } }
 */
export function viewsOf(rows: readonly ViewRow[]): ReadonlyMap<string, StoredView> {
  const grouped = new Map<string, ViewRow[]>();
  for (const row of rows) {
    let list = grouped.get(row.story);
    if (!list) grouped.set(row.story, (list = []));
    list.push(row);
  }
  const found = new Map<string, StoredView>();
  for (const [story, list] of grouped) {
    const view = viewOf(list, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    if (view) found.set(story, view);
  }
  return found;
}
