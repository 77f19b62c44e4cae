import { CHANGE_WORDS } from './data/changes.js';
import type { Draft } from './draft.js';
import { gapBefore } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Pass 5: two figures that make one range or one change. "from 12,000 to 15,000", "between 10
 * and 20", "four to five", "12,000 – 15,000" are ranges; "declined from 34,000 to about 11,000",
 * "11,490, down from 30,023" and "rose to 500 from 300" are changes: the two values stay apart,
 * linked from → to. Returns the sentence's drafts with ranges merged.
 *
 * @example pairFigures(scope, drafts) // [{ min: 12000, max: 15000, rule: 'range-from-to' }]
 */
export function pairFigures(scope: Scope, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let n = 0; n < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (!a) continue;
    const share = b ? outOf(scope, a, b) : null;
    if (share) {
      out.push(share);
      n++;
      continue;
    }
    if (b && !a.change && !b.change && compatible(a, b)) {
      const joint = jointOf(scope, a, b);
      if (joint === 'change-from-to' || joint === 'change-to-from' || joint === 'change-down-from') {
        const [from, to] = joint === 'change-from-to' ? [a, b] : [b, a];
        link(scope, from, to, joint);
      } else if (joint) {
        out.push(merge(a, b, joint));
        n++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

type Joint =
  | 'range-from-to'
  | 'range-between'
  | 'range-to'
  | 'range-dash'
  | 'range-or'
  | 'change-from-to'
  | 'change-to-from'
  | 'change-down-from';

function jointOf(scope: Scope, a: Draft, b: Draft): Joint | null {
  const w = scope.word;
  const between = b.first - a.last - 1;
  const link = w(a.last + 1);
  const lead = w(a.first - 1);
  if (between === 1 && link === 'to' && lead === 'from') {
    return changeBefore(scope, a.first - 2) ? 'change-from-to' : 'range-from-to';
  }
  if (between === 1 && link === 'and' && lead === 'between') return 'range-between';
  // "rose to 500 from 300"
  if (between === 1 && link === 'from' && lead === 'to' && changeBefore(scope, a.first - 2))
    return 'change-to-from';
  // "11,490 permits remain, down from 30,023": an appositive after the later value.
  if (w(b.first - 1) === 'from' && /^(down|up)$/.test(w(b.first - 2)) && w(b.first - 3) === ',') {
    return 'change-down-from';
  }
  const ordered = (a.value ?? a.max ?? 0) < (b.value ?? b.min ?? 0);
  // "around four to eight hours": an approximation before the first end covers the range; a
  // bound ("more than four") does not make one.
  if (!ordered || a.min !== undefined || a.max !== undefined) return null;
  if (between === 1 && link === 'to' && !changeBefore(scope, a.first - 1)) return 'range-to';
  if (between === 1 && /^[-–]$/.test(link) && !gapBefore(scope, a.last + 1) && !gapBefore(scope, b.first))
    return 'range-dash';
  if (between === 1 && link === 'or' && a.unit === 'count' && b.value !== undefined && b.value <= 100)
    return 'range-or';
  return null;
}

/** A change word within three tokens before `i` ("had declined from", "fell sharply from"). */
function changeBefore(scope: Scope, i: number): 'increase' | 'decrease' | 'unknown' | null {
  for (let k = i; k >= Math.max(scope.first, i - 2); k--) {
    const direction = CHANGE_WORDS[scope.word(k)];
    if (direction) return direction;
  }
  return null;
}

function compatible(a: Draft, b: Draft): boolean {
  if (a.unit === b.unit) return true;
  // "5 to 10 million dollars", "$5 to 10 million": one side names the unit for both.
  return a.unit === 'count' || b.unit === 'count';
}

function link(scope: Scope, from: Draft, to: Draft, joint: Joint): void {
  // The change word stands before "from" (declined from A to B, B down from A) or before "to"
  // (rose to B from A).
  const cue = joint === 'change-to-from' ? to.first - 2 : from.first - 2;
  let direction = changeBefore(scope, cue) ?? 'unknown';
  if (
    direction === 'unknown' &&
    from.value !== undefined &&
    to.value !== undefined &&
    from.value !== to.value
  ) {
    direction = to.value > from.value ? 'increase' : 'decrease';
  }
  from.change = { role: 'from', partner: to, direction };
  to.change = { role: 'to', partner: from, direction };
  from.rule = from.rule + '+change-from';
  to.rule = to.rule + '+change-to';
}

/**
 * "four out of five deaths", "9 out of 10 cases": one share of the whole, not two counts. Null
 * unless two plain counts are joined by "out of" and the part is no more than the whole.
 */
function outOf(scope: Scope, a: Draft, b: Draft): Draft | null {
  if (scope.word(a.last + 1) !== 'out' || scope.word(a.last + 2) !== 'of' || b.first !== a.last + 3)
    return null;
  if (a.unit !== 'count' || b.unit !== 'count' || a.value === undefined || !b.value || a.value > b.value)
    return null;
  const share: Draft = {
    first: a.first,
    last: b.last,
    core: { first: a.core.first, last: b.core.last },
    value: a.value / b.value,
    approximate: a.approximate || b.approximate,
    unit: 'proportion',
    rule: 'share-out-of',
    confidence: Math.min(a.confidence, b.confidence),
  };
  const modifier = a.modifier ?? b.modifier;
  if (modifier) share.modifier = modifier;
  return share;
}

function merge(a: Draft, b: Draft, joint: Joint): Draft {
  const unit = a.unit === 'count' ? b.unit : a.unit;
  let low = a.min ?? a.value ?? 0;
  const high = b.max ?? b.value ?? 0;
  // "5 to 10 million": the scale word of the second end applies to the first.
  if (a.scale === undefined && b.scale !== undefined && low * b.scale <= high) low *= b.scale;
  const merged: Draft = {
    first: a.first,
    last: b.last,
    core: { first: a.core.first, last: b.core.last },
    min: low,
    max: high,
    approximate: a.approximate || b.approximate || joint === 'range-or',
    unit,
    rule: joint,
    confidence: Math.min(a.confidence, b.confidence),
  };
  const modifier = a.modifier ?? b.modifier;
  if (modifier) merged.modifier = modifier;
  return merged;
}
