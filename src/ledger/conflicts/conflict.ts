import type { LedgerClaim } from '../records.js';

export type ConflictType =
  'values-differ' | 'dated-differently' | 'attributed-differently' | 'contradicted' | 'commitment-unmet';

/**
 * Claims that cannot all be true, with the reason in words. `claims` holds the claim keys, the
 * earlier-reported side first.
 */
export interface Conflict {
  readonly kind: 'conflict';
  readonly type: ConflictType;
  readonly reason: string;
  /** Two claims; a commitment unmet lists the commitment, then every later claim that shows it unmet. */
  readonly claims: readonly [string, string, ...string[]];
  readonly measure?: string;
  readonly rule: string;
}

/** Who stands behind a claim, as a key: its speaker, else the outlet in its own voice. */
export function voice(c: LedgerClaim): string {
  return c.speaker ?? `outlet:${(c.article.outlet ?? c.article.source).toLowerCase()}`;
}

/** Two claims are independent when different voices make them (mirrors of one text are one voice). */
export function independent(a: LedgerClaim, b: LedgerClaim): boolean {
  if (voice(a) === voice(b)) return false;
  return !(a.article.mirrorGroup === b.article.mirrorGroup && a.claim.text === b.claim.text);
}

/** "Pyotr Ilichev (UPI, 2020-01-16)". */
export function who(c: LedgerClaim): string {
  const via = [...c.carriers, c.article.outlet].filter((x): x is string => !!x && x !== c.speakerName);
  const where = [...new Set(via)].join(' via ');
  return `${c.speakerName}${where ? ` (${where}${c.article.published ? `, ${c.article.published}` : ''})` : ''}`;
}

/** Claims in the order they were reported: published first, then by key (a stable order). */
export function byReported(a: LedgerClaim, b: LedgerClaim): number {
  const pa = a.article.published ?? '9999';
  const pb = b.article.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A stable order for the two sides: the one published first comes first. */
export function pair(a: LedgerClaim, b: LedgerClaim): [LedgerClaim, LedgerClaim] {
  return byReported(a, b) <= 0 ? [a, b] : [b, a];
}
