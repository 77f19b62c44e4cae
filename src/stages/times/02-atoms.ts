import type { Span } from '../../model/index.js';
import type { Trigger } from './data/rules.js';
import type { CompiledRule } from './compile.js';
import { passes } from './guards.js';
import { interpret } from './interpret.js';
import type { Atom } from './reading.js';
import type { TokenView } from './token-view.js';

interface Candidate extends Atom {
  readonly order: number;
}

/**
 * Runs the rules whose triggers occur in the sentence and keeps the best non-overlapping matches:
 * the longest, and between equals the rule listed first.
 *
 * @example findAtoms(rules, article.text, sentence.span, new Set(['month']), view)
 */
export function findAtoms(
  rules: readonly CompiledRule[],
  text: string,
  sentence: Span,
  triggers: ReadonlySet<Trigger>,
  view: TokenView,
): Atom[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: Candidate[] = [];
  rules.forEach(({ spec, regex }, order) => {
    if (!spec.triggers.some((t) => triggers.has(t))) return;
    // The regex lives in the configured stage; resetting lastIndex makes each run independent.
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const groups = m.groups ?? {};
      if (!passes(spec.guard, { text, start, end, groups, view, sentenceStart: sentence.start })) continue;
      const meaning = interpret(spec, groups);
      if (!meaning) continue;
      found.push({ span: { start, end }, rule: spec.id, order, ...meaning });
    }
  });
  return pickLongest(found);
}

function pickLongest(found: Candidate[]): Atom[] {
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.order - b.order);
  const kept: Atom[] = [];
  for (const c of found) {
    if (kept.some((k) => k.span.start < c.span.end && c.span.start < k.span.end)) continue;
    const { order: _order, ...atom } = c;
    kept.push(atom);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
