import { shorten } from '../ledger/conflicts/dated.js';
import type { TimeRef } from '../model/index.js';
import { unresolvedLabel } from './views/time-label.js';
import type {
  ClaimView,
  ConflictView,
  EntityDetail,
  EntitySummary,
  SeriesPointView,
  SeriesView,
  StorySummary,
  TimelineEntryView,
} from '../engine/views.js';

/**
 * The readable reports of the ledger commands: what an analyst reads in a terminal or pastes
 * into a note. Plain text, one block per entry, the source chain and the date on every line
 * that states something.
 */

/** A time as an analyst reads it: its value, the words of one the date could not resolve, or 'undated'. */
export const when = (t: TimeRef | null): string => (t ? (unresolvedLabel(t) ?? t.value) : 'undated');

/** One line of at most `n` characters. */
const clip = (s: string, n: number) => shorten(s.replace(/\s+/g, ' ').trim(), n);
const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s.padEnd(n));

/** "Pyotr Ilichev via Interfax · UPI 2020-01-16". */
export function sourceLine(c: ClaimView): string {
  const speaker = c.speaker?.name ?? c.outlet ?? 'the article';
  const carriers = c.carriers.filter((x) => x !== speaker);
  const chain = carriers.length ? `${speaker} via ${carriers.join(' via ')}` : speaker;
  const where = [c.outlet && c.outlet !== speaker ? c.outlet : null, c.published].filter(Boolean).join(' ');
  return where ? `${chain} · ${where}` : chain;
}

export function timelineText(entries: readonly TimelineEntryView[]): string {
  if (entries.length === 0) return 'no claims';
  return entries
    .map((e) => {
      const first = e.claims[0];
      const head = `${pad(when(e.time), 22)}${clip(e.text, 110)}`;
      const marks = [
        e.modality === 'asserted' ? null : e.modality,
        first?.deadline ? `deadline ${first.deadline.value}` : null,
        e.repeatedBy.length ? `repeated by ${e.repeatedBy.join(', ')}` : null,
        e.conflicts.length ? `⚠ ${e.conflicts.length} conflict${e.conflicts.length > 1 ? 's' : ''}` : null,
      ].filter(Boolean);
      const sources = e.claims.map((c) => `${' '.repeat(22)}— ${sourceLine(c)}`);
      return [head, ...sources, ...(marks.length ? [`${' '.repeat(22)}  ${marks.join(' · ')}`] : [])].join(
        '\n',
      );
    })
    .join('\n');
}

function pointValue(p: SeriesPointView): string {
  const n = (x: number) =>
    p.unit === 'percent' || x < 1 ? `${Math.round(x * 1000) / 10}%` : x.toLocaleString('en-US');
  const core =
    p.value === 0
      ? 'none'
      : p.value !== null
        ? n(p.value)
        : p.min !== null && p.max !== null
          ? `${n(p.min)}–${n(p.max)}`
          : p.text;
  return `${p.approximate ? '~' : ''}${core}`;
}

export function seriesText(series: readonly SeriesView[]): string {
  if (series.length === 0) return 'no series';
  return series
    .map((s) => {
      const head = `${s.label}  (${s.points.length} points; ${s.outlets.length} outlets: ${s.outlets.join(', ') || 'none'})`;
      const rows = s.points.map((p) => {
        const at = `${p.timeIs === 'before' ? 'before ' : ''}${when(p.time)}`;
        const flag = p.conflicts.length ? '  ⚠' : '';
        return `  ${pad(at, 27)}${pad(pointValue(p), 14)}${pad(`“${clip(p.text, 24)}”`, 28)}${sourceLine(p.claim)}${flag}`;
      });
      return [head, ...rows].join('\n');
    })
    .join('\n\n');
}

export function conflictsText(conflicts: readonly ConflictView[]): string {
  if (conflicts.length === 0) return 'no conflicts';
  return conflicts
    .map((c, i) =>
      [
        `${i + 1}. [${c.type}]${c.measure ? ` ${c.measure}` : ''}  (id ${c.id}, rule ${c.rule})`,
        `   ${c.reason}`,
        ...c.claims.map((x) => `   - ${when(x.times.refers)}  “${clip(x.text, 90)}” — ${sourceLine(x)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

export function storiesText(stories: readonly StorySummary[], total: number): string {
  if (stories.length === 0) return 'no stories (ingest some articles first)';
  const rows = stories.map(
    (s) =>
      `${pad(s.id, 24)}${pad(String(s.articles), 5)}${pad(`${s.first ?? '?'} – ${s.last ?? '?'}`, 26)}${s.label}` +
      (s.outlets.length ? `\n${' '.repeat(29)}${clip(s.outlets.join(', '), 90)}` : ''),
  );
  return [
    `${pad('story', 24)}${pad('arts', 5)}${pad('published', 26)}label`,
    ...rows,
    `${total} stories`,
  ].join('\n');
}

export function entitiesText(entities: readonly EntitySummary[], total: number): string {
  if (entities.length === 0) return 'no entities match';
  const rows = entities.map(
    (e) =>
      `${pad(e.name, 32)}${pad(e.type, 14)}${pad(String(e.articles), 6)}${pad(String(e.mentions), 6)}` +
      `${clip(e.aliases.join(', '), 50)}`,
  );
  return [
    `${pad('entity', 32)}${pad('type', 14)}${pad('arts', 6)}${pad('ment', 6)}aliases`,
    ...rows,
    `${entities.length} of ${total}`,
  ].join('\n');
}

export function entityText(e: EntityDetail): string {
  const lines = [`${e.name} (${e.type}; id ${e.id}; ${e.articles} articles, ${e.mentions} mentions)`];
  if (e.aliases.length) lines.push(`  also: ${e.aliases.join(', ')}`);
  for (const r of e.roles)
    lines.push(
      `  role: ${r.title}${r.affiliation ? `, ${r.affiliation}` : ''} (${r.first ?? '?'} – ${r.last ?? '?'})`,
    );
  for (const m of e.merges) lines.push(`  linked “${m.alias}” by ${m.rule}: ${clip(m.evidence, 90)}`);
  lines.push('', `  said (${e.statements.length}):`);
  for (const s of e.statements)
    lines.push(`  ${pad(when(s.times.refers), 22)}“${clip(s.text, 100)}” — ${sourceLine(s)}`);
  return lines.join('\n');
}
