import { TITLE_MODIFIERS } from './data/titles.js';
import { ORG_HEADS } from './data/heads.js';
import type { Lexicon } from './lexicon.js';
import { affiliationOf } from './affiliation.js';
import { genderOf, isGivenName, isNameWord, personRunEnd } from './name-run.js';
import { addFound, claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

const COMPLEMENT = new Set(['of', 'to', 'on', 'for', 'in']);
const LEXICAL = new Set(['place', 'nationality', 'organization', 'outlet']);

/**
 * People named after their title: "Minister of Labor and Social Protection Maxim Topilin",
 * "Russian Ambassador to North Korea Alexander Matsegora", "U.S. President Donald Trump",
 * "South Korean diplomat Lee Do-hoon", "President Xi", and "Russia's ambassador, Alexander
 * Matsegora,". The title (with what modifies it) becomes the person's role.
 *
 * @example findTitledPeople(doc, lexicon, names) // Topilin with role "Minister of Labor and Social Protection"
 */
export function findTitledPeople(
  doc: Doc,
  lexicon: Lexicon,
  countryNames: ReadonlyMap<string, string>,
): void {
  let next = 0;
  for (const i of doc.triggered.titles) {
    if (i < next) continue;
    if (doc.claimed[i] !== 0 || (doc.sentence[i] ?? -1) < 0 || doc.headline[i] === 1) continue;
    const hit = lexicon.titles.match(doc, i);
    if (!hit) continue;
    const name = nameAfter(doc, hit.end, lexicon);
    if (!name) continue;
    const first = titleStart(doc, i);
    const role = { first, end: name.titleEnd };
    addAffiliationOrg(doc, first, i);
    const aff = affiliationOf(doc, role.first, role.end, countryNames);
    const person: Found = {
      first: name.first,
      end: name.end,
      type: 'person',
      form: 'name',
      rule: name.rule,
      confidence: name.rule === 'title-name' ? 0.9 : 0.75,
      role: {
        ...role,
        rule: name.comma ? 'title-comma-name' : 'title-before-name',
        ...(aff.text ? { affiliation: aff.text } : {}),
        ...(aff.country ? { country: aff.country } : {}),
      },
    };
    const gender = genderOf(doc, name.first);
    if (gender) person.gender = gender;
    const index = addFound(doc, person) + 1;
    for (let k = first; k < name.titleEnd; k++) if (doc.claimed[k] === 0) doc.claimed[k] = index;
    next = name.end;
  }
}

/** Where the name starts after a title ending at j, possibly after a complement or a comma. */
function nameAfter(doc: Doc, j: number, lexicon: Lexicon) {
  let k = j;
  if (COMPLEMENT.has(lo(doc, k))) {
    // "of Labor and Social Protection", "to North Korea": capitalised words, places, "and"/"of".
    let m = k + 1;
    while (m < doc.tokens.length && doc.sentence[m] === doc.sentence[j]) {
      const f = claimedBy(doc, m);
      if (f && LEXICAL.has(f.type)) m = f.end;
      else if (doc.cap[m] === 1 && !f && !doc.notNames.has(doc.words[m] ?? '')) m++;
      else if ((lo(doc, m) === 'and' || lo(doc, m) === 'of') && doc.cap[m + 1] === 1) m++;
      else break;
    }
    if (m === k + 1) return null;
    // The name is the run's tail: from a given name, else its last two words after a place.
    for (let p = k + 1; p < m; p++) {
      if (isGivenName(doc, p) && isNameWord(doc, p) && personRunEnd(doc, p) === m && m - p >= 2)
        return { first: p, end: m, titleEnd: p, comma: false, rule: 'title-name' };
    }
    const last = claimedBy(doc, m - 3);
    if (m - k - 1 >= 3 && isNameWord(doc, m - 2) && isNameWord(doc, m - 1) && last && LEXICAL.has(last.type))
      return { first: m - 2, end: m, titleEnd: m - 2, comma: false, rule: 'title-name-tail' };
    if (doc.words[m] !== ',') return null;
    k = m;
  }
  let comma = false;
  if (doc.words[k] === ',' && isNameWord(doc, k + 1)) {
    comma = true;
    k++;
  }
  if (!isNameWord(doc, k)) return null;
  const end = personRunEnd(doc, k);
  if (end === k) return null;
  // "Deputy Labor Minister Stanislaw Szwed": a title inside the run is the real head; the loop
  // meets it next and takes "Deputy Labor" in as its modifiers.
  for (let m = k; m < end; m++) if (lexicon.titles.match(doc, m)) return null;
  // After a comma the name must close the apposition: ", Alexander Matsegora," or end the sentence.
  if (comma && !/^[,.;:)]$/.test(doc.words[end] ?? '.')) return null;
  return { first: k, end, titleEnd: comma ? k - 1 : k, comma, rule: 'title-name' };
}

/** The first token of a title: back over modifiers, nationalities, places, organisations, "X's". */
function titleStart(doc: Doc, head: number): number {
  let first = head;
  for (let steps = 0; steps < 6 && first > 0; steps++) {
    const p = first - 1;
    if (doc.sentence[p] !== doc.sentence[head]) break;
    const f = claimedBy(doc, p);
    if (f && LEXICAL.has(f.type)) first = f.first;
    else if ((lo(doc, p) === "'s" || lo(doc, p) === "'") && claimedBy(doc, p - 1)) first = p;
    else if (TITLE_MODIFIERS.has(lo(doc, p))) first = p;
    else if (!f && doc.cap[p] === 1 && doc.initial[p] === 0 && !doc.notNames.has(doc.words[p] ?? ''))
      first = p;
    else break;
  }
  return first;
}

/** "Russian Foreign Ministry Spokeswoman": the capitalised organisation inside the title. */
function addAffiliationOrg(doc: Doc, first: number, head: number): void {
  let end = head;
  while (end > first && !ORG_HEADS.has(doc.words[end - 1] ?? '')) end--;
  if (end <= first || doc.claimed[end - 1] !== 0) return;
  let start = end - 1;
  while (start > first && doc.claimed[start - 1] === 0 && doc.cap[start - 1] === 1) start--;
  const before = claimedBy(doc, start - 1);
  const org: Found = {
    first: start,
    end,
    type: 'organization',
    form: 'name',
    rule: 'title-affiliation-org',
    confidence: 0.8,
  };
  if (before && (before.type === 'nationality' || before.type === 'place') && before.end === start) {
    org.first = before.first;
    if (before.country) org.country = before.country;
  }
  addFound(doc, org);
}
