import type { Span, Token } from '../../model/index.js';
import type { Trigger } from './data/rules.js';
import type { TriggerToken } from './01-triggers.js';
import type { CompiledRule } from './compile.js';
import { RULE_START_WORDS } from './data/context.js';
import {
  DEICTIC_DAYS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
  WEEKDAYS,
} from './data/lexicon.js';
import { passes } from './guards.js';
import { interpret } from './interpret.js';
import { makeAtom } from './reading.js';
import type { Atom } from './reading.js';
import type { TokenView } from './token-view.js';

/** A raw match: where, which rule, and its named groups; judged only if it could be kept. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

/** The rules, and for each trigger class the indices of the rules it triggers. Built once per stage. */
export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly byTrigger: ReadonlyMap<Trigger, readonly number[]>;
  /** Words a match can begin with; other positions are never tried (numbers always are). */
  readonly starts: ReadonlySet<string>;
}

/** Indexes compiled rules by their trigger classes. @example ruleSet(RULES.map(compileRule)) */
export function ruleSet(rules: readonly CompiledRule[]): RuleSet {
  const byTrigger = new Map<Trigger, number[]>();
  rules.forEach((r, i) => {
    for (const t of r.spec.triggers) byTrigger.set(t, [...(byTrigger.get(t) ?? []), i]);
  });
  return { rules, byTrigger, starts: startWords() };
}

/**
 * Tries each rule a trigger word calls for at the starts of the few tokens before it (its
 * `reach`), and just after a hyphen inside them ("mid-2019", "2009-2010"); keeps the best
 * non-overlapping matches: the longest, and between equals the rule listed first. Rules are
 * sticky regexes, so a try costs a few characters, not a scan of the sentence.
 *
 * @example findAtoms(set, article.text, sentence.span, triggerTokens(...), view)
 */
export function findAtoms(
  set: RuleSet,
  text: string,
  sentence: Span,
  triggers: readonly TriggerToken[],
  view: TokenView,
): Atom[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: Candidate[] = [];
  // Per token of the sentence: 0 not yet looked at, 1 a match may start there, 2 it may not.
  const startable = new Uint8Array(view.end - view.start);
  for (const t of triggers) {
    for (const c of t.classes) {
      for (const order of set.byTrigger.get(c) ?? []) {
        const rule = set.rules[order] as CompiledRule;
        for (let j = Math.max(view.start, t.index - rule.spec.reach); j <= t.index; j++) {
          const token = view.tokens[j] as Token;
          if (j < t.index) {
            const known = startable[j - view.start];
            const ok = known === 0 ? canStart(set, token) : known === 1;
            if (known === 0) startable[j - view.start] = ok ? 1 : 2;
            if (!ok) continue;
          }
          const at = token.span.start - sentence.start;
          tryRule(rule, order, at, slice, sentence, found);
          // Inside "mid-2019" or "2009-2010", an expression may start after the hyphen.
          if (token.type === 'punctuation') continue;
          for (let k = token.normal.indexOf('-', 1); k > 0; k = token.normal.indexOf('-', k + 1))
            tryRule(rule, order, at + k + 1, slice, sentence, found);
        }
      }
    }
  }
  return settle(set, found, text, sentence, view);
}

/** Whether a match may begin at this token: a start word, a number or an apostrophe ("'90s"). */
function canStart(set: RuleSet, token: Token): boolean {
  if (set.starts.has(token.normal)) return true;
  if (token.type === 'word' || token.type === 'punctuation') return token.normal.startsWith('mid-');
  const c = token.normal.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 39;
}

/** The first words of every lexicon entry and of the rule patterns. */
function startWords(): Set<string> {
  const lists = [
    MONTHS,
    WEEKDAYS,
    SEASONS,
    PARTS_OF_DAY,
    UNITS,
    NUMBER_WORDS,
    ORDINALS,
    REFERENCES,
    DEICTIC_DAYS,
    RECURRENCE,
    HOLIDAYS,
  ];
  const words = new Set<string>(RULE_START_WORDS);
  for (const list of lists) for (const key of Object.keys(list)) words.add(key.split(' ')[0] ?? key);
  return words;
}

/** One sticky try of a rule at an offset of the sentence; a match is kept as a candidate. */
function tryRule(
  rule: CompiledRule,
  order: number,
  at: number,
  slice: string,
  sentence: Span,
  found: Candidate[],
): void {
  // The regex lives in the configured stage; setting lastIndex makes each try independent.
  rule.regex.lastIndex = at;
  const m = rule.regex.exec(slice);
  if (!m || m[0].length === 0) return;
  const start = sentence.start + at;
  found.push({ start, end: start + m[0].length, order, groups: m.groups ?? {} });
}

/**
 * Keeps the best non-overlapping candidates, longest first and between equals the rule listed
 * first; a candidate is judged (guard, then reading) only when nothing kept overlaps it, so a
 * match that fails its guard leaves room for a shorter one.
 */
function settle(set: RuleSet, found: Candidate[], text: string, sentence: Span, view: TokenView): Atom[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: Atom[] = [];
  for (const { start, end, order, groups } of found) {
    if (kept.some((k) => k.span.start < end && start < k.span.end)) continue;
    const spec = (set.rules[order] as CompiledRule).spec;
    if (!passes(spec.guard, { text, start, end, groups, view, sentenceStart: sentence.start })) continue;
    const meaning = interpret(spec, groups);
    if (meaning) kept.push(makeAtom({ start, end }, spec.id, meaning.reading, meaning.mod));
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
