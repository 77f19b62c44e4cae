import { FURNITURE } from './data/furniture.js';
import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { classifyAll, openPieces, textOf } from './layout.js';
import type { Layout } from './layout.js';
import type { Rules } from './rules.js';

/**
 * Page furniture: every open piece that is wholly an ad, a widget, a footer, a label or a list
 * of other headlines (and everything after such a list's heading); lines of tags; a line that
 * is only an outlet's name. Footers that name the outlet ("Copyright 2019 Nexstar
 * Broadcasting", "Send it to The Daily Beast here") leave a clue.
 *
 * @example furniture(l, rules, findings) // "Advertisement" becomes a boilerplate block
 */
export function furniture(l: Layout, rules: Rules, found: Findings): void {
  let ended = false;
  let prose = 0;
  l.paras.forEach((_, i) => {
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (ended) {
        classifyAll(l, i, piece, 'boilerplate', 'after-related-heading');
        continue;
      }
      // Furniture is short: a paragraph of more than twenty words is never a widget or a footer.
      const words = piece.words;
      const atEnd = i >= l.paras.length - 3;
      const rule =
        words <= 20 || (atEnd && words <= 40)
          ? FURNITURE.find((r) => (r.atEnd ? atEnd : words <= 20) && r.pattern.test(text))
          : undefined;
      if (rule) {
        classifyAll(l, i, piece, rule.type, rule.name);
        // A list of other headlines ends the article only once the article has begun.
        if (rule.endsArticle && prose > 0) ended = true;
        const outlet = rule.outlet ? rule.pattern.exec(text)?.groups?.['outlet']?.trim() : undefined;
        if (outlet) {
          const name = rules.outlets.byName(outlet) ?? outlet;
          found.outlets.push({
            name,
            rank: RANK.self,
            how: 'text',
            evidence: `the footer "${text}"`,
            rule: rule.name,
            span: piece,
          });
        }
        continue;
      }
      if (i < 3 && words <= 30 && isTagList(text)) {
        classifyAll(l, i, piece, 'boilerplate', 'tag-list');
        continue;
      }
      const known = words <= 5 && /^[\p{L}\p{N} .&'’-]+$/u.test(text) ? rules.outlets.byName(text) : null;
      if (known && (i < 4 || i >= l.paras.length - 3)) {
        classifyAll(l, i, piece, 'meta', 'outlet-line');
        found.outlets.push({
          name: known,
          rank: RANK.self,
          how: 'text',
          evidence: `the line "${text}"`,
          rule: 'outlet-line',
          span: piece,
        });
        continue;
      }
      if (words >= 20) prose++;
    }
  });
}

/** A line of topic tags: six or more words, no punctuation, and a pair of words said twice. */
function isTagList(text: string): boolean {
  if (/[.,!?;:"“”«»]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 6) return false;
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    if (pairs.has(pair)) return true;
    pairs.add(pair);
  }
  return false;
}
