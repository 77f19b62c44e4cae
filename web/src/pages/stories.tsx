import { getAll } from '../api.js';
import type { StorySummary } from '../api.js';
import { Status } from '../components/status.js';
import { dateSpan } from '../format.js';
import { href } from '../router.js';
import { useApi } from '../use-api.js';

/** The story list: every story with its size, outlets and dates. */
export function StoriesPage() {
  const loaded = useApi((signal) => getAll<StorySummary>('/api/stories', {}, 1000, signal), 'stories');
  return (
    <section>
      <h1>Stories</h1>
      <Status loaded={loaded} what="stories">
        {(page) =>
          page.items.length === 0 ? (
            <p class="empty">
              No stories yet: ingest articles with `claimline ingest PATH` or POST /api/articles.
            </p>
          ) : (
            <ul class="cards stories">
              {page.items.map((s) => (
                <li key={s.id} class="card">
                  <h2>
                    <a href={href('story', s.id)}>{s.label}</a>
                  </h2>
                  <p class="meta">
                    {s.articles} article{s.articles === 1 ? '' : 's'} · {dateSpan(s.first, s.last)}
                  </p>
                  <p class="outlets">{s.outlets.join(', ')}</p>
                </li>
              ))}
            </ul>
          )
        }
      </Status>
    </section>
  );
}
