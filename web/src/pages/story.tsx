import { useState } from 'preact/hooks';
import { getAll, getJson } from '../api.js';
import type { ConflictView, SeriesView, StorySummary, TimelineEntryView } from '../api.js';
import { ConflictsPanel } from '../components/conflicts.js';
import { Status } from '../components/status.js';
import { TimelineCard } from '../components/timeline.js';
import { dateSpan } from '../format.js';
import { href } from '../router.js';
import { useApi } from '../use-api.js';

interface StoryData {
  readonly story: StorySummary;
  readonly timeline: readonly TimelineEntryView[];
  readonly conflicts: readonly ConflictView[];
  readonly series: readonly SeriesView[];
}

async function loadStory(id: string, signal: AbortSignal): Promise<StoryData> {
  const q = encodeURIComponent(id);
  const [story, timeline, conflicts, series] = await Promise.all([
    getJson<StorySummary>(`/api/stories/${q}`, signal),
    getAll<TimelineEntryView>('/api/timeline', { story: id }, 2000, signal),
    getAll<ConflictView>('/api/conflicts', { story: id }, 1000, signal),
    getAll<SeriesView>('/api/series', { story: id }, 200, signal),
  ]);
  return { story, timeline: timeline.items, conflicts: conflicts.items, series: series.items };
}

const SERIES_SHOWN = 5;

/** The measures with the most points, for the story's header (the rest are one click away). */
function topSeries(series: readonly SeriesView[]): readonly SeriesView[] {
  return [...series].sort((a, b) => b.points.length - a.points.length).slice(0, SERIES_SHOWN);
}

/** A story: its timeline in the order of the times claims refer to, and its conflicts beside it. */
export function StoryPage(props: { readonly id: string }) {
  const loaded = useApi((signal) => loadStory(props.id, signal), props.id);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Status loaded={loaded} what="the story">
      {({ story, timeline, conflicts, series }) => {
        const byId = new Map(conflicts.map((c) => [c.id, c]));
        return (
          <article class="story">
            <header class="page-head">
              <h1>{story.label}</h1>
              <p class="meta">
                {story.articles} article{story.articles === 1 ? '' : 's'} ·{' '}
                {dateSpan(story.first, story.last)} · {story.outlets.join(', ')}
              </p>
              {series.length > 0 && (
                <p class="series-links">
                  Series:{' '}
                  {topSeries(series).map((s, i) => (
                    <span key={s.measure}>
                      {i > 0 && ' · '}
                      <a href={href('series', null, { measure: s.measure, story: story.id })}>
                        {s.label} ({s.points.length})
                      </a>
                    </span>
                  ))}
                  {series.length > SERIES_SHOWN && (
                    <>
                      {' · '}
                      <a href={href('series', null, { story: story.id })}>all {series.length} series</a>
                    </>
                  )}
                </p>
              )}
            </header>
            <div class="story-grid">
              <section class="timeline-section" aria-labelledby="timeline-h">
                <h2 id="timeline-h">Timeline</h2>
                <p class="hint">Ordered by the time each claim refers to, not by publication.</p>
                {timeline.length === 0 ? (
                  <p class="empty">No claims in this story.</p>
                ) : (
                  <ol class="timeline">
                    {timeline.map((entry, i) => (
                      <TimelineCard key={i} entry={entry} conflicts={byId} onConflict={setOpenId} />
                    ))}
                  </ol>
                )}
              </section>
              <section class="conflicts-section" aria-labelledby="conflicts-h">
                <h2 id="conflicts-h">Conflicts ({conflicts.length})</h2>
                <ConflictsPanel conflicts={conflicts} openId={openId} onOpen={setOpenId} />
              </section>
            </div>
          </article>
        );
      }}
    </Status>
  );
}
