import { MOVE_VERBS, REMAIN_CUES, SIGHTING_CUES, STATES, VERB_ONLY_CUES } from './data/states.js';
import type { Token } from '../../model/index.js';
import type { Cue } from './window.js';
import { cueList, findCues } from './window.js';
import type { FigureWindow } from './window.js';

/** What happened to what a figure counts, and the words that say so. */
export interface StateReading {
  readonly state: string;
  readonly aspect: 'stock' | 'entering' | 'leaving';
  readonly cue: string;
  readonly rule: string;
  /** The token the cue starts at, when read from a window. */
  readonly start?: number;
}

/** The verb whose object stays behind: "leave", "leaves", "left". */
const LEAVE = new Set(['leave']);

/**
 * What one returns to when "return" says a use resumes, not a leaving: "returning its 79 jets to
 * service", "the planes would return to flight", "workers returned to work".
 */
const RESUMED = new Set([
  'service',
  'flight',
  'flying',
  'operation',
  'operations',
  'work',
  'duty',
  'air',
  'normal',
]);

/**
 * Participles that say where something lies when a place follows ("26,000 residents, located in
 * the foothills", "are situated on the coast"): a description, not the finding of people.
 */
const PLACE_PARTICIPLES = new Set(['located', 'situated', 'based', 'headquartered', 'nestled']);
const LOCATIVE = new Set([
  'in',
  'at',
  'on',
  'near',
  'along',
  'within',
  'inside',
  'outside',
  'off',
  'between',
]);
/** Before the participle, a past passive still tells a finding: "were located in the woods". */
const FINDING = new Set([
  'was',
  'were',
  'been',
  'being',
  'had',
  'have',
  'has',
  'get',
  'got',
  'finally',
  'later',
]);

/** The state of things a fault was found on, and the words before a figure that say so. */
const FOUND = 'found';
const ON = new Set(['on', 'in', 'aboard']);

const STATE_CUES = cueList({
  ...Object.fromEntries(Object.entries(STATES).map(([k, v]) => [k, v.cues])),
  remaining: REMAIN_CUES,
});
const SIGHTINGS = cueList({ sighting: SIGHTING_CUES });

// Words that may stand between a counted noun and its state: "workers who have been trapped",
// "labourers are feared to be trapped", "people still unaccounted for".
const BRIDGE = new Set([
  'who',
  'that',
  'which',
  'are',
  'were',
  'is',
  'was',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'still',
  'now',
  'reportedly',
  'feared',
  'believed',
  'thought',
  'reported',
  'said',
  'to',
  'all',
  'also',
  'either',
  'officially',
  'already',
  'not',
]);

/**
 * The state of a figure's counted things, by the strongest evidence: a state word inside the
 * counted phrase ("41 trapped labourers"), then one right after it, past auxiliaries ("workers who
 * have been trapped", "29 dead"), then the nearest state word of its clause on either side ("killed
 * 56", "the death toll has reached 29"); at equal distance the word after wins.
 *
 * A state said only of lengths ("cleared") is read for a length (`length`), never for a count.
 *
 * @example readState(window)?.state // 'trapped'
 */
export function readState(w: FigureWindow, length = false): StateReading | null {
  // "The cuts leave about 1,100 workers at the plant": "leave" with the figure as its object says
  // who remain, not who go ("1,100 workers leave").
  // "in keeping with our commitment": a cue between "in" and "with" names no act ("keep"), only
  // what the clause agrees with.
  const idiom = (c: Cue) =>
    w.tokens[c.start - 1]?.normal === 'in' &&
    w.tokens[c.end]?.normal === 'with' &&
    (w.tokens[c.start]?.normal ?? '').endsWith('ing');
  // "returning its 79 jets to service": the word after the next "to" says a use resumes.
  const resumed = (c: Cue) => {
    if (c.key !== 'leaving' || w.tokens[c.start]?.lemma.toLowerCase() !== 'return') return false;
    for (let i = c.end; i < w.end && i < c.end + 10; i++) {
      if (w.tokens[i]?.normal !== 'to' && w.tokens[i]?.normal !== 'into') continue;
      const next = w.tokens[i + 1]?.normal === 'the' ? w.tokens[i + 2] : w.tokens[i + 1];
      return RESUMED.has(next?.normal ?? '');
    }
    return false;
  };
  // "The cuts leave about 1,100 workers at the plant": "leave" with the figure as its object says
  // who remain.
  const left = (c: Cue) =>
    c.key === 'leaving' && c.end === w.figure && LEAVE.has(w.tokens[c.start]?.lemma.toLowerCase() ?? '');
  const placing = (c: Cue) =>
    c.end - c.start === 1 &&
    PLACE_PARTICIPLES.has(w.tokens[c.start]?.normal ?? '') &&
    LOCATIVE.has(w.tokens[c.end]?.normal ?? '') &&
    !FINDING.has(w.tokens[c.start - 1]?.normal ?? '');
  // "loose bolts were found on at least five aircraft": what was found on the counted things, not
  // the things found ("two were found dead" is the dead).
  const foundOn = (c: Cue) =>
    c.key !== FOUND || (c.end <= w.figure && ON.has(w.tokens[w.figure - 1]?.normal ?? ''));
  // "efforts to dig a tunnel to rescue them": a state said only of lengths is not a count's.
  const found = findCues(w.tokens, w.start, w.end, STATE_CUES).filter(
    (c) =>
      !idiom(c) &&
      !resumed(c) &&
      !placing(c) &&
      foundOn(c) &&
      (length || !STATES[c.key]?.lengthOnly) &&
      !nounOnly(w, c) &&
      !ownObject(w, c),
  );
  const moved = moveOf(w) ?? costOf(w);
  if (moved) return moved;
  const object = found.find(left);
  const all = found.map((c) => (left(c) ? { ...c, key: 'remaining' } : c));
  // What remains is the stock itself (`REMAIN_CUES`), unless a state is said after it.
  const reading = (cue: Cue, rule: string): StateReading | null => {
    if (cue.key !== 'remaining') return readingOf(cue, rule);
    const then = all.find((c) => c.start >= cue.end && c.key !== 'remaining');
    return then ? readingOf(then, `${rule}, after “${cue.words}”`) : null;
  };
  if (object) return reading({ ...object, key: 'remaining' }, 'state-of-verb');
  const cues = all;
  // "almost 300 search and rescue personnel": a noun modifying the head names their work, not
  // what happened to them ("41 trapped labourers" is a participle).
  const inside = cues.find(
    (c) =>
      c.start >= w.figureEnd &&
      c.end <= w.countedEnd &&
      !(c.end < w.countedEnd && c.end - c.start === 1 && w.tokens[c.start]?.pos === 'NOUN'),
  );
  // "had accounted for 2,146 missing people": the verb that takes the figure as its object says
  // what happened to them; a modifier of their noun says what they were before.
  const modifier =
    inside ?? cues.find((c) => c.start === w.figureEnd && c.end < w.end && w.tokens[c.end]?.pos === 'NOUN');
  const governing = modifier
    ? cues.find((c) => c.end === w.figure && c.key !== modifier.key && w.tokens[c.start]?.pos === 'VERB')
    : undefined;
  if (governing) return reading(governing, 'state-of-verb');
  if (inside) return reading(inside, 'state-in-counted-phrase');
  const predicate = mainPredicate(w, cues);
  if (predicate) return reading(predicate, 'state-of-predicate');
  let i = w.countedEnd;
  // Adverbs stand between too: "43 victims have been positively identified".
  const bridge = (t: string) => BRIDGE.has(t) || (t.length > 4 && t.endsWith('ly'));
  // "50 women and children held hostage": a noun coordinated with the counted one is part of it.
  let bare = true;
  while (i < w.end) {
    const t = w.tokens[i]?.normal ?? '';
    if (bridge(t)) bare = false;
    else if (!((t === 'and' || t === 'or') && w.tokens[i + 1]?.pos === 'NOUN')) break;
    i += bridge(t) ? 1 : 2;
  }
  const next = cues.find((c) => c.start === i);
  // "110 hostages held by Hamas were released": a participle right after the noun only
  // describes it; the clause's finite verb says what happened to them.
  const main = next && bare ? mainVerb(w, cues, next) : undefined;
  if (main) return reading(main, 'state-of-main-verb');
  if (next) return reading(next, 'state-after-counted-phrase');
  let best: { cue: Cue; distance: number } | null = null;
  for (const c of cues) {
    if (c.start >= w.figure && c.end <= w.countedEnd) continue;
    const distance = c.start >= w.countedEnd ? c.start - w.countedEnd : w.figure - c.end + 0.5;
    if (!best || distance < best.distance) best = { cue: c, distance };
  }
  return best ? reading(best.cue, 'state-in-clause') : null;
}

/** Auxiliaries that make the verb after them the clause's own: "were released", "had been freed". */
const AUXILIARY = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'will', 'would']);

/**
 * The clause's finite verb of another state than a participle that follows the counted noun
 * bare: one after it behind an auxiliary ("110 hostages held by Hamas were released"). A verb
 * before the figure does not outweigh the participle ("to evacuate 41 workers trapped").
 */
function mainVerb(w: FigureWindow, cues: readonly Cue[], participle: Cue): Cue | undefined {
  return cues.find(
    (c) =>
      c.start > participle.end &&
      c.key !== participle.key &&
      AUXILIARY.has(w.tokens[c.start - 1]?.normal ?? ''),
  );
}

/** Words that open a clause describing the counted things: "people who had been listed as missing". */
const RELATIVE = new Set(['who', 'that', 'which', 'originally', 'once', 'initially', 'previously']);
/** A participle opening a reduced clause: "people believed to be missing", "listed as missing". */
const REDUCED = new Set(['believed', 'thought', 'feared', 'reported', 'listed', 'presumed', 'considered']);
/** Adverbs between an auxiliary and its verb that may be tagged otherwise: "have since turned up". */
const INTERPOSED = new Set(['since', 'now', 'still', 'all', 'already', 'also']);
/** Auxiliaries right before a main verb: "have been accounted for", "have since turned up". */
const FINITE = new Set(['have', 'has', 'had', 'been', 'were', 'are', 'was', 'is']);

/**
 * The state of the clause's main verb when the counted phrase is followed by a clause that
 * describes them ("Some 2,500 people originally believed to be missing have been accounted
 * for", "Hundreds of people who had been listed as missing have since turned up"): what they
 * were before is not what the figure counts. Null when there is no such clause, or no later state
 * said through an auxiliary.
 */
function mainPredicate(w: FigureWindow, cues: readonly Cue[]): Cue | null {
  let i = w.countedEnd;
  while (i < w.end && w.tokens[i]?.pos === 'ADV' && !RELATIVE.has(w.tokens[i]?.normal ?? '')) i++;
  const opener = w.tokens[i]?.normal ?? '';
  if (!RELATIVE.has(opener) && !REDUCED.has(opener)) return null;
  const first = cues.find((c) => c.start >= w.countedEnd);
  if (!first) return null;
  return (
    cues.find((c) => {
      if (c.start < first.end || c.key === first.key || c.key === 'remaining') return false;
      let k = c.start - 1;
      while (k > first.end && (w.tokens[k]?.pos === 'ADV' || INTERPOSED.has(w.tokens[k]?.normal ?? ''))) k--;
      return FINITE.has(w.tokens[k]?.normal ?? '');
    }) ?? null
  );
}

/** A cue word that says a state only as a verb (`VERB_ONLY_CUES`), here not one: "this ship had sailed". */
function nounOnly(w: FigureWindow, c: Cue): boolean {
  const t = w.tokens[c.start];
  return (
    c.end - c.start === 1 &&
    t !== undefined &&
    t.pos !== 'VERB' &&
    (VERB_ONLY_CUES.includes(t.normal) || VERB_ONLY_CUES.includes(t.lemma.toLowerCase()))
  );
}

/** Determiners that open an object of its own: "released a statement reiterating the 300 jobs…". */
const INDEFINITE = new Set(['a', 'an']);

/**
 * A verb whose own object is something else, named right after it ("Carrier released a statement
 * reiterating the 300 jobs were moved"): it says what happened to that object, not to the figure,
 * unless the figure stands within that object ("destroyed a town of 26,000").
 */
function ownObject(w: FigureWindow, c: Cue): boolean {
  if (w.tokens[c.start]?.pos !== 'VERB' || !INDEFINITE.has(w.tokens[c.end]?.normal ?? '')) return false;
  return w.figure < c.end || w.figure > c.end + 3;
}

/** Words that may stand between a move verb and the figure it moves: "to move about 600 jobs". */
const BEFORE_FIGURE = new Set('the its their those these all some another an additional'.split(' '));

/** The index of the word that governs the figure, past the words allowed between (`BEFORE_FIGURE`); -1 when none. */
function governorOf(w: FigureWindow): number {
  let i = w.figure - 1;
  while (i >= w.start && BEFORE_FIGURE.has(w.tokens[i]?.normal ?? '')) i--;
  return i >= w.start ? i : -1;
}

/**
 * A figure moved elsewhere by the verb that takes it as object, when a destination follows its
 * counted phrase: "send 1,400 jobs from Indianapolis to Mexico", "move 600 jobs … to Mexico" —
 * the things are leaving where they are (`MOVE_VERBS`).
 */
function moveOf(w: FigureWindow): StateReading | null {
  const i = governorOf(w);
  const verb = w.tokens[i];
  if (!verb || verb.pos !== 'VERB' || !MOVE_VERBS.includes(verb.lemma.toLowerCase())) return null;
  for (let k = w.countedEnd; k < w.end; k++) {
    const t = w.tokens[k]?.normal;
    if (t !== 'to' && t !== 'into') continue;
    const next = w.tokens[k + 1];
    // "to Mexico", "to the plant in Monterrey": a place, not an infinitive ("to cut costs").
    if (next && (next.normal === 'the' || next.pos === 'PROPN')) {
      return {
        state: 'leaving',
        aspect: 'leaving',
        cue: `${verb.normal} … ${t}`,
        rule: 'state-of-move',
        start: i,
      };
    }
  }
  return null;
}

/** What "cost N people their …" takes from them: "cost 1,400 workers their jobs" lays them off. */
const COST_OF: Readonly<Record<string, string>> = {
  jobs: 'laid off',
  job: 'laid off',
  lives: 'killed',
  life: 'killed',
};

/**
 * A figure that something costs what it had: "the move will cost 1,400 workers their jobs" (laid
 * off), "cost 12 people their lives" (killed).
 */
function costOf(w: FigureWindow): StateReading | null {
  const i = governorOf(w);
  const verb = w.tokens[i];
  if (verb?.lemma.toLowerCase() !== 'cost') return null;
  if (w.tokens[w.countedEnd]?.normal !== 'their') return null;
  const what = w.tokens[w.countedEnd + 1]?.normal ?? '';
  const state = COST_OF[what];
  return state
    ? { state, aspect: 'stock', cue: `${verb.normal} … their ${what}`, rule: 'state-of-cost', start: i }
    : null;
}

/**
 * The state said once of a whole list of counts, for a member that has none of its own: the
 * verb after the last count ("13 Israelis, 10 Thai citizens and one Filipino citizen were
 * released") or before the first ("released were 13 Israelis, 10 Thais and one Filipino"), each
 * read as that count's own state is.
 *
 * @example readListState(windows, 1)?.rule // 'state-of-list'
 */
export function readListState(windows: readonly FigureWindow[], at: number): StateReading | null {
  if (windows.length < 2) return null;
  const last = windows[windows.length - 1];
  const first = windows[0];
  if (last && at !== windows.length - 1) {
    const r = readState(last);
    if (r && r.start !== undefined && r.start >= last.countedEnd) return { ...r, rule: 'state-of-list' };
  }
  if (first && at !== 0) {
    const r = readState(first);
    if (r && r.start !== undefined && r.start < first.figure) return { ...r, rule: 'state-of-list' };
  }
  return null;
}

/** Nouns of a list's items: a count of them counts the people the list is of. */
const LIST_ITEMS = new Set(['name', 'names', 'entry', 'entries']);

/**
 * The state of the people an article's list holds, when the article names one state near the
 * word "list" ("a list of missing persons", "the missing list", "many people on the list aren't
 * missing"): a count of its names or entries ("totally some 300 names", "the list swelled to
 * 1,200") counts people in that state. Null when the article names none near its lists, or two
 * as often.
 *
 * @example listItemsState(article.tokens ?? [], 'names')?.state // 'missing'
 */
export function listItemsState(tokens: readonly Token[], noun: string | null): StateReading | null {
  if (!noun || !LIST_ITEMS.has(noun.toLowerCase())) return null;
  // Each mention of a list votes for the state word nearest to it ("Release Missing Persons List"
  // votes for missing), a word before it winning a tie; the most voted state, when no other ties it.
  const votes = new Map<string, { cue: Cue; n: number }>();
  tokens.forEach((t, i) => {
    if (t.normal !== 'list' && t.normal !== 'lists') return;
    const near = findCues(tokens, Math.max(0, i - 3), Math.min(tokens.length, i + 5), STATE_CUES)
      .filter((c) => c.key !== 'remaining' && !ofTheList(tokens, i, c))
      .map((c) => ({ c, d: c.start > i ? c.start - i : i - c.end + 0.5 }))
      .sort((a, b) => a.d - b.d)[0];
    if (near)
      votes.set(near.c.key, {
        cue: votes.get(near.c.key)?.cue ?? near.c,
        n: (votes.get(near.c.key)?.n ?? 0) + 1,
      });
  });
  const [first, second] = [...votes.values()].sort((a, b) => b.n - a.n || a.cue.start - b.cue.start);
  return first && (!second || second.n < first.n) ? readingOf(first.cue, 'state-of-list-named') : null;
}

/** Auxiliaries between a subject and its participle: "the list has been released". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/**
 * True when the cue is what happened to the list itself, its verb right after it past
 * auxiliaries ("that list has been released to the public"), not the state of those on it.
 */
function ofTheList(tokens: readonly Token[], list: number, cue: Cue): boolean {
  if (cue.start <= list) return false;
  for (let k = list + 1; k < cue.start; k++) if (!AUXILIARIES.has(tokens[k]?.normal ?? '')) return false;
  return true;
}

/** True when the clause says the figure was seen somewhere ("spotted at the airport"). */
export function isSighting(w: FigureWindow): boolean {
  return findCues(w.tokens, w.start, w.end, SIGHTINGS).length > 0;
}

function readingOf(cue: Cue, rule: string): StateReading {
  return {
    state: cue.key,
    aspect: STATES[cue.key]?.aspect ?? 'stock',
    cue: cue.words,
    rule,
    start: cue.start,
  };
}

/**
 * Words right before a state's verb that put the act in the future: "will be freed", "to be
 * released" ("would", mostly a reported or a conditional future, is not enough).
 */
const FUTURE = new Set(['will', 'shall', "'ll", 'to']);
/** Verbs before "to" that report a belief about now, not a plan: "feared to be trapped". */
const BELIEF = new Set(['feared', 'believed', 'thought', 'said', 'reported', 'known', 'presumed', 'likely']);

/**
 * True when the state read at `start` is an act still to come: its verb follows "will" or "to"
 * ("are to be released", "Hamas will return 50 hostages", "was due to release"), past "be"
 * and adverbs; a belief about the present ("feared to be trapped") is no plan. A count to be
 * released is not a count released: a planned figure is a measure of its own.
 *
 * @example isPlanned(window, reading.start) // true for "50 hostages are to be released"
 */
export function isPlanned(w: FigureWindow, start: number): boolean {
  let i = start - 1;
  while (i >= w.start && SKIP.has(w.tokens[i]?.normal ?? '')) i--;
  // "will facilitate the release of dozens": a verb that brings the act about, then the act.
  if (
    w.tokens[start]?.pos === 'NOUN' &&
    ARTICLES.has(w.tokens[i]?.normal ?? '') &&
    w.tokens[i - 1]?.pos === 'VERB'
  )
    i -= 2;
  const word = w.tokens[i]?.normal ?? '';
  if (!FUTURE.has(word)) return false;
  return word !== 'to' || !BELIEF.has(w.tokens[i - 1]?.normal ?? '');
}

const ARTICLES = new Set(['the', 'a', 'an']);
const SKIP = new Set(['be', 'also', 'then', 'now', 'soon', 'only', 'first', 'eventually', 'finally']);
