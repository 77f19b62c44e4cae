import type { Span, Token } from '../../model/index.js';
import type { Trigger } from './data/rules.js';
import type { TriggerToken } from './01-triggers.js';
import type { CompiledRule } from './compile.js';
import { passes } from './guards.js';
import { interpret } from './interpret.js';
import { makeAtom } from './reading.js';
import type { Atom } from './reading.js';
import type { TokenView } from './token-view.js';

interface Candidate {
  readonly atom: Atom;
  readonly order: number;
}

/** The rules, and for each trigger class the indices of the rules it triggers. Built once per stage. */
export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly byTrigger: ReadonlyMap<Trigger, readonly number[]>;
}

/** Indexes compiled rules by their trigger classes. @example ruleSet(RULES.map(compileRule)) */
export function ruleSet(rules: readonly CompiledRule[]): RuleSet {
  const byTrigger = new Map<Trigger, number[]>();
  rules.forEach((r, i) => {
    for (const t of r.spec.triggers) byTrigger.set(t, [...(byTrigger.get(t) ?? []), i]);
  });
  return { rules, byTrigger };
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
  for (const t of triggers) {
    for (const c of t.classes) {
      for (const order of set.byTrigger.get(c) ?? []) {
        const rule = set.rules[order] as CompiledRule;
        for (let j = Math.max(view.start, t.index - rule.spec.reach); j <= t.index; j++) {
          const token = view.tokens[j] as Token;
          const at = token.span.start - sentence.start;
          tryRule(rule, order, at, slice, text, sentence, view, found);
          // Inside "mid-2019" or "2009-2010", an expression may start after the hyphen.
          for (let k = token.normal.indexOf('-'); k >= 0; k = token.normal.indexOf('-', k + 1))
            tryRule(rule, order, at + k + 1, slice, text, sentence, view, found);
        }
      }
    }
  }
  return pickLongest(found);
}

/** One sticky try of a rule at an offset of the sentence; a match that passes its guard is kept. */
function tryRule(
  rule: CompiledRule,
  order: number,
  at: number,
  slice: string,
  text: string,
  sentence: Span,
  view: TokenView,
  found: Candidate[],
): void {
  const { spec, regex } = rule;
  // The regex lives in the configured stage; setting lastIndex makes each try independent.
  regex.lastIndex = at;
  const m = regex.exec(slice);
  if (!m || m[0].length === 0) return;
  const start = sentence.start + at;
  const end = start + m[0].length;
  const groups = m.groups ?? {};
  if (!passes(spec.guard, { text, start, end, groups, view, sentenceStart: sentence.start })) return;
  const meaning = interpret(spec, groups);
  if (meaning) found.push({ atom: makeAtom({ start, end }, spec.id, meaning.reading, meaning.mod), order });
}

function pickLongest(found: Candidate[]): Atom[] {
  const length = (c: Candidate) => c.atom.span.end - c.atom.span.start;
  found.sort((a, b) => length(b) - length(a) || a.order - b.order);
  const kept: Atom[] = [];
  for (const { atom } of found) {
    if (kept.some((k) => k.span.start < atom.span.end && atom.span.start < k.span.end)) continue;
    kept.push(atom);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
