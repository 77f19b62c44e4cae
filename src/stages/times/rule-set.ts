import type { Token } from '../../model/index.js';
import { SHAPE_CLASSES } from './01-triggers.js';
import type { TriggerLexicon } from './01-triggers.js';
import type { CompiledRule } from './compile.js';
import { RULE_START_WORDS } from './data/context.js';
import {
  DEICTIC_DAYS,
  HOLIDAYS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
} from './data/lexicon.js';
import type { TimeWords } from './time-words.js';
import type { Trigger } from './data/rules.js';

/** The rules, and for each trigger class the indices of the rules it triggers. Built once per stage. */
export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly byTrigger: ReadonlyMap<Trigger, readonly number[]>;
  /** Words a match can begin with; other positions are never tried (numbers always are). */
  readonly starts: ReadonlySet<string>;
  /** Rules by trigger-classes list, for the shared lists of the trigger lexicon and shapes. */
  readonly byClasses: ReadonlyMap<readonly Trigger[], readonly number[]>;
  /** The words the rules were built from, for reading what they match. */
  readonly words: TimeWords;
}

/**
 * Indexes compiled rules by their trigger classes, and by each classes list the trigger lexicon
 * hands out. @example ruleSet(RULES.map((r) => compileRule(r, slots(words))), triggerLexicon(words), words)
 */
export function ruleSet(rules: readonly CompiledRule[], lexicon: TriggerLexicon, words: TimeWords): RuleSet {
  const byTrigger = new Map<Trigger, number[]>();
  rules.forEach((r, i) => {
    for (const t of r.spec.triggers) byTrigger.set(t, [...(byTrigger.get(t) ?? []), i]);
  });
  const byClasses = new Map<readonly Trigger[], readonly number[]>();
  for (const classes of [...lexicon.values(), ...Object.values(SHAPE_CLASSES)])
    byClasses.set(classes, ordersOf(byTrigger, classes));
  return { rules, byTrigger, starts: startWords(words), byClasses, words };
}

/** Token flags: a match may start there; the token holds a hyphen; no match starts there. */
export const START = 1;
export const HYPHEN = 2;
const NO_START = 4;

/** What a token allows: a match may start there (a start word, a number, "'90s"), and a hyphen inside. */
export function lookAt(set: RuleSet, token: Token): number {
  const hyphen = token.type !== 'punctuation' && token.normal.indexOf('-', 1) > 0 ? HYPHEN : 0;
  if (set.starts.has(token.normal)) return START | hyphen;
  if (token.type === 'word' || token.type === 'punctuation')
    return token.normal.startsWith('mid-') ? START | hyphen : NO_START | hyphen;
  const c = token.normal.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 39 ? START : NO_START) | hyphen;
}

/** The rules a trigger's classes call for, in rule order. */
function ordersOf(byTrigger: ReadonlyMap<Trigger, readonly number[]>, classes: readonly Trigger[]): number[] {
  return [...new Set(classes.flatMap((c) => byTrigger.get(c) ?? []))].sort((a, b) => a - b);
}

/** The rules for a trigger: precomputed for the lexicon's lists, computed for merged ones. */
export function rulesFor(set: RuleSet, classes: readonly Trigger[]): readonly number[] {
  return set.byClasses.get(classes) ?? ordersOf(set.byTrigger, classes);
}

/** The first words of every lexicon entry and of the rule patterns. */
function startWords(words: TimeWords): Set<string> {
  const lists = [
    words.months,
    words.weekdays,
    SEASONS,
    PARTS_OF_DAY,
    UNITS,
    words.numbers,
    words.ordinals,
    REFERENCES,
    DEICTIC_DAYS,
    RECURRENCE,
    HOLIDAYS,
  ];
  const starts = new Set<string>(RULE_START_WORDS);
  for (const list of lists) for (const key of Object.keys(list)) starts.add(key.split(' ')[0] ?? key);
  return starts;
}
