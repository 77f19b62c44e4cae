import { lo } from './types.js';
import { AGENT_VERBS, SUBORDINATORS } from './data/verbs.js';
import type { Doc, Found } from './types.js';

const BRIDGE = new Set(['AUX', 'ADV', 'PART']);

/**
 * Marks a capital or a country that stands for its government: the subject of a verb of saying
 * or acting ("Moscow is complying", "Beijing is supporting", "Russia says"), or the source after
 * "according to" ("according to Moscow").
 *
 * @example markMetonymy(doc) // "Trump said Beijing is supporting U.S. efforts" → Beijing: government
 */
export function markMetonymy(doc: Doc): void {
  for (const f of doc.found) {
    if (f.type !== 'place' || !(f.capital || isCountry(f))) continue;
    if (accordingTo(doc, f.first) || actsAsSubject(doc, f)) {
      f.metonymy = 'government';
      f.rule = `${f.rule}+${f.capital ? 'capital' : 'country'}-for-government`;
    }
  }
}

function isCountry(f: Found): boolean {
  return f.rule.startsWith('gazetteer-country') || f.rule.startsWith('country-alias');
}

function accordingTo(doc: Doc, first: number): boolean {
  return lo(doc, first - 1) === 'to' && lo(doc, first - 2) === 'according';
}

function actsAsSubject(doc: Doc, f: Found): boolean {
  const prev = doc.tokens[f.first - 1];
  if (prev && prev.pos === 'ADP' && !SUBORDINATORS.has(lo(doc, f.first - 1))) return false;
  if (prev && (prev.pos === 'DET' || lo(doc, f.first - 1) === "'s")) return false;
  let k = f.end;
  while (k < doc.tokens.length && k - f.end < 4 && BRIDGE.has(doc.tokens[k]?.pos ?? '')) k++;
  const verb = doc.tokens[k];
  if (!verb || doc.sentence[k] !== doc.sentence[f.first]) return false;
  if (verb.pos !== 'VERB') return false;
  return AGENT_VERBS.has(verb.lemma) || AGENT_VERBS.has(lo(doc, k));
}
