import type { TimeAnchor, TimeExpression, TimeShiftUnit } from '../../model/index.js';
import { parseAnchor } from './calendar.js';
import type { Anchor } from './calendar.js';
import { SIGNALS } from './data/context.js';
import type { Atom, Direction } from './reading.js';
import { resolve } from './resolve.js';
import { offsetValue, spanLength } from './composite-values.js';
import { result } from './resolved.js';
import type { Resolved } from './resolved.js';

/** What the record builder keeps while it walks one article: ids and the last dated expression. */
export interface ArticleState {
  readonly text: string;
  readonly anchor: Anchor | null;
  readonly stage: string;
  next: number;
  previous: { readonly value: string; readonly id: string } | null;
  unresolved: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CONFIDENCE = { absolute: 0.95, anchor: 0.9, directed: 0.8, narrative: 0.6, unresolved: 0.5 };

/**
 * Resolves one top-level atom (and the parts of a composite) into time expression records,
 * in text order with the composite before its parts.
 *
 * @example emit(state, atom, { way: 'past', cue: 'said' }) // [{ text: 'In November', value: '2018-11', ... }]
 */
export function emit(state: ArticleState, atom: Atom, way: Direction): TimeExpression[] {
  const c = atom.composite;
  if (!c) return [record(state, atom, way, resolveAtom(state, atom, way), {})];
  const id = `t${state.next++}`;
  if (c.kind === 'range') {
    const from = record(state, c.from, way, resolveAtom(state, c.from, way), { partOf: id });
    // The end of an interval is read forward from its start ("Dec. 30 to Jan. 2").
    const base = parseAnchor(from.value);
    const endWay = base ? ({ way: 'future', cue: 'interval end' } as const) : way;
    const toResolved = resolve(c.to.reading, base ?? state.anchor, endWay.way, null);
    const to = record(state, c.to, endWay, toResolved, base ? { partOf: id, leaning: from } : { partOf: id });
    const length = result('DURATION', spanLength(from, to), 'duration', 'absolute');
    const range = { start: from.value, end: to.value };
    return [record(state, atom, way, length, { id, range, parts: [from.id, to.id] }), from, to];
  }
  const duration = record(state, c.duration, way, resolveAtom(state, c.duration, way), { partOf: id });
  const base = record(state, c.base, way, resolveAtom(state, c.base, way), { partOf: id });
  const d = c.duration.reading;
  const shifted =
    d.kind === 'duration' && d.amount !== null
      ? offsetValue(state.anchor, base, d.unit, c.sign * d.amount)
      : null;
  const resolved = shifted
    ? result('DATE', shifted.value, shifted.granularity, 'anchor')
    : result('DATE', base.value, base.granularity, 'unresolved');
  const whole = record(state, atom, way, resolved, { id, leaning: base, parts: [duration.id, base.id] });
  return [whole, duration, base];
}

function resolveAtom(state: ArticleState, atom: Atom, way: Direction): Resolved {
  return resolve(atom.reading, state.anchor, way.way, state.previous?.value ?? null);
}

const KEPT_SHIFTS: ReadonlySet<string> = new Set<TimeShiftUnit>(['year', 'month', 'week', 'day']);

function anchorOf(state: ArticleState, atom: Atom, r: Resolved, leaning?: TimeExpression): TimeAnchor {
  const reading = atom.reading;
  // "last year" with no publication date: the shift is kept, to be resolved once one is known
  // (an edge or a part of day would need the date itself to be read).
  if (
    r.anchored === 'unresolved' &&
    !leaning &&
    reading.kind === 'shift' &&
    reading.amount !== null &&
    Number.isInteger(reading.amount) &&
    reading.edge === undefined &&
    reading.part === undefined &&
    KEPT_SHIFTS.has(reading.unit)
  )
    return {
      kind: 'publication',
      value: null,
      shift: { unit: reading.unit as TimeShiftUnit, amount: reading.amount },
    };
  if (r.anchored !== 'anchor') return { kind: 'none', value: null };
  if (leaning) return { kind: 'time', value: leaning.value, time: leaning.id };
  if (atom.reading.kind === 'narrative' && state.previous)
    return { kind: 'time', value: state.previous.value, time: state.previous.id };
  return { kind: 'publication', value: state.anchor?.value ?? null };
}

/** What a record may carry beyond its resolved value: its id, composite links and range. */
interface RecordExtras {
  readonly id?: string;
  readonly partOf?: string;
  readonly leaning?: TimeExpression;
  readonly parts?: readonly string[];
  readonly range?: { readonly start: string | null; readonly end: string | null };
}

function record(
  state: ArticleState,
  atom: Atom,
  way: Direction,
  r: Resolved,
  extras: RecordExtras,
): TimeExpression {
  const { partOf, leaning, parts } = extras;
  const id = extras.id ?? `t${state.next++}`;
  const anchor = anchorOf(state, atom, r, leaning);
  const signal = atom.signal;
  const opens =
    signal && (r.type === 'DATE' || r.type === 'TIME') ? SIGNALS[signal.text.toLowerCase()]?.range : null;
  const confidence =
    r.anchored === 'unresolved'
      ? CONFIDENCE.unresolved
      : anchor.kind === 'time'
        ? CONFIDENCE.narrative
        : r.directed
          ? CONFIDENCE.directed
          : CONFIDENCE[r.anchored];
  if (r.anchored === 'unresolved') state.unresolved++;
  // Built by assignment: optional fields are set only when present (no undefined keys).
  const out: Mutable<TimeExpression> = {
    kind: 'time',
    id,
    span: atom.span,
    text: state.text.slice(atom.span.start, atom.span.end),
    type: r.type,
    value: r.value,
    granularity: r.granularity,
    anchor,
    stage: state.stage,
    rule: atom.rule,
    confidence,
  };
  if (atom.mod) out.mod = atom.mod;
  if (signal) out.signal = signal;
  if (opens === 'from') out.range = { start: r.value, end: null };
  if (opens === 'until') out.range = { start: null, end: r.value };
  if (extras.range) out.range = extras.range;
  if (parts) out.parts = parts;
  // An expression left waiting for the publication date ("on Saturday" in an undated article)
  // keeps the way its tense points, for whoever dates the article later.
  if (r.directed || (r.anchored === 'unresolved' && way.way !== 'none')) out.direction = way.way;
  if (partOf) out.partOf = partOf;
  if (r.resolved) out.resolved = r.resolved;
  if (r.freq) out.freq = r.freq;
  if (/^\d{4}/.test(r.value) && r.type !== 'DURATION') state.previous = { value: r.value, id };
  return out;
}
