/**
 * Turns an article's layers (the JSON of `claimline extract --json`) into highlight marks, and
 * the text into segments between mark boundaries, so that overlapping annotations (a time
 * inside a quantity inside a quotation) all show.
 */

export type Layer = 'entity' | 'time' | 'quantity' | 'cue' | 'source' | 'content' | 'focus';

export interface Mark {
  readonly layer: Layer;
  readonly start: number;
  readonly end: number;
  /** What the mark stands for, normalised ("2019-12 · month", "≈ 11,000 people"). */
  readonly label: string;
  readonly rule: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

interface SpanLike {
  readonly start: number;
  readonly end: number;
}

type Json = Readonly<Record<string, unknown>>;

function isSpan(value: unknown): value is SpanLike {
  const s = value as SpanLike | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.end > s.start
  );
}

function list(layers: Json, name: string): Json[] {
  const value = layers[name];
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as Json[]) : [];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function quantityLabel(q: Json): string {
  const value = q['value'];
  const min = q['min'];
  const max = q['max'];
  const amount =
    typeof min === 'number' && typeof max === 'number' && min !== max
      ? `${min}–${max}`
      : typeof value === 'number'
        ? String(value)
        : '?';
  const counted = (q['counted'] as Json | null | undefined)?.['text'];
  return `${q['approximate'] === true ? '≈ ' : ''}${amount} ${str(q['unit'])}${counted ? ` of ${str(counted)}` : ''}`.trim();
}

/**
 * The marks of every layer of an article.
 *
 * @example collectMarks({ times: [{ span: { start: 0, end: 4 }, value: '2019', granularity: 'year', rule: 'year' }] })
 */
export function collectMarks(layers: Json): Mark[] {
  const marks: Mark[] = [];
  const add = (layer: Layer, span: unknown, label: string, rule: unknown) => {
    if (isSpan(span)) marks.push({ layer, start: span.start, end: span.end, label, rule: str(rule) || '?' });
  };
  for (const t of list(layers, 'times')) {
    add(
      'time',
      t['span'],
      `${str(t['value'])} · ${str(t['granularity'])}${t['mod'] ? ` (${str(t['mod'])})` : ''}`,
      t['rule'],
    );
  }
  for (const e of list(layers, 'entities')) {
    const role = e['role'] ? `, ${str(e['role'])}` : '';
    add('entity', e['span'], `${str(e['name'])} (${str(e['type'])}${role})`, e['rule']);
  }
  for (const q of list(layers, 'quantities')) add('quantity', q['span'], quantityLabel(q), q['rule']);
  for (const a of list(layers, 'attributions')) {
    const source = a['source'] as Json | undefined;
    const cue = a['cue'] as Json | undefined;
    const who = str(source?.['name']) || 'unknown source';
    add(
      'cue',
      cue?.['span'],
      `attribution cue “${str(cue?.['text'])}” (${str(a['kind'])}) → ${who}`,
      a['rule'],
    );
    add('source', source?.['span'], `source: ${who}`, a['rule']);
    add('content', (a['content'] as Json | undefined)?.['span'], `said by ${who}`, a['rule']);
  }
  return marks;
}

/**
 * Cuts `length` characters into segments at every mark boundary; each segment lists the marks
 * covering it. O((n + m) log m) for m marks.
 *
 * @example segments(10, [{ start: 2, end: 5, ... }]) // [0-2 [], 2-5 [mark], 5-10 []]
 */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    if (m.start < length) cuts.add(m.start);
    if (m.end < length) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    while (next < byStart.length && (byStart[next]?.start ?? Infinity) <= start)
      active.push(byStart[next++] as Mark);
    for (let j = active.length - 1; j >= 0; j--) if ((active[j]?.end ?? 0) <= start) active.splice(j, 1);
    out.push({ start, end, marks: [...active] });
  }
  return out;
}
