import { EAST_ASIAN_FAMILY_NAMES } from './data/first-names.js';
import { HONORIFICS } from './data/titles.js';
import { join, joinCluster, keyText, membersOf } from './cluster.js';
import type { Clusters } from './cluster.js';
import { compatible } from './compatible.js';
import { foundText } from './types.js';
import type { Doc, Found } from './types.js';

const NOMINAL_WINDOW = 8;

/**
 * Resolves people within the article. Full names make entities; a shorter name ("Ilichev",
 * "Kim", "Trump") joins the full name whose family or given name it is, nearest before it, else
 * the first after it; an untyped capitalised word that is such a name becomes a mention; a
 * definite nominal ("the Russian official") joins the most recent compatible person.
 *
 * @example resolvePeople(doc, cs) // "Ilichev" and "the Russian official" → Pyotr Ilichev
 */
export function resolvePeople(doc: Doc, cs: Clusters): void {
  const order: { f: Found; index: number; words: string[] }[] = [];
  doc.found.forEach((f, index) => {
    if (f.type === 'person' && !f.dropped)
      order.push({ f, index, words: f.form === 'name' ? nameWords(doc, f) : [] });
  });
  order.sort((a, b) => a.f.first - b.f.first);
  const full = order.filter(({ words }) => words.length > 1);
  for (const { index, words } of full) join(doc, cs, index, `person|${keyText(words.join(' '))}`);
  const owners = fullNames(full);
  for (const { f, index, words } of order) {
    if (f.entity !== undefined || f.form !== 'name') continue;
    const owner = ownerOf(owners, f, words);
    if (owner) joinCluster(doc, cs, index, owner.entity ?? -1);
    else join(doc, cs, index, `person|${keyText(words.join(' '))}`);
  }
  for (const { f, index } of order) {
    if (f.entity !== undefined) continue;
    const c = f.definite !== false ? antecedent(doc, cs, f) : -1;
    if (c >= 0) joinCluster(doc, cs, index, c);
    else join(doc, cs, index, `person|#${index}`);
  }
}

/** The words of a name, hyphenated parts kept together. */
export function nameWords(doc: Doc, f: Found): string[] {
  const out: string[] = [];
  for (const w of foundText(doc, f).split(' ')) if (w && !HONORIFICS.has(w.toLowerCase())) out.push(w);
  return out;
}

interface FullName {
  readonly f: Found;
  readonly words: readonly string[];
  /** The family name: the first word of an East Asian name, else the last. */
  readonly family: string | undefined;
}

/** The full names, in text order, and the same looked up by family name, last word and any word. */
interface FullNames {
  readonly all: readonly FullName[];
  readonly byFamily: ReadonlyMap<string | undefined, FullName[]>;
  readonly byLast: ReadonlyMap<string | undefined, FullName[]>;
  readonly byWord: ReadonlyMap<string, FullName[]>;
}

/** Indexes the full names once, so that each short name looks at the few it can fit, not at all. */
function fullNames(full: readonly { f: Found; words: readonly string[] }[]): FullNames {
  const all: FullName[] = full.map(({ f, words: ws }) => ({
    f,
    words: ws,
    family: EAST_ASIAN_FAMILY_NAMES.has(ws[0] ?? '') && ws.length >= 2 ? ws[0] : ws[ws.length - 1],
  }));
  const byFamily = new Map<string | undefined, FullName[]>();
  const byLast = new Map<string | undefined, FullName[]>();
  const byWord = new Map<string, FullName[]>();
  const add = <K>(map: Map<K, FullName[]>, key: K, o: FullName) => {
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  for (const o of all) {
    add(byFamily, o.family, o);
    add(byLast, o.words[o.words.length - 1], o);
    for (const w of new Set(o.words)) add(byWord, w, o);
  }
  return { all, byFamily, byLast, byWord };
}

/** The full name a short one belongs to: family name match first, any word of it next. */
function ownerOf(owners: FullNames, f: Found, words: readonly string[]): Found | undefined {
  const fits = (o: FullName, family: boolean) => {
    const ws = o.words;
    if (words.length >= ws.length) return false;
    if (family)
      return words.length === 1
        ? words[0] === o.family
        : words.join(' ') === ws.slice(-words.length).join(' ');
    return words.every((w) => ws.includes(w));
  };
  // Only names that can fit are looked at: a family name equal to the word, the same last word,
  // or holding the first word (names' words hold no spaces). No words: any name may fit.
  const first = words[0];
  const none: readonly FullName[] = [];
  for (const family of [true, false]) {
    const near =
      first === undefined
        ? owners.all
        : family
          ? ((words.length === 1 ? owners.byFamily.get(first) : owners.byLast.get(words[words.length - 1])) ??
            none)
          : (owners.byWord.get(first) ?? none);
    const cands = near.filter((o) => fits(o, family)).map((o) => o.f);
    const before = cands.filter((o) => o.first < f.first);
    const pick = before[before.length - 1] ?? cands[0];
    if (pick) return pick;
  }
  return undefined;
}

/** The most recent person before a nominal, within a few sentences, that it can refer to. */
function antecedent(doc: Doc, cs: Clusters, f: Found): number {
  const sentence = doc.sentence[f.first] ?? 0;
  let best = -1;
  let bestAt = -1;
  cs.list.forEach((c, index) => {
    if (c.type !== 'person') return;
    const members = membersOf(doc, cs, index);
    const last = members.filter((m) => m.first < f.first).map((m) => m.first);
    const at = last.length > 0 ? Math.max(...last) : -1;
    if (at < 0 || sentence - (doc.sentence[at] ?? 0) > NOMINAL_WINDOW || at <= bestAt) return;
    if (compatible(doc, cs, f, members)) [best, bestAt] = [index, at];
  });
  return best;
}
