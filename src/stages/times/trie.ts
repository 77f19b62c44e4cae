/**
 * Word lists as trie-shaped regexes: "week|weeks|weekend" becomes `[wW][eE][eE][kK](?:[sS]|[eE][nN][dD])?`,
 * so a failing try is decided on the first letters instead of testing every word in turn (a flat
 * alternation of a few hundred words made each sticky try cost hundreds of comparisons).
 */

interface Node {
  end: boolean;
  readonly next: Map<string, Node>;
}

const node = (): Node => ({ end: false, next: new Map() });

/** One character as a regex atom: letters in either case (or upper case only), spaces as `\s`. */
function atom(c: string, upperOnly: boolean): string {
  if (c === ' ') return '\\s';
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower !== upper) return upperOnly ? upper : `[${lower}${upper}]`;
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
 * A regex source matching any of `words` in any letter case; with `proper`, each word's first
 * letter must be a capital ("May" the month, never "may").
 *
 * @example wordRegex(['week', 'weeks']) // '(?:[wW][eE][eE][kK](?:[sS])?)'
 */
export function wordRegex(words: readonly string[], proper = false): string {
  const root = node();
  for (const word of words) {
    let at = root;
    [...word.toLowerCase()].forEach((c, i) => {
      const key = atom(c, proper && (i === 0 || word[i - 1] === ' '));
      const child = at.next.get(key) ?? node();
      at.next.set(key, child);
      at = child;
    });
    at.end = true;
  }
  return `(?:${serialise(root)})`;
}
