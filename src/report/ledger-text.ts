import { shorten } from '../ledger/conflicts/dated.js';
import type { TimeRef } from '../model/index.js';
import { unresolvedLabel } from './views/time-label.js';
import type {
  ClaimBrief,
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

/** A series point's time: "before 2019-09" for a value given as an earlier one, "earlier, undated" when that earlier time is unknown. */
export const pointWhen = (p: Pick<SeriesPointView, 'time' | 'timeIs'>): string =>
  p.timeIs === 'before' ? (p.time ? `before ${when(p.time)}` : 'earlier, undated') : when(p.time);

/** One line of at most `n` characters. */
const clip = (s: string, n: number) => shorten(s.replace(/\s+/g, ' ').trim(), n);
const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s.padEnd(n));

/** "Pyotr Ilichev via Interfax · UPI 2020-01-16". */
export function sourceLine(c: ClaimBrief): string {
  const speaker = c.speaker?.name ?? c.voice;
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

/** A figure as read: counts with separators, shares as percentages ("90–100 %"), ranges with a dash. */
export function pointValue(
  p: Pick<SeriesPointView, 'value' | 'min' | 'max' | 'unit' | 'approximate' | 'text'>,
): string {
  const share = p.unit === 'proportion' || p.unit === 'percent';
  const scale = p.unit === 'proportion' ? 100 : 1;
  const n = (x: number) =>
    share ? String(Math.round(x * scale * 10) / 10) : x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const pct = share ? ' %' : '';
  const range = p.min !== null && p.max !== null && p.min !== p.max;
  const core =
    p.value === 0 && !range
      ? 'none'
      : range
        ? `${n(p.min!)}–${n(p.max!)}${pct}`
        : p.value !== null
          ? `${n(p.value)}${pct}`
          : p.min !== null
            ? `≥ ${n(p.min)}${pct}`
            : p.max !== null
              ? `≤ ${n(p.max)}${pct}`
              : p.text;
  return `${p.approximate && !range ? '~' : ''}${core}`;
}

/** The source line of a point's claim; empty when the series lacks it (it never does as built). */
const sourceOf = (c: ClaimBrief | undefined): string => (c ? sourceLine(c) : '');

export function seriesText(series: readonly SeriesView[]): string {
  if (series.length === 0) return 'no series';
  return series
    .map((s) => {
      const outlets = s.outlets.length === 1 ? '1 outlet' : `${s.outlets.length} outlets`;
      const head = `${s.label}  (${s.points.length} point${s.points.length === 1 ? '' : 's'}; ${outlets}${s.outlets.length ? `: ${s.outlets.join(', ')}` : ''})`;
      const why = s.reasons.length ? [`  one measure: ${clip(s.reasons.join('; '), 150)}`] : [];
      const rows = s.points.map((p) => {
        const at = pointWhen(p);
        const flag = p.conflicts.length ? '  ⚠' : '';
        const copies = p.repeatedBy.length ? `  (repeated by ${p.repeatedBy.join(', ')})` : '';
        return `  ${pad(at, 27)}${pad(pointValue(p), 14)}${pad(`“${clip(p.text, 24)}”`, 28)}${sourceOf(s.claims[p.claim])}${copies}${flag}`;
      });
      return [head, ...why, ...rows].join('\n');
    })
    .join('\n\n');
}

/**
 * What a conflict is about, for its heading: its measure, else the statement it turns on — a
 * pledge and who made it, a statement and its speaker.
 */
function subject(c: ConflictView): string {
  if (c.measure) return c.measure;
  const first = c.claims[0];
  if (!first) return '';
  const by = first.speaker?.name ?? first.voice;
  const what = c.type === 'commitment-unmet' ? 'pledge' : 'statement';
  return `${what} of ${by}: “${clip(first.text, 60)}”`;
}

/**
 * Claims listed under a conflict in text: the ones it turns on come first (the pledge or the
 * contradicted figure, then what answers it), so a long tail of further reports is counted, not printed.
 */
const SHOWN_CLAIMS = 6;

export function conflictsText(conflicts: readonly ConflictView[]): string {
  if (conflicts.length === 0) return 'no conflicts';
  return conflicts
    .map((c, i) =>
      [
        `${i + 1}. [${c.type}] ${subject(c)}  (id ${c.id}, rule ${c.rule})`,
        `   ${c.reason}`,
        ...(c.decision
          ? [
              `   marked ${c.decision.verdict} on ${c.decision.decidedAt.slice(0, 10)}${c.decision.note ? `: ${c.decision.note}` : ''}`,
            ]
          : []),
        ...c.claims
          .slice(0, SHOWN_CLAIMS)
          .map((x) => `   - ${when(x.times.refers)}  “${clip(x.text, 90)}” — ${sourceLine(x)}`),
        ...(c.claims.length > SHOWN_CLAIMS
          ? [
              `   … and ${c.claims.length - SHOWN_CLAIMS} more claims (all of them with --json or in the web UI)`,
            ]
          : []),
      ].join('\n'),
    )
    .join('\n\n');
}

export function storiesText(stories: readonly StorySummary[], total: number): string {
  if (stories.length === 0) return 'no stories (ingest some articles first)';
  const rows = stories.map(
    (s) =>
      `${pad(s.id, 24)}${pad(String(s.articles), 5)}${pad(span(s.first, s.last), 26)}${s.label}` +
      (s.outlets.length ? `\n${' '.repeat(29)}${clip(s.outlets.join(', '), 90)}` : ''),
  );
  return [
    `${pad('story', 24)}${pad('arts', 5)}${pad('published', 26)}label`,
    ...rows,
    `${total} ${total === 1 ? 'story' : 'stories'}`,
  ].join('\n');
}

/** "2019-02-28", "2019-12 – 2020-01-16", "undated": a story's publication span, by day. */
function span(first: string | null, last: string | null): string {
  const a = first?.slice(0, 10) ?? null;
  const b = last?.slice(0, 10) ?? null;
  if (!a && !b) return 'undated';
  if (!a || !b || a === b) return a ?? b ?? 'undated';
  return `${a} – ${b}`;
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
