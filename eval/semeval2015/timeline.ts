/**
 * The SemEval-2015 Task 4 timeline file: the target entity's name on the first line, then one
 * row per line, tab-separated: `<ordinal> <anchor> <event-id> [<event-id> ...]`. Ordinal 0 holds
 * the events that can be neither ordered nor anchored; rows sharing an ordinal are simultaneous;
 * several ids on one row are coreferent mentions of one event.
 */
export interface TimelineRow {
  readonly ordinal: number;
  /** The anchor as written (`2008-03-XX`, `XXXX-XX-XX`). */
  readonly anchor: string;
  readonly events: readonly string[];
}

export interface Timeline {
  readonly entity: string;
  readonly rows: readonly TimelineRow[];
}

/**
 * Parses a timeline file. Lines that are blank or whose ordinal is not a number are skipped
 * (the scorer must not fail on a system's odd line); fields may be separated by tabs or spaces.
 *
 * @example parseTimeline('iPod\n1\t2006-01\t4678-5-use\n').rows[0] // { ordinal: 1, anchor: '2006-01', events: ['4678-5-use'] }
 */
export function parseTimeline(text: string): Timeline {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entity = (lines[0] ?? '').trim();
  const rows: TimelineRow[] = [];
  for (const line of lines.slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [ordinal, anchor, ...events] = fields;
    if (ordinal === undefined || anchor === undefined || !/^\d+$/.test(ordinal) || events.length === 0)
      continue;
    rows.push({ ordinal: Number(ordinal), anchor, events });
  }
  return { entity, rows };
}

/**
 * Writes a timeline in the task's format (rows in ordinal order, as given).
 *
 * @example formatTimeline({ entity: 'iPod', rows: [{ ordinal: 1, anchor: '2006-01', events: ['4678-5-use'] }] })
 * // 'iPod\n1\t2006-01\t4678-5-use\n'
 */
export function formatTimeline(timeline: Timeline): string {
  const rows = timeline.rows.map((r) => [String(r.ordinal), r.anchor, ...r.events].join('\t'));
  return [timeline.entity, ...rows].join('\n') + '\n';
}

/**
 * An anchor reduced to the part that says something: `2008-03-XX` → `2008-03`, `2006` → `2006`;
 * null when no year is known (`XXXX-XX-XX`, the trial data's typo `XXX-XX-XX`, empty).
 *
 * @example normaliseAnchor('2008-03-XX') // '2008-03'
 */
export function normaliseAnchor(anchor: string): string | null {
  const parts = anchor.trim().split('-');
  const kept: string[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) break;
    kept.push(part);
  }
  if (kept.length === 0 || !/^\d{4}$/.test(kept[0] ?? '')) return null;
  return kept.join('-');
}
