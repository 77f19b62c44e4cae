import { normaliseAnchor } from './timeline.js';
import type { Timeline, TimelineRow } from './timeline.js';
import type { Relation } from './time-graph.js';

/** The node of a time anchor: one per distinct anchor value, shared by both sides of a comparison. */
export function anchorNode(value: string): string {
  return `timex:${value}`;
}

/**
 * Turns a timeline into temporal relations, following the task's published transformation:
 * each time anchor is a TIMEX3 and each anchored event is SIMULTANEOUS with its anchor; events
 * on one ordinal (one or several rows, one or several coreferent ids) are SIMULTANEOUS; events of
 * one ordinal are BEFORE those of the next ordinal present; ordinal 0 is never ordered.
 *
 * The order of the list matters to the scorer's graph reduction (a relation already entailed by
 * earlier ones is redundant), so it is fixed here: ordinals ascending, and within each ordinal,
 * row by row in file order: every event's anchor link, then the event SIMULTANEOUS with the
 * ordinal's first event, and once per ordinal the BEFORE link from the previous ordinal's first
 * event. The official converter's own order is not published; this one yields the transitive
 * reduction of a consistent timeline, which is what UzZaman & Allen's reduced graph is meant to be.
 *
 * @example timelineRelations({ entity: 'x', rows: [{ ordinal: 1, anchor: '2006', events: ['1-2-a'] }, { ordinal: 2, anchor: 'XXXX-XX-XX', events: ['1-3-b'] }] })
 * // [a SIMULTANEOUS timex:2006, a BEFORE b]
 */
export function timelineRelations(timeline: Timeline): Relation[] {
  const out: Relation[] = [];
  const byOrdinal = new Map<number, TimelineRow[]>();
  for (const row of timeline.rows) {
    const rows = byOrdinal.get(row.ordinal) ?? [];
    rows.push(row);
    byOrdinal.set(row.ordinal, rows);
  }
  const ordinals = [...byOrdinal.keys()].sort((a, b) => a - b);
  let previousFirst: string | null = null;
  for (const ordinal of ordinals) {
    const rows = byOrdinal.get(ordinal) ?? [];
    let first: string | null = null;
    for (const row of rows) {
      const anchor = normaliseAnchor(row.anchor);
      for (const event of row.events) {
        if (anchor !== null) out.push({ from: event, to: anchorNode(anchor), type: 'SIMULTANEOUS' });
        // Ordinal 0 events are neither simultaneous with each other nor ordered.
        if (ordinal === 0) continue;
        if (first === null) {
          first = event;
          if (previousFirst !== null) out.push({ from: previousFirst, to: event, type: 'BEFORE' });
        } else if (event !== first) {
          out.push({ from: first, to: event, type: 'SIMULTANEOUS' });
        }
      }
    }
    if (ordinal !== 0 && first !== null) previousFirst = first;
  }
  return out;
}

/**
 * A key for a relation that is the same for its inverse form (SIMULTANEOUS is symmetric), used
 * for the scorer's exact-match check.
 *
 * @example relationKey({ from: 'b', to: 'a', type: 'SIMULTANEOUS' }) // 'SIMULTANEOUS a b'
 */
export function relationKey(r: Relation): string {
  if (r.type === 'SIMULTANEOUS' && r.to < r.from) return `${r.type} ${r.to} ${r.from}`;
  return `${r.type} ${r.from} ${r.to}`;
}
