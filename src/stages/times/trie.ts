/**
 * Word lists as trie-shaped regexes: "week|weeks|weekend" becomes `week(?:s|end)?`, so a failing
 * try is decided on the first letters instead of testing every word in turn (a flat alternation
 * of a few hundred words made each sticky try cost hundreds of comparisons). The rules run with
 * the `i` flag; capitals that matter (months, weekdays) are checked after the match.
 */

interface Node {
  end: boolean;
  readonly next: Map<string, Node>;
}

const node = (): Node => ({ end: false, next: new Map() });

/** One character as a regex atom: spaces as `\s`, specials escaped. */
function atom(c: string): string {
  if (c === ' ') return '\\s';
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function serialise(n: Node): string {
  const branches = [...n.next].map(([c, child]) => c + serialise(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  // Greedy: the longer word is tried first, the shorter one is the fallback.
  return n.end ? `(?:${body})?` : body;
}

/**
 * A regex source matching any of `words` (lower case; run it with the `i` flag).
 *
 * @example wordRegex(['week', 'weeks']) // '(?:week(?:s)?)'
 */
export function wordRegex(words: readonly string[]): string {
  const root = node();
  for (const word of words) {
    let at = root;
    for (const c of word.toLowerCase()) {
      const key = atom(c);
      const child = at.next.get(key) ?? node();
      at.next.set(key, child);
      at = child;
    }
    at.end = true;
  }
  return `(?:${serialise(root)})`;
}
