import { useEffect, useState } from 'preact/hooks';
import type { SeriesView } from '../api.js';
import { formatNumber, shortDate } from '../format.js';
import { claimHref } from '../router.js';
import { timeRange } from '../time-range.js';
import { ClaimText, SourceChain } from './bits.js';
import { layoutSeries } from './series-layout.js';
import type { PlacedPoint } from './series-layout.js';

/** The chart's drawing size: narrower on a phone, so that its text stays readable once scaled. */
function useChartSize(): { width: number; height: number } {
  const [narrow, setNarrow] = useState(() => matchMedia('(max-width: 600px)').matches);
  useEffect(() => {
    const query = matchMedia('(max-width: 600px)');
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow ? { width: 380, height: 260 } : { width: 720, height: 300 };
}

/** What the tooltip panel shows about a point. */
function PointDetail(props: { readonly placed: PlacedPoint }) {
  const { point, claim } = props.placed;
  const value =
    point.min !== null && point.max !== null && point.min !== point.max
      ? `${formatNumber(point.min)}–${formatNumber(point.max)}`
      : formatNumber(point.value);
  return (
    <div class="point-detail" role="status">
      <p>
        <strong>
          {point.approximate ? '≈ ' : ''}
          {value}
        </strong>{' '}
        {point.unit !== 'count' && point.unit !== 'people' ? point.unit : ''} — “{point.text}”{' '}
        {point.timeIs === 'before' ? 'by ' : 'at '}
        {point.time?.value ?? 'an unknown time'}
        {point.conflicts.length > 0 && <span class="badge conflict-badge">in conflict</span>}
      </p>
      {claim && (
        <>
          <p class="entry-text">
            <ClaimText text={claim.text} />
          </p>
          <p class="entry-source">
            <SourceChain claim={claim} /> ·{' '}
            <a href={claimHref(claim)}>
              {claim.outlet ?? 'article'}, {shortDate(claim.published)}
            </a>
          </p>
        </>
      )}
    </div>
  );
}

/**
 * A measure's points over time as an SVG of our own: one mark per source point, colour by
 * outlet; a range of values is drawn as a vertical bar, a time coarser than a day as a
 * horizontal bar, an approximate value as a hollow mark, a conflicting point with a red ring.
 * Hovering or focusing a mark shows its claim below the chart.
 */
export function SeriesChart(props: { readonly series: SeriesView }) {
  const { width: WIDTH, height: HEIGHT } = useChartSize();
  const layout = layoutSeries(props.series, WIDTH, HEIGHT);
  const [selected, setSelected] = useState<number | null>(null);
  const current = selected === null ? null : layout.points[selected];
  if (layout.points.length === 0)
    return <p class="empty">No point of this measure has a time on the calendar.</p>;
  return (
    <figure class="series">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`${props.series.label}: ${layout.points.length} points`}
        class="chart"
      >
        {layout.yTicks.map((t) => (
          <g key={`y${t.value}`} class="tick">
            <line x1={layout.left} x2={WIDTH - layout.right} y1={t.y} y2={t.y} />
            <text x={layout.left - 6} y={t.y + 4} text-anchor="end">
              {formatNumber(t.value)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <g key={`x${t.label}`} class="tick">
            <line x1={t.x} x2={t.x} y1={HEIGHT - layout.bottom} y2={HEIGHT - layout.bottom + 5} />
            <text x={t.x} y={HEIGHT - layout.bottom + 18} text-anchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {layout.points.map((p, i) => (
          <g
            key={i}
            class={`point${p.point.approximate ? ' approx' : ''}${p.point.conflicts.length > 0 ? ' conflicting' : ''}${selected === i ? ' selected' : ''}`}
            tabIndex={0}
            role="button"
            aria-label={`${p.point.text}, ${p.point.time?.value ?? 'time unknown'}, ${p.claim?.outlet ?? ''}${p.point.conflicts.length > 0 ? ', in conflict' : ''}`}
            style={{ color: p.color }}
            onMouseEnter={() => setSelected(i)}
            onFocus={() => setSelected(i)}
            onClick={() => setSelected(i)}
          >
            {p.x2 - p.x1 > 3 && <line class="time-extent" x1={p.x1} x2={p.x2} y1={p.y} y2={p.y} />}
            {p.yLow !== p.yHigh && <line class="value-range" x1={p.x} x2={p.x} y1={p.yLow} y2={p.yHigh} />}
            {p.point.conflicts.length > 0 && <circle class="ring" cx={p.x} cy={p.y} r={10} />}
            <circle class="mark" cx={p.x} cy={p.y} r={5.5} />
          </g>
        ))}
      </svg>
      <ul class="legend" aria-label="outlets">
        {layout.outlets.map(([name, color]) => (
          <li key={name}>
            <span class="swatch" style={{ background: color }} aria-hidden="true" /> {name}
          </li>
        ))}
        <li class="legend-note">hollow: approximate · bar: range · ring: in conflict</li>
      </ul>
      {current ? (
        <PointDetail placed={current} />
      ) : (
        <p class="hint">Hover or focus a point to see its claim.</p>
      )}
    </figure>
  );
}

/** The points as a table: the same data for keyboards, screen readers and narrow screens. */
export function SeriesTable(props: { readonly series: SeriesView }) {
  const rows = [...props.series.points].sort(
    (a, b) =>
      (timeRange(a.time?.value ?? '')?.[0] ?? Infinity) - (timeRange(b.time?.value ?? '')?.[0] ?? Infinity),
  );
  return (
    <table class="points">
      <caption class="visually-hidden">Points of {props.series.label}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p, i) => {
          const claim = props.series.claims[p.claim];
          return (
            <tr key={i} class={p.conflicts.length > 0 ? 'conflicting' : ''}>
              <td>
                {p.timeIs === 'before' ? 'by ' : ''}
                {p.time?.value ?? '?'}
              </td>
              <td>
                {p.text}
                {p.conflicts.length > 0 && <span class="badge conflict-badge">conflict</span>}
              </td>
              <td>
                {claim && (
                  <>
                    <SourceChain claim={claim} /> ·{' '}
                    <a href={claimHref(claim)}>{shortDate(claim.published)}</a>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
