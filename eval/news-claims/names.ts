/**
 * Name matching for speakers and carriers. A system name matches a gold alias when, after
 * normalising both (case, a leading "the"/"a"/"an", possessive "'s", punctuation and spaces),
 * they are equal, or when the shorter one's words run inside the longer one's and the shorter
 * one is a name (holds a capitalised word as written: "Negi" in "Lalita Negi", "Cal Fire" in
 * "Cal Fire officials") or has at least two words. A lone common noun inside a longer alias
 * ("officials" for "SDRF officials") does not match, and a pronoun never does: an unresolved
 * "he" names no one.
 */

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us']);

/**
 * The words of a name, normalised.
 *
 * @example nameWords('The Sacramento Bee’s') // ['sacramento', 'bee']
 */
export function nameWords(name: string): string[] {
  const ws = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (ws.length > 1 && ['the', 'a', 'an'].includes(ws[0] ?? '')) ws.shift();
  return ws;
}

/** True when `inner`'s words run contiguously inside `outer`'s. */
function runsInside(inner: readonly string[], outer: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/**
 * True when a system name matches one gold alias.
 *
 * @example namesMatch('Lalita Negi', 'Negi') // true
 * @example namesMatch('officials', 'SDRF officials') // false
 */
export function namesMatch(system: string, alias: string): boolean {
  const s = nameWords(system);
  const g = nameWords(alias);
  if (s.length === 0 || g.length === 0) return false;
  if (s.length === 1 && PRONOUNS.has(s[0] ?? '')) return false;
  if (s.join(' ') === g.join(' ')) return true;
  const [shortWords, shortText, longWords] = s.length <= g.length ? [s, system, g] : [g, alias, s];
  const named = /(^|[^\p{L}])\p{Lu}/u.test(shortText.replace(/^(the|a|an)\s+/i, ''));
  return (named || shortWords.length >= 2) && runsInside(shortWords, longWords);
}

/**
 * True when any of the system's names for a speaker (its canonical name, its words as written)
 * matches any gold alias.
 *
 * @example speakerMatches(['Donald Trump', 'Trump'], ['Trump']) // true
 */
export function speakerMatches(system: readonly string[], aliases: readonly string[]): boolean {
  return system.some((s) => aliases.some((a) => namesMatch(s, a)));
}
