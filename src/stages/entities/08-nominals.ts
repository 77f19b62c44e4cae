import { NOMINAL_HEADS, TITLE_MODIFIERS } from './data/titles.js';
import type { Lexicon } from './lexicon.js';
import { addFound, claimedBy, lo, wordsLower } from './types.js';
import type { Doc, Found } from './types.js';

const DEFINITE = new Set(['the', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const COMPLEMENT = new Set(['to', 'on', 'for', 'in', 'at', 'of']);

/**
 * Institutions without a proper name ("Russia's foreign ministry", "the Russian government") and
 * people named by what they are ("the Russian official", "a senior U.S. official", "the
 * diplomat", "Russia's ambassador to North Korea"). The resolve pass links the definite ones to
 * someone met earlier.
 *
 * @example findNominals(doc, lexicon) // "the Russian official" → person nominal, head 'official', RU
 */
export function findNominals(doc: Doc, lexicon: Lexicon): void {
  let next = 0;
  for (const i of mergeSorted(doc.triggered.institutions, doc.triggered.nominals)) {
    if (i < next) continue;
    if (doc.claimed[i] !== 0 || (doc.sentence[i] ?? -1) < 0 || doc.cap[i] === 1) continue;
    const inst = lexicon.institutions.match(doc, i);
    if (inst) {
      const found = leadIn(doc, i, inst.end, 'organization', wordsLower(doc, i, inst.end));
      if (found && (found.country || found.definite)) {
        addFound(doc, found);
        next = inst.end;
        continue;
      }
    }
    const head = lo(doc, i);
    if (!NOMINAL_HEADS[head] || doc.tokens[i]?.pos !== 'NOUN') continue;
    let end = i + 1;
    const link = claimedBy(doc, end + 1);
    if (COMPLEMENT.has(lo(doc, end)) && link && link.first === end + 1 && link.type !== 'person')
      end = link.end;
    const found = leadIn(doc, i, end, 'person', head);
    if (!found) continue;
    const lead = lo(doc, found.first);
    const roleFirst = INDEFINITE.has(lead) || DEFINITE.has(lead) ? found.first + 1 : found.first;
    // "the Russian official", "Russia's ambassador to North Korea" describe; "the diplomat" does not.
    if (end > i + 1 || roleFirst < i) {
      found.role = {
        first: roleFirst,
        end,
        rule: 'nominal-role',
        ...(found.country ? { country: found.country } : {}),
      };
    }
    addFound(doc, found);
    next = end;
  }
}

/** The words before a head: a determiner, "X's", nationalities, modifiers and adjectives. */
function leadIn(doc: Doc, head: number, end: number, type: Found['type'], key: string): Found | null {
  let first = head;
  let country: string | undefined;
  let definite: boolean | undefined;
  for (let steps = 0; steps < 6 && first > 0; steps++) {
    const p = first - 1;
    if (doc.sentence[p] !== doc.sentence[head]) break;
    const f = claimedBy(doc, p);
    const w = lo(doc, p);
    if (f && (f.type === 'nationality' || f.type === 'place') && f.end === first) {
      country ??= f.country;
      first = f.first;
      if (f.type === 'place' && lo(doc, f.first) === 'the') definite = true;
    } else if ((w === "'s" || w === "'") && claimedBy(doc, p - 1)?.type === 'place') {
      const owner = claimedBy(doc, p - 1);
      country ??= owner?.country;
      definite = true;
      first = owner?.first ?? p;
      break;
    } else if (!f && (TITLE_MODIFIERS.has(w) || (doc.tokens[p]?.pos === 'ADJ' && doc.cap[p] === 0)))
      first = p;
    else if (!f && DEFINITE.has(w)) {
      definite = true;
      first = p;
      break;
    } else if (!f && INDEFINITE.has(w)) {
      definite = false;
      first = p;
      break;
    } else break;
  }
  if (definite === undefined && !country) return null;
  const found: Found = {
    first,
    end,
    type,
    form: 'nominal',
    rule:
      type === 'organization'
        ? 'institution'
        : definite === false
          ? 'nominal-indefinite'
          : 'nominal-definite',
    confidence: 0.7,
    head: key,
  };
  if (country) found.country = country;
  if (definite !== undefined) found.definite = definite;
  return found;
}

/** Two ascending index lists as one, without repeats (a linear merge). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    out.push(next);
  }
  return out;
}
