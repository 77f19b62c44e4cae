import type { Token } from '../../model/index.js';
import { AUXILIARIES, DEFERRAL_LEMMAS, PLANNING_LEMMAS } from './data/context.js';
import type { Direction } from './reading.js';
import type { TokenView } from './token-view.js';

/** A run of verbs and auxiliaries ("had said", "is to return", "will be briefing") and its tense. */
export interface VerbGroup {
  readonly first: number;
  readonly last: number;
  readonly way: Direction['way'];
  readonly cue: string;
  /** Present perfect ("has been postponed"): past, but open towards now. */
  readonly perfect?: true;
  /** Led by an auxiliary ("is postponed"), not a bare verb ("demanded that they repatriate"). */
  readonly auxiliary?: true;
  /** Holds a verb of deferral ("was postponed", "delayed"). */
  readonly deferral?: true;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const GROUP_ADVERBS = new Set([
  'not',
  "n't",
  'also',
  'already',
  'still',
  'reportedly',
  'never',
  'just',
  'now',
  'soon',
]);

const inGroup = (t: Token) =>
  t.pos === 'AUX' ||
  t.pos === 'VERB' ||
  (t.pos === 'PART' && (t.normal === 'to' || t.normal === 'not' || t.normal === "n't")) ||
  (t.pos === 'ADV' && GROUP_ADVERBS.has(t.normal)) ||
  t.normal === 'due' ||
  t.normal === 'likely';

/** The form of a verb from its normal form and lemma: "said" past, "says" present, "saying" none. */
function verbForm(t: Token): Direction['way'] {
  const { normal: n, lemma: l } = t;
  if (n === l) return 'present';
  if (n.endsWith('ing')) return 'none';
  if (n === `${l}s` || n === `${l}es` || (l.endsWith('y') && n === `${l.slice(0, -1)}ies`)) return 'present';
  return 'past';
}

/** The tense of one verb group from its first finite word: "had said" past, "has declined" past. */
type Tense = { way: Direction['way']; cue: string; perfect?: true; auxiliary?: true };

function tense(tokens: readonly Token[]): Tense {
  const first = tokens.find((t) => t.pos === 'AUX' || t.pos === 'VERB');
  if (!first || tokens[0]?.normal === 'to') return { way: 'none', cue: '' };
  const aux = first.pos === 'AUX' ? AUXILIARIES[first.normal] : undefined;
  if (aux === 'perfect') {
    const participle = tokens.some((t) => t !== first && t.pos === 'VERB' && verbForm(t) === 'past');
    return participle
      ? { way: 'past', cue: `${first.normal} + participle`, perfect: true }
      : { way: 'present', cue: first.normal };
  }
  if (aux) return { way: aux, cue: first.normal, auxiliary: true };
  return { way: verbForm(first), cue: first.normal };
}

/**
 * The way one verb group points: forward with "will", "is to", "is going to" and planning verbs
 * in the present ("plans to", "is expected to"), else by its tense. Planning verbs in the past
 * ("agreed to", "planned to") date the agreement, so they stay past.
 */
function classify(tokens: readonly Token[]): Tense {
  const base = tense(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (AUXILIARIES[t.normal] === 'future' && t.pos === 'AUX') return { way: 'future', cue: t.normal };
    // "was to come into effect on Thursday": a schedule as it stood, still ahead of the report.
    if (
      (t.normal === 'was' || t.normal === 'were') &&
      tokens[i + 1]?.normal === 'to' &&
      tokens[i + 2]?.pos === 'VERB'
    )
      return { way: 'future', cue: `${t.normal} to` };
    if (base.way !== 'present') continue;
    const next = tokens[i + 1]?.normal;
    const planning = PLANNING_LEMMAS.has(t.lemma) || t.normal === 'likely' || t.normal === 'going';
    if (next === 'to' && tokens[i + 2]?.pos === 'VERB' && (planning || t.lemma === 'be'))
      return { way: 'future', cue: `${t.normal} to` };
    if (PLANNING_LEMMAS.has(t.lemma) && t.pos === 'VERB' && next === 'for')
      return { way: 'future', cue: t.normal };
  }
  return base;
}

/**
 * The verb groups of a sentence, each with the way it points in time.
 *
 * @example verbGroups(view).map((g) => g.way) // ['past', 'future']
 */
export function verbGroups(view: TokenView): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = view.start;
  while (i < view.end) {
    const t = view.tokens[i];
    if (!t || !(t.pos === 'AUX' || t.pos === 'VERB' || t.normal === 'to')) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < view.end && inGroup(view.tokens[j + 1] as Token)) j++;
    const run = view.tokens.slice(i, j + 1);
    if (run.some((r) => r.pos === 'AUX' || r.pos === 'VERB')) {
      const deferral = run.some((r) => r.pos === 'VERB' && DEFERRAL_LEMMAS.has(r.lemma));
      const t = classify(run);
      // "plans to repatriate", "a deadline to leave": a planning noun before an infinitive.
      const before = view.tokens[i - 1];
      const planned =
        run[0]?.normal === 'to' && i > view.start && before && PLANNING_LEMMAS.has(before.lemma);
      const group: Mutable<VerbGroup> = planned
        ? { first: i, last: j, way: 'future', cue: `${before.normal} to` }
        : { first: i, last: j, way: t.way, cue: t.cue };
      if (t.perfect) group.perfect = true;
      if (t.auxiliary) group.auxiliary = true;
      if (deferral) group.deferral = true;
      groups.push(group);
    }
    i = j + 1;
  }
  return groups;
}
