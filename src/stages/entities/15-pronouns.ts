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
  const people = doc.found
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.type === 'person' && f.entity !== undefined)
    .sort((a, b) => a.f.first - b.f.first);
  for (const i of doc.triggered.pronouns) {
    const gender = PRONOUNS.get(lo(doc, i));
    const s = doc.sentence[i] ?? -1;
    if (!gender || s < 0 || insideQuote(doc, i)) continue;
    const inSentence = candidates(people, doc, (f) => doc.sentence[f.first] === s && f.end <= i);
    const pool =
      inSentence.size > 0 ? inSentence : candidates(people, doc, (f) => doc.sentence[f.first] === s - 1);
    // An untyped name nearby may be a person too ("Trump met Kim Jong Un. He said ..."): not safe.
    const window = inSentence.size > 0 ? s : s - 1;
    if (
      doc.unknown.some((u) => doc.claimed[u.first] === 0 && doc.sentence[u.first] === window && u.first < i)
    )
      continue;
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

function candidates(people: readonly { f: Found }[], doc: Doc, where: (f: Found) => boolean): Set<number> {
  const out = new Set<number>();
  for (const { f } of people)
    if (f.form !== 'pronoun' && where(f) && f.entity !== undefined) out.add(f.entity);
  return out;
}

function genderFits(doc: Doc, cs: Clusters, c: number, gender: 'm' | 'f'): boolean {
  const known = membersOf(doc, cs, c).find((m) => m.gender)?.gender;
  return !known || known === gender;
}

/** True when more quotes open than close between the paragraph's start and token i. */
function insideQuote(doc: Doc, i: number): boolean {
  const at = doc.tokens[i]?.span.start ?? 0;
  const from = doc.text.lastIndexOf('\n', at) + 1;
  let open = 0;
  let straight = 0;
  for (let k = from; k < at; k++) {
    const c = doc.text[k];
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}
