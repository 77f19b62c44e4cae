/** A parsed hash route: `#/story/s1?x=1` → { page: 'story', id: 's1', params }. */
export interface Route {
  readonly page: string;
  readonly id: string | null;
  readonly params: URLSearchParams;
}

/**
 * Parses a location hash into a route.
 *
 * @example parseHash('#/article/abc?claim=abc%2Fc3') // { page: 'article', id: 'abc', params: claim=abc/c3 }
 */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [page = '', ...rest] = path.split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : null;
  return { page: page || 'stories', id, params };
}

/**
 * The hash of a route, for links.
 *
 * @example href('article', 'abc', { claim: 'abc/c3' }) // '#/article/abc?claim=abc%2Fc3'
 */
export function href(
  page: string,
  id?: string | null,
  params: Record<string, string | undefined> = {},
): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const qs = search.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}

/** The link to the sentence a claim came from. */
export function claimHref(claim: { readonly articleId: string; readonly key: string }): string {
  return href('article', claim.articleId, { claim: claim.key });
}
