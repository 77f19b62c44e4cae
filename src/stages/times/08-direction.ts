import type { Span } from '../../model/index.js';
import { SIGNALS } from './data/context.js';
import type { Atom, Direction } from './reading.js';
import type { TokenView } from './token-view.js';
import type { VerbGroup } from './verb-groups.js';

/**
 * Which way an expression points: a signal that fixes it ("since" → past), else the tense of the
 * nearest verb group (left first on a tie), else none.
 *
 * @example directionOf({ start: 40, end: 46 }, groups, view, 'on') // { way: 'future', cue: "is to" }
 */
export function directionOf(
  span: Span,
  groups: readonly VerbGroup[],
  view: TokenView,
  signal?: string,
): Direction {
  const fixed = signal ? SIGNALS[signal.toLowerCase()]?.way : null;
  if (fixed) return { way: fixed, cue: signal ?? '' };
  const first = view.indexAt(span.start);
  const last = view.indexAt(span.end - 1);
  // "held captive since Hamas's incursion into Israel on 7 October will be freed": a day inside
  // a phrase opened by a fixed signal points the signal's way, whatever the clause's tense.
  const opener = phraseSignal(first, groups, view);
  if (opener) return opener;
  // "must send them home by Dec. 22, officials said": a limit bounds the verb before it, so a
  // verb group on the left is preferred to one after the expression.
  const limit = signal ? SIGNALS[signal.toLowerCase()]?.range === 'until' : false;
  const hasLeft = groups.some((g) => g.way !== 'none' && g.last < first);
  const rightPenalty = limit && hasLeft ? 1000 : 0;
  // "was to come into effect on Thursday, officials said": a verb past a comma is another
  // clause's, so the verb group before the expression in its own clause is preferred to it.
  const commaIn = (from: number, to: number, also = '') =>
    view.tokens.slice(from, to).some((t) => t.normal === ',' || t.normal === also);
  const left = groups.filter((g) => g.way !== 'none' && g.last < first).at(-1);
  const sameClause = left !== undefined && !commaIn(left.last + 1, first, 'that');
  const comma = (g: VerbGroup) => (sameClause && commaIn(last + 1, g.first) ? 1000 : 0);
  let best: VerbGroup | undefined;
  let bestDistance = Infinity;
  for (const g of groups) {
    if (g.way === 'none' || (g.first >= first && g.last <= last)) continue;
    const distance = g.last < first ? first - g.last : g.first - last + 0.5 + rightPenalty + comma(g);
    if (distance < bestDistance) {
      best = g;
      bestDistance = distance;
    }
  }
  if (!best) return { way: 'none', cue: '' };
  // "postponed until Saturday", "has been extended until June": a limit set now lies ahead.
  // "has until Dec. 22 to leave", "applies until June": a limit in the present lies ahead too.
  if (limit && (best.way === 'present' || best.perfect || best.deferral))
    return { way: 'future', cue: `${best.cue} ${signal}` };
  return { way: best.way, cue: best.cue };
}

/** Tokens looked back over for a signal that opens the expression's phrase. */
const PHRASE_REACH = 8;

/**
 * The fixed way of a signal that opens the phrase holding the expression ("since … on 7
 * October"): no comma, clause word or verb group between them. Null when there is none.
 */
function phraseSignal(first: number, groups: readonly VerbGroup[], view: TokenView): Direction | null {
  for (let i = first - 1; i >= Math.max(0, first - PHRASE_REACH); i--) {
    const t = view.tokens[i]!.normal;
    if (t === ',' || t === ';' || t === 'that' || groups.some((g) => g.first <= i && i <= g.last))
      return null;
    const way = SIGNALS[t]?.way;
    if (way) return { way, cue: `${t} …` };
  }
  return null;
}

/**
 * Whether an expression's value depends on which way it points: a month, day, weekday, season or
 * quarter without a year ("In November"), or "the end of the year". Others skip the tense reading.
 *
 * @example needsDirection(novemberAtom) // true
 */
export function needsDirection(atom: Atom): boolean {
  const c = atom.composite;
  if (c) return c.kind === 'range' ? needsDirection(c.from) : needsDirection(c.base);
  const r = atom.reading;
  if (r.kind === 'shift') return r.edge !== undefined;
  if (r.kind !== 'calendar') return false;
  const cal = r.cal;
  if (cal.year !== undefined || cal.yearShift !== undefined || cal.rel !== undefined) return false;
  return [cal.month, cal.day, cal.weekday, cal.season, cal.quarter].some((v) => v !== undefined);
}
