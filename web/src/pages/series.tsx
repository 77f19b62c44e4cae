import { getAll } from '../api.js';
import type { SeriesView } from '../api.js';
import { SeriesChart, SeriesTable } from '../components/series-chart.js';
import { Status } from '../components/status.js';
import { href } from '../router.js';
import { useApi } from '../use-api.js';

/** Series: each measure's chart and its points as a table; `measure` and `story` narrow it. */
export function SeriesPage(props: { readonly params: URLSearchParams }) {
  const measure = props.params.get('measure') ?? undefined;
  const story = props.params.get('story') ?? undefined;
  const loaded = useApi(
    (signal) => getAll<SeriesView>('/api/series', { measure, story }, 400, signal),
    `${measure ?? ''}|${story ?? ''}`,
  );
  return (
    <section>
      <h1>Series{measure ? '' : ' (every measure)'}</h1>
      {story && (
        <p class="meta">
          In <a href={href('story', story)}>this story</a> only · <a href={href('series')}>all series</a>
        </p>
      )}
      <Status loaded={loaded} what="the series">
        {(page) =>
          page.items.length === 0 ? (
            <p class="empty">No series.</p>
          ) : (
            page.items.map((s) => (
              <section key={s.measure} class="series-block" aria-label={s.label}>
                <h2>
                  <a href={href('series', null, { measure: s.measure, story })}>{s.label}</a>
                </h2>
                <p class="meta">
                  {s.points.length} point{s.points.length === 1 ? '' : 's'} from {s.outlets.length} outlet
                  {s.outlets.length === 1 ? '' : 's'}
                </p>
                <SeriesChart series={s} />
                <details class="points-table">
                  <summary>The points as a table</summary>
                  <SeriesTable series={s} />
                </details>
              </section>
            ))
          )
        }
      </Status>
    </section>
  );
}
