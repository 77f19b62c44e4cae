import type { Span, Token } from '../../model/index.js';
import type { TriggerToken } from './01-triggers.js';
import type { CompiledRule } from './compile.js';
import { fieldsOf } from './fields.js';
import { capitalised, passes } from './guards.js';
import { interpret } from './interpret.js';
import { makeAtom } from './reading.js';
import type { Atom } from './reading.js';
import { HYPHEN, START, lookAt, rulesFor } from './rule-set.js';
import type { RuleSet } from './rule-set.js';
import type { TokenView } from './token-view.js';

/** A raw match: where, which rule, and its named groups; judged only if it could be kept. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  readonly groups: Readonly<Record<string, string | undefined>>;
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
  // Per token of the sentence, looked at once: 0 not yet, else START | HYPHEN bits, or NO_START.
  const seen = new Uint8Array(view.end - view.start);
  for (const t of triggers) {
    for (const order of rulesFor(set, t.classes)) {
      const rule = set.rules[order] as CompiledRule;
      for (let j = Math.max(view.start, t.index - rule.spec.reach); j <= t.index; j++) {
        const token = view.tokens[j] as Token;
        let flags = seen[j - view.start] ?? 0;
        if (flags === 0) seen[j - view.start] = flags = lookAt(set, token);
        if (j < t.index && (flags & START) === 0) continue;
        const at = token.span.start - sentence.start;
        tryRule(rule, order, at, slice, sentence, found);
        // Inside "mid-2019" or "2009-2010", an expression may start after the hyphen.
        if ((flags & HYPHEN) === 0) continue;
        for (let k = token.normal.indexOf('-', 1); k > 0; k = token.normal.indexOf('-', k + 1))
          tryRule(rule, order, at + k + 1, slice, sentence, found);
      }
    }
  }
  return settle(set, found, text, sentence, view);
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
  for (const { start, end, order, groups: raw } of found) {
    if (kept.some((k) => k.span.start < end && start < k.span.end)) continue;
    const groups = fieldsOf(raw);
    const spec = (set.rules[order] as CompiledRule).spec;
    if (
      !capitalised(groups) ||
      !passes(spec.guard, { text, start, end, groups, view, sentenceStart: sentence.start })
    )
      continue;
    const meaning = interpret(spec, groups, set.words);
    if (meaning) kept.push(makeAtom({ start, end }, spec.id, meaning.reading, meaning.mod));
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
