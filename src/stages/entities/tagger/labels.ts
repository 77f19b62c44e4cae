/** The entity types the tagger labels, and the model types they stand for. */
export const TAGGER_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type TaggerType = (typeof TAGGER_TYPES)[number];

/**
 * BILOU labels: O, then Begin, Inside, Last and Unit for each type. A mention is one U, or a B,
 * any I and an L of the same type.
 */
export const LABELS: readonly string[] = Object.freeze([
  'O',
  ...TAGGER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
]);

const part = (label: number) => (label <= 0 ? 'O' : (['B', 'I', 'L', 'U'][(label - 1) % 4] ?? 'O'));
const typeOf = (label: number) => (label <= 0 ? -1 : Math.floor((label - 1) / 4));

/**
 * Whether `next` may follow `previous` (-1 at the start): inside a mention only I or L of its
 * type; outside one only O, B or U.
 *
 * @example allowedAfter(labelIndex('B-PER'), labelIndex('L-PER')) // true
 */
export function allowedAfter(previous: number, next: number): boolean {
  const open = previous > 0 && (part(previous) === 'B' || part(previous) === 'I');
  const p = part(next);
  if (open) return (p === 'I' || p === 'L') && typeOf(next) === typeOf(previous);
  return p === 'O' || p === 'B' || p === 'U';
}

/**
 * The label to learn when the true one cannot follow the previous prediction: inside a wrongly
 * opened mention, close it (L of its type, or keep it open with I while the truth is inside a
 * mention too); outside one where the truth continues a mention, open it (B) or make it whole (U).
 *
 * @example oracleAfter(labelIndex('B-ORG'), labelIndex('O')) // labelIndex('L-ORG')
 */
export function oracleAfter(previous: number, truth: number): number {
  const open = previous > 0 && (part(previous) === 'B' || part(previous) === 'I');
  const type = TAGGER_TYPES[open ? typeOf(previous) : typeOf(truth)] ?? 'PER';
  if (open) return labelIndex(part(truth) === 'I' ? `I-${type}` : `L-${type}`);
  return labelIndex(part(truth) === 'I' ? `B-${type}` : `U-${type}`);
}

/** A sequence may not end inside a mention. */
export function canEnd(label: number): boolean {
  const p = part(label);
  return p !== 'B' && p !== 'I';
}

/** The index of a label ("U-ORG"). */
export function labelIndex(label: string): number {
  return LABELS.indexOf(label);
}

/** A labelled stretch of tokens [first, end). */
export interface TaggedSpan {
  readonly first: number;
  readonly end: number;
  readonly type: TaggerType;
  /** The smallest lead of the chosen label over another at any of its tokens (0 when unknown). */
  readonly margin: number;
}

/**
 * The mentions a label sequence spells, with `offset` added to their token indices.
 *
 * @example spansOf(labels, sentence.start) // [{ first: 12, end: 14, type: 'PER' }]
 */
export function spansOf(labels: Int32Array, offset: number, margins?: Float32Array): TaggedSpan[] {
  const least = (a: number, b: number) => {
    let m = Infinity;
    for (let k = a; k < b; k++) m = Math.min(m, margins?.[k] ?? 0);
    return m === Infinity ? 0 : m;
  };
  const out: TaggedSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? 0;
    const p = part(l);
    const type = TAGGER_TYPES[typeOf(l)];
    if (p === 'U' && type)
      out.push({ first: offset + i, end: offset + i + 1, type, margin: least(i, i + 1) });
    else if (p === 'B') start = i;
    else if (p === 'L' && type && start >= 0) {
      out.push({ first: offset + start, end: offset + i + 1, type, margin: least(start, i + 1) });
      start = -1;
    }
  }
  return out;
}

/**
 * The BILOU labels of mentions over `length` tokens (mentions are token ranges relative to the
 * start; overlapping ones after the first are left out).
 *
 * @example labelsOf([{ first: 0, end: 2, type: 'PER' }], 3) // B-PER L-PER O
 */
export function labelsOf(spans: readonly Omit<TaggedSpan, 'margin'>[], length: number): Int32Array {
  const labels = new Int32Array(length);
  for (const s of spans) {
    if (s.first < 0 || s.end > length || s.end <= s.first) continue;
    let free = true;
    for (let i = s.first; i < s.end; i++) if (labels[i] !== 0) free = false;
    if (!free) continue;
    if (s.end - s.first === 1) labels[s.first] = labelIndex(`U-${s.type}`);
    else {
      labels[s.first] = labelIndex(`B-${s.type}`);
      for (let i = s.first + 1; i < s.end - 1; i++) labels[i] = labelIndex(`I-${s.type}`);
      labels[s.end - 1] = labelIndex(`L-${s.type}`);
    }
  }
  return labels;
}
