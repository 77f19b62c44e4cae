import { CHANGE_WORDS } from './data/changes.js';
import type { Draft } from './draft.js';
import { isQuote } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Pass 7: a change told across the sentence — "a population of 34,000 North Korean workers in
 * Russia had declined to about 11,000": the earlier figure is the subject, the later one follows
 * a change word and "to". (Changes told as "from A to B" were linked by pass 5.) The two values
 * stay two quantities, linked from → to, with the direction the verb states or, failing that,
 * the values show.
 *
 * @example linkChanges(scope, drafts) // 34,000.change = { role: 'from', partner: 11,000, direction: 'decrease' }
 */
export function linkChanges(scope: Scope, drafts: readonly Draft[]): void {
  linkLists(scope, drafts);
  for (let n = 1; n < drafts.length; n++) {
    const to = drafts[n];
    if (!to || to.change || to.value === undefined || scope.word(to.first - 1) !== 'to') continue;
    const direction = changeWordBefore(scope, to.first - 2);
    if (!direction) continue;
    const from = earlier(drafts, n, to);
    if (!from || from.value === undefined) continue;
    let stated: typeof direction = direction;
    if (stated === 'unknown' && from.value !== to.value)
      stated = to.value > from.value ? 'increase' : 'decrease';
    from.change = { role: 'from', partner: to, direction: stated };
    to.change = { role: 'to', partner: from, direction: stated };
    from.rule += '+change-from';
    to.rule += '+change-to';
  }
  // "dropped by three", "an increase of 5,000 acres": the size of a change, not a value of the measure.
  for (const d of drafts) {
    if (d.change || d.value === undefined) continue;
    const open = scope.word(d.first - 1);
    const sized =
      (open === 'by' && changeWordBefore(scope, d.first - 2)) ||
      (open === 'of' && CHANGE_NOUNS.has(scope.word(d.first - 2)));
    if (!sized) continue;
    d.change = { role: 'by', direction: CHANGE_WORDS[scope.word(d.first - 2)] ?? 'unknown' };
    d.rule += '+change-by';
  }
}

/** Nouns of change that take their size with "of": "a drop of 5,000", "an increase of 12%". */
const CHANGE_NOUNS = new Set([
  'increase',
  'decrease',
  'rise',
  'drop',
  'fall',
  'decline',
  'reduction',
  'growth',
  'jump',
]);

/** A change word just before "to" ("declined to", "had fallen sharply to"). */
function changeWordBefore(scope: Scope, i: number): 'increase' | 'decrease' | 'unknown' | null {
  for (let k = i; k >= Math.max(scope.first, i - 1); k--) {
    const direction = CHANGE_WORDS[scope.word(k)];
    if (direction) return direction;
  }
  return null;
}

/** The nearest earlier figure of the same unit that is not yet part of a change. */
function earlier(drafts: readonly Draft[], n: number, to: Draft): Draft | undefined {
  for (let m = n - 1; m >= 0; m--) {
    const d = drafts[m];
    if (!d || d.change || d.vague !== undefined) continue;
    if (d.unit === to.unit) return d;
  }
  return undefined;
}

type Direction = NonNullable<Draft['change']>['direction'];

/**
 * A change told of several counts at once: "from 16,000 cases and 548 deaths to 16,700 cases and
 * 570 deaths", "to 16,700 cases and 570 deaths, up from 16,000 cases and 548 deaths". Every count
 * coordinated with the first earlier value is an earlier value too; when both lists are as long,
 * the values pair in order (the nth earlier with the nth later).
 */
function linkLists(scope: Scope, drafts: readonly Draft[]): void {
  for (let n = 0; n < drafts.length; n++) {
    const first = drafts[n];
    if (!first || first.vague !== undefined) continue;
    const before = first.change?.role === 'from' ? undefined : opensFrom(scope, first);
    if (first.change && first.change.role !== 'from') continue;
    if (!first.change && !before) continue;
    const froms = listFrom(scope, drafts, n, 1);
    const partner = first.change?.partner;
    let tos: Draft[] = [];
    if (partner) {
      const at = drafts.indexOf(partner);
      tos = at < n ? listFrom(scope, drafts, at, -1).reverse() : listFrom(scope, drafts, at, 1);
    } else {
      const next = drafts[n + froms.length];
      const last = froms[froms.length - 1]!;
      if (next && next.vague === undefined && !next.change && laterAfter(scope, last, next))
        tos = listFrom(scope, drafts, n + froms.length, 1);
    }
    if (froms.length < 2 && (partner || tos.length === 0)) continue;
    const stated = first.change?.direction ?? before ?? 'unknown';
    for (let k = 0; k < froms.length; k++) {
      const from = froms[k]!;
      const to = froms.length === tos.length || (!partner && k < tos.length) ? tos[k] : undefined;
      if (k === 0 && partner && !to) continue;
      set(from, 'from', to, stated);
      if (to) set(to, 'to', from, stated);
    }
    n += froms.length - 1;
  }
}

function set(d: Draft, role: 'from' | 'to', partner: Draft | undefined, stated: Direction): void {
  let direction = stated;
  if (
    direction === 'unknown' &&
    partner?.value !== undefined &&
    d.value !== undefined &&
    partner.value !== d.value
  )
    direction = (role === 'from') === partner.value > d.value ? 'increase' : 'decrease';
  const had = d.change !== undefined;
  d.change = partner ? { role, partner, direction } : { role, direction };
  if (!had) d.rule += role === 'from' ? '+change-from-list' : '+change-to-list';
}

/** A figure right after "from" with a change word a few words before it ("has risen in a few days from"). */
function opensFrom(scope: Scope, d: Draft): Direction | null {
  if (scope.word(d.first - 1) !== 'from') return null;
  for (let k = d.first - 2; k >= Math.max(scope.first, d.first - 7); k--) {
    const w = scope.word(k);
    const direction = CHANGE_WORDS[w];
    if (direction) return direction;
    if (!/^[a-z][a-z'-]*$/.test(w)) return null;
  }
  return null;
}

/** `b` is the first later value after the earlier list ending at `a`: "… 548 deaths to 16,700". */
function laterAfter(scope: Scope, a: Draft, b: Draft): boolean {
  if (scope.word(b.first - 1) !== 'to' || b.first - a.last - 1 > 4) return false;
  for (let k = a.last + 1; k < b.first - 1; k++) if (!/^[a-z][a-z-]*$/.test(scope.word(k))) return false;
  return true;
}

/** The figures coordinated with drafts[n] ("16,000 cases and 548 deaths"), going forward (1) or back (-1), drafts[n] first. */
function listFrom(scope: Scope, drafts: readonly Draft[], n: number, step: 1 | -1): Draft[] {
  const list: Draft[] = [drafts[n]!];
  for (let m = n + step; m >= 0 && m < drafts.length; m += step) {
    const d = drafts[m]!;
    const prev = list[list.length - 1]!;
    const [a, b] = step === 1 ? [prev, d] : [d, prev];
    if (d.vague !== undefined || (step === 1 && d.change) || !coordinated(scope, a, b)) break;
    list.push(d);
  }
  return list;
}

/** `a` and `b` stand in one list: only the counted words, a comma or "and" between them. */
function coordinated(scope: Scope, a: Draft, b: Draft): boolean {
  if (a.unit !== b.unit) return false;
  const gap = b.first - a.last - 1;
  if (gap < 1 || gap > 6) return false;
  let joiner = '';
  for (let k = a.last + 1; k < b.first; k++) {
    if (isQuote(scope, k)) continue;
    const w = scope.word(k);
    if (w === 'and' || w === ',') joiner = w;
    else if (joiner || !/^[a-z][a-z-]*$/.test(w) || LIST_BREAKS.has(w) || CHANGE_WORDS[w]) return false;
  }
  return joiner !== '';
}

/** Words that end a list of counts: the later value, a size, a comparison. */
const LIST_BREAKS = new Set(['to', 'from', 'by', 'than', 'up', 'down', 'of', 'in', 'at', 'on']);
