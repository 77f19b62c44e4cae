/** Character offsets into an article's normalised text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Where an annotation came from: the stage and the named rule that produced it, and a
 * confidence in [0, 1] where one means something.
 */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
  readonly confidence?: number;
}

/** Every record in an article's layers carries a tag, a span and its provenance. */
export interface Annotation<K extends string> extends Provenance {
  readonly kind: K;
  readonly span: Span;
}

/**
 * Makes a span, checking that it is well formed.
 *
 * @example span(0, 5) // { start: 0, end: 5 }
 */
export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

/** The text a span covers. */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** True when `inner` lies within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
