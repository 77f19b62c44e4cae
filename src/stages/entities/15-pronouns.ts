import { joinCluster, membersOf } from './cluster.js';
import type { Clusters } from './cluster.js';
import { addFound, lo } from './types.js';
import type { Doc, Found } from './types.js';

const PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);

/**
 * "he"/"she" where it is safe: exactly one person (of a fitting gender) is named earlier in the
 * same sentence, or, when none is, in the sentence before; and the pronoun is not inside a quote
 * (where "he" may be anyone the speaker means).
 *
 * @example resolvePronouns(doc, cs) // "Matsegora said ... He added" → He = Matsegora
 */
export function resolvePronouns(doc: Doc, cs: Clusters): void {
  if (doc.triggered.pronouns.length === 0) return;
  // People and untyped names by sentence, and the quote state at each pronoun, worked out once:
  // asked afresh for every pronoun they would make a long article quadratic.
  const people = bySentence(
    doc,
    doc.found.filter((f) => f.type === 'person' && f.entity !== undefined).sort((a, b) => a.first - b.first),
  );
  const unknown = bySentence(doc, doc.unknown);
  const quoted = insideQuotes(doc, doc.triggered.pronouns);
  for (const i of doc.triggered.pronouns) {
    const gender = PRONOUNS.get(lo(doc, i));
    const s = doc.sentence[i] ?? -1;
    if (!gender || s < 0 || quoted.has(i)) continue;
    const inSentence = candidates(people.get(s), (f) => f.end <= i);
    const pool = inSentence.size > 0 ? inSentence : candidates(people.get(s - 1), () => true);
    // An untyped name nearby may be a person too ("Trump met Kim Jong Un. He said ..."): not safe.
    const window = inSentence.size > 0 ? s : s - 1;
    if ((unknown.get(window) ?? []).some((u) => doc.claimed[u.first] === 0 && u.first < i)) continue;
    const fitting = [...pool].filter((c) => genderFits(doc, cs, c, gender));
    const only = fitting[0];
    if (fitting.length !== 1 || only === undefined || pool.size !== 1) continue;
    const index = addFound(doc, {
      first: i,
      end: i + 1,
      type: 'person',
      form: 'pronoun',
      rule: 'pronoun-single-candidate',
      confidence: 0.7,
    });
    joinCluster(doc, cs, index, only);
  }
}

/** Items (in their order) by the sentence their first token is in. */
function bySentence<T extends { readonly first: number }>(doc: Doc, items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const s = doc.sentence[item.first] ?? -1;
    const list = out.get(s);
    if (list) list.push(item);
    else out.set(s, [item]);
  }
  return out;
}

function candidates(people: readonly Found[] | undefined, where: (f: Found) => boolean): Set<number> {
  const out = new Set<number>();
  for (const f of people ?? [])
    if (f.form !== 'pronoun' && where(f) && f.entity !== undefined) out.add(f.entity);
  return out;
}

function genderFits(doc: Doc, cs: Clusters, c: number, gender: 'm' | 'f'): boolean {
  const known = membersOf(doc, cs, c).find((m) => m.gender)?.gender;
  return !known || known === gender;
}

/**
 * The tokens among `at` that stand inside a quote: more quotes open than close between the
 * paragraph's start and the token. One pass over the text for all of them.
 */
function insideQuotes(doc: Doc, at: readonly number[]): Set<number> {
  const inside = new Set<number>();
  const order = [...at].sort((a, b) => a - b);
  let open = 0;
  let straight = 0;
  let k = 0;
  for (const i of order) {
    const offset = doc.tokens[i]?.span.start ?? 0;
    for (; k < offset; k++) {
      const c = doc.text[k];
      if (c === '\n') {
        open = 0;
        straight = 0;
      } else if (c === '“') open++;
      else if (c === '”') open = Math.max(0, open - 1);
      else if (c === '"') straight++;
    }
    if (open > 0 || straight % 2 === 1) inside.add(i);
  }
  return inside;
}
