import type {
  ArticleDetail,
  ArticleSummary,
  ClaimBrief,
  ClaimView,
  ConflictView,
  EntityChangeView,
  EntityDetail,
  EntitySummary,
  Page,
  SearchHit,
  SeriesView,
  StorySummary,
  TimelineEntryView,
} from '../../src/engine/views.js';

export type {
  ArticleDetail,
  ArticleSummary,
  ClaimBrief,
  ClaimView,
  ConflictView,
  EntityChangeView,
  EntityDetail,
  EntitySummary,
  Page,
  SearchHit,
  SeriesView,
  StorySummary,
  TimelineEntryView,
};

const TOKEN_KEY = 'claimline-token';

/** An error answer of the API, as the server sends it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The access token for servers that need one, kept for this tab only. */
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string): void => sessionStorage.setItem(TOKEN_KEY, value),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

/** A query string from the given values, skipping empty ones. */
export function queryString(params: Readonly<Record<string, string | number | undefined | null>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/**
 * GETs a JSON answer of the API; an error answer becomes an HttpError with the server's words.
 *
 * @example const page = await getJson<Page<StorySummary>>('/api/stories')
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const t = token.get();
  if (t) headers['Authorization'] = `Bearer ${t}`;
  const res = await fetch(path, { headers, ...(signal ? { signal } : {}) });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new HttpError(
      res.status,
      error?.code ?? 'http',
      error?.message ?? `the server answered ${res.status}`,
    );
  }
  return body as T;
}

/**
 * POSTs a JSON body to the API and gives its JSON answer; an error answer becomes an HttpError.
 *
 * @example await postJson<ConflictView>(`/api/conflicts/${id}/decision`, { verdict: 'wrong' })
 */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const t = token.get();
  if (t) headers['Authorization'] = `Bearer ${t}`;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  const answer: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (answer as { error?: { code?: string; message?: string } } | null)?.error;
    throw new HttpError(
      res.status,
      error?.code ?? 'http',
      error?.message ?? `the server answered ${res.status}`,
    );
  }
  return answer as T;
}

/** The largest page the API gives. */
export const MAX_PAGE = 200;

/** Every item of a paged list, fetched a page at a time (stops at `cap` items). */
export async function getAll<T>(
  path: string,
  params: Record<string, string | undefined>,
  cap = 2000,
  signal?: AbortSignal,
): Promise<Page<T>> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < cap; offset += MAX_PAGE) {
    const page = await getJson<Page<T>>(
      `${path}${queryString({ ...params, offset, limit: MAX_PAGE })}`,
      signal,
    );
    items.push(...page.items);
    total = page.total;
    if (items.length >= total || page.items.length === 0) break;
  }
  return { items, total, offset: 0, limit: items.length };
}
