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
