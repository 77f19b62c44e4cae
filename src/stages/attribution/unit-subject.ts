import type { Context } from './context.js';
import { isQuoteMark, isTime, norm, pos } from './context.js';
import type { Phrase } from './phrases.js';
import { isSourceNoun, scanLeft } from './phrases.js';
import { isAgentPlural, opensPostmodifier } from './phrase-words.js';

/**
 * The first index left of the cue that is not an auxiliary, an adverb or a time ("had said",
 * "Russia in January said"), whether a negation was crossed, and the times crossed.
 */
export function leftOfCue(
  ctx: Context,
  cue: number,
  floor: number,
): { at: number; negated: boolean; times: number[] } {
  let j = cue - 1;
  let negated = false;
  const times: number[] = [];
  while (j >= floor) {
    const n = norm(ctx, j);
    if (ctx.lex.negations.has(n)) negated = true;
    else if (isTime(ctx, j)) {
      const t = ctx.timeOf[j] ?? -1;
      if (t >= 0 && !times.includes(t)) times.push(t);
      // "in January", "last week", "on Thursday": the words that open the time go with it.
      while (j - 1 >= floor && ctx.lex.timeOpeners.has(norm(ctx, j - 1)) && pos(ctx, j - 1) !== 'DET') j--;
    } else if (pos(ctx, j) === 'ADV' && /ly$/.test(n)) {
      // "did not immediately confirm", "had publicly said": a manner adverb.
    } else if (!ctx.lex.auxiliaries.has(n) || pos(ctx, j) === 'PROPN') break;
    j--;
  }
  return { at: j, negated, times };
}

/** The subject before a cue, looking through a relative clause ("All of the workers who spoke to ..."). */
export function subject(ctx: Context, end: number, floor: number): Phrase | null {
  const found = scanLeft(ctx, end, floor);
  if (!found) return null;
  const np = relativeCut(ctx, found);
  const p = pos(ctx, np.start - 1);
  // "A source briefed on the negotiations said": the source noun before its postmodifier.
  if (p === 'ADP' && np.start - 2 >= floor && opensPostmodifier(ctx, np.start - 2)) {
    const owner = scanLeft(ctx, np.start - 2, floor);
    // "Economists polled by Reuters had expected …", "documents obtained by the paper show …":
    // the agent of a participle is not who speaks, the noun the participle follows is.
    const agentOfParticiple =
      norm(ctx, np.start - 1) === 'by' && /^(NOUN|PROPN)$/.test(pos(ctx, owner?.head ?? -1));
    if (owner && (agentOfParticiple || isSourceNoun(ctx, norm(ctx, owner.head))))
      return { start: owner.start, end: np.end, head: owner.head };
  }
  if (p !== 'ADP' && p !== 'VERB') return np;
  let sawVerb = false;
  for (let w = np.start - 1; w >= Math.max(floor, np.start - 14); w--) {
    const n = norm(ctx, w);
    if (pos(ctx, w) === 'PUNCT') break;
    if (pos(ctx, w) === 'VERB') sawVerb = true;
    if ((n === 'who' || n === 'that' || n === 'which') && sawVerb) return scanLeft(ctx, w, floor) ?? np;
  }
  return np;
}

/**
 * "the $1 billion that analysts had forecast", "the fact that officials confirmed": "that" or
 * "which" after a noun or a figure opens a relative clause, so it is no determiner of the
 * subject after it; the phrase starts after it.
 */
function relativeCut(ctx: Context, np: Phrase): Phrase {
  const first = norm(ctx, np.start);
  if ((first !== 'that' && first !== 'which') || np.head <= np.start) return np;
  if (!/^(NOUN|PROPN|NUM)$/.test(pos(ctx, np.start - 1))) return np;
  return { ...np, start: np.start + 1 };
}

/** True when token `k` is a cue verb with its particle, if it needs one ("played up", not "played a role"). */
function isCueVerb(ctx: Context, k: number): boolean {
  const info = pos(ctx, k) === 'VERB' ? ctx.lex.cueForms.get(norm(ctx, k)) : undefined;
  if (!info) return false;
  const { particles } = info.frames;
  return particles.length === 0 || particles.includes(norm(ctx, k + 1));
}

/** ", asked by reporters …,", ", when asked about …,": a past participle opening an aside. */
function opensAside(ctx: Context, k: number): boolean {
  const before = norm(ctx, k - 1);
  return (
    /ed$/.test(norm(ctx, k)) &&
    (before === ',' || ((before === 'when' || before === 'if') && norm(ctx, k - 2) === ','))
  );
}

/**
 * "Pyotr Ilichev, director for ..., said", "Chuck Schumer - who ... - said": the phrase before
 * the appositive; an appositive that is a bare name joins it.
 */
export function appositive(ctx: Context, comma: number, floor: number): Phrase | null {
  const mark = norm(ctx, comma);
  let right = comma;
  let crossed = 0;
  for (let k = comma - 1; k >= Math.max(floor, comma - 40); k--) {
    if (isQuoteMark(ctx, k) || (isCueVerb(ctx, k) && !opensAside(ctx, k))) return null;
    if (norm(ctx, k) !== mark) continue;
    // ", for his part, when asked ..., said": segments that open with a preposition or
    // conjunction are asides, not appositives; the subject lies before them.
    const opener = pos(ctx, k + 1);
    const np = scanLeft(ctx, k, floor);
    // "critics like Senator X - who ... - said": X, though a preposition comes before it.
    const object = pos(ctx, (np?.start ?? 0) - 1) === 'ADP' && norm(ctx, (np?.start ?? 0) - 1) !== 'like';
    const aside = opener === 'ADP' || opener === 'SCONJ' || opener === 'ADV' || opener === 'CCONJ';
    if (np && !object && !aside) {
      // "Russia’s ambassador, Alexander Matsegora, said": a bare name after a nominal is its head.
      let nameOnly = right - k - 1 <= 4 && pos(ctx, np.head) !== 'PROPN';
      for (let t = k + 1; t < right; t++) nameOnly &&= pos(ctx, t) === 'PROPN';
      return nameOnly ? { start: np.start, end: right, head: right - 1 } : np;
    }
    if (++crossed > 3) return null;
    right = k;
  }
  // Asides all the way back: the subject opens the sentence ("Kim, for his part, when asked ..., said").
  return right < comma ? scanLeft(ctx, right, floor) : null;
}

const COUNTING = new Set(['many', 'several', 'some', 'few', 'total', 'number', 'more', 'most']);

/**
 * True when a phrase counts things rather than names a speaker: "6,603", "524 deaths", "a total
 * of 18,737", "many cases" — but not "two officials" or "many residents", whose heads speak.
 *
 * @example countsThings(ctx, phraseOf('524 deaths')) // true
 */
export function countsThings(ctx: Context, phrase: Phrase): boolean {
  const head = norm(ctx, phrase.head);
  if (pos(ctx, phrase.head) === 'NUM') return true;
  if (pos(ctx, phrase.head) !== 'NOUN') return false;
  if (ctx.lex.speakerNouns.has(head) || ctx.lex.sourceHeads[head] || ctx.lex.collective.has(head))
    return false;
  if (ctx.lex.reportingNouns.has(head) || ctx.lex.titles.has(head) || isAgentPlural(head)) return false;
  // "The No. 1 U.S. automaker", "two of the three carmakers": bodies, counted or ranked, speak.
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  if (ctx.lex.organizationNominals.has(head) || ctx.lex.organizationNominals.has(singular)) return false;
  for (let k = phrase.start; k < phrase.end; k++) {
    if (pos(ctx, k) === 'NUM' || COUNTING.has(norm(ctx, k))) return true;
  }
  return false;
}
