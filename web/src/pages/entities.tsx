import { getJson, queryString } from '../api.js';
import type { EntitySummary, Page } from '../api.js';
import { Status } from '../components/status.js';
import { href } from '../router.js';
import { useApi } from '../use-api.js';

/** Entities, searchable by name or alias. */
export function EntitiesPage(props: { readonly params: URLSearchParams }) {
  const q = props.params.get('q') ?? '';
  const loaded = useApi(
    (signal) => getJson<Page<EntitySummary>>(`/api/entities${queryString({ q, limit: 200 })}`, signal),
    q,
  );
  return (
    <section>
      <h1>Entities</h1>
      <form
        class="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get('q');
          location.hash = href('entities', null, { q: typeof value === 'string' ? value : '' });
        }}
      >
        <label>
          Name or alias <input name="q" type="search" defaultValue={q} />
        </label>{' '}
        <button type="submit">Find</button>
      </form>
      <Status loaded={loaded} what="entities">
        {(page) => (
          <>
            <p class="meta">
              {page.total} entit{page.total === 1 ? 'y' : 'ies'}
              {page.total > page.items.length ? ` (the first ${page.items.length} shown)` : ''}
            </p>
            <ul class="entity-list">
              {page.items.map((e) => (
                <li key={e.id}>
                  <a href={href('entity', e.id)}>{e.name}</a> <span class="badge type">{e.type}</span>{' '}
                  <span class="meta">
                    {e.articles} article{e.articles === 1 ? '' : 's'}, {e.mentions} mention
                    {e.mentions === 1 ? '' : 's'}
                    {e.aliases.length > 1
                      ? ` · also ${e.aliases.filter((a) => a !== e.name).join(', ')}`
                      : ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Status>
    </section>
  );
}
