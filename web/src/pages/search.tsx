import { getAll, getJson, queryString } from '../api.js';
import type { Page, SearchHit, StorySummary } from '../api.js';
import { Status } from '../components/status.js';
import { shortDate } from '../format.js';
import { href } from '../router.js';
import { useApi } from '../use-api.js';

const FIELDS = ['q', 'entity', 'outlet', 'story', 'from', 'to'] as const;

/** Full-text search with filters (entity, outlet, story, date range); the form lives in the hash. */
export function SearchPage(props: { readonly params: URLSearchParams }) {
  const values = Object.fromEntries(FIELDS.map((f) => [f, props.params.get(f) ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const key = FIELDS.map((f) => values[f]).join('|');
  const stories = useApi((signal) => getAll<StorySummary>('/api/stories', {}, 400, signal), 'stories');
  const results = useApi(
    (signal) =>
      values.q.trim() === ''
        ? Promise.resolve(null)
        : getJson<Page<SearchHit>>(`/api/search${queryString({ ...values, limit: 50 })}`, signal),
    key,
  );
  return (
    <section>
      <h1>Search</h1>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const params: Record<string, string> = {};
          for (const f of FIELDS) {
            const v = data.get(f);
            if (typeof v === 'string' && v.trim() !== '') params[f] = v.trim();
          }
          location.hash = href('search', null, params);
        }}
      >
        <label class="wide">
          Words{' '}
          <input name="q" type="search" defaultValue={values.q} required placeholder="workers repatriated" />
        </label>
        <label>
          Entity <input name="entity" defaultValue={values.entity} placeholder="Ilichev" />
        </label>
        <label>
          Outlet <input name="outlet" defaultValue={values.outlet} placeholder="UPI" />
        </label>
        <label>
          Story{' '}
          <select name="story" defaultValue={values.story}>
            <option value="">any</option>
            {stories.state === 'done' &&
              stories.data.items.map((s) => (
                <option key={s.id} value={s.id} selected={s.id === values.story}>
                  {s.label}
                </option>
              ))}
          </select>
        </label>
        <label>
          From{' '}
          <input
            name="from"
            defaultValue={values.from}
            placeholder="2019"
            pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
          />
        </label>
        <label>
          To{' '}
          <input
            name="to"
            defaultValue={values.to}
            placeholder="2020-01-31"
            pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <Status loaded={results} what="results">
        {(page) =>
          page === null ? null : page.items.length === 0 ? (
            <p class="empty">No article matches.</p>
          ) : (
            <>
              <p class="meta">
                {page.total} article{page.total === 1 ? '' : 's'}
              </p>
              <ol class="hits">
                {page.items.map((h) => (
                  <li key={h.article.id}>
                    <a href={href('article', h.article.id)}>{h.article.title ?? '(no title)'}</a>
                    <p class="meta">
                      {h.article.outlet ?? 'outlet unknown'} · {shortDate(h.article.published)}
                    </p>
                    <p class="snippet">
                      {h.snippet.map((s, i) =>
                        s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                      )}
                    </p>
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </Status>
    </section>
  );
}
