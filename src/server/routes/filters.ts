import type { ClaimFilter, Modality, Page, PageRequest, SearchFilter } from '../../engine/index.js';
import type { ParamValues } from '../validate.js';

/** Only the keys whose value is given (the engine's filters take no explicit undefined). */
function given<K extends string>(values: ParamValues, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const v = values.str(key);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * The claim filter of a request (story, entity, source, outlet, modality, from, to).
 *
 * @example claimFilter(values) // { story: 's1', from: '2019' }
 */
export function claimFilter(values: ParamValues): ClaimFilter {
  const { modality, ...rest } = given(values, [
    'story',
    'entity',
    'source',
    'outlet',
    'modality',
    'from',
    'to',
  ]);
  // The validator has checked modality against the enum.
  return { ...rest, ...(modality ? { modality: modality as Modality } : {}) };
}

export function pageRequest(values: ParamValues): Required<PageRequest> {
  return { offset: values.int('offset'), limit: values.int('limit') };
}

export function searchFilter(values: ParamValues): SearchFilter {
  return { ...given(values, ['entity', 'outlet', 'story', 'from', 'to']), ...pageRequest(values) };
}

/**
 * A page cut from a whole list (for the queries that answer lists: timeline, series, conflicts).
 *
 * @example pageOf(['a', 'b', 'c'], { offset: 1, limit: 1 }) // { items: ['b'], total: 3, offset: 1, limit: 1 }
 */
export function pageOf<T>(items: readonly T[], page: Required<PageRequest>): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length, ...page };
}
