import { normalName, personWords } from './01-names.js';
import { givenNamesAgree, skeleton } from './02-skeleton.js';
import { familyFirst, typeGroup } from './03-keys.js';
import type { CanonicalEntity, EntityUnit, LinkRule } from './types.js';

/** A candidate entity for a unit, by the strongest rule its matched keys support. */
export interface Match {
  readonly entity: CanonicalEntity;
  readonly rule: LinkRule;
  readonly confidence: number;
  readonly evidence: string;
}

/** Rules by key prefix, strongest first, with the confidence each gives. */
const RULES: readonly { prefix: string; rule: LinkRule; confidence: number }[] = [
  { prefix: 'x:', rule: 'same-name', confidence: 0.95 },
  { prefix: 'i:', rule: 'instrument-number', confidence: 0.95 },
  { prefix: 'g:', rule: 'government', confidence: 0.9 },
  { prefix: 'a:', rule: 'acronym', confidence: 0.85 },
  { prefix: 't:', rule: 'transliteration', confidence: 0.8 },
  { prefix: 's:', rule: 'surname', confidence: 0.65 },
  { prefix: 'h:', rule: 'short-form', confidence: 0.6 },
];

/**
 * Turns the keys a unit shares with an entity into a match: the strongest rule whose keys matched
 * and whose check passes. Types must agree (by group), a government only matches a government,
 * and a surname only matches a person whose given names agree ("Pyotr"/"Peter", or none given).
 *
 * @example matchEntity(unit, entity, ['t:piotr ilicev']) // { rule: 'transliteration', ... }
 */
export function matchEntity(
  unit: EntityUnit,
  entity: CanonicalEntity,
  keys: readonly string[],
  splits: NameSplits = nameSplits,
): Match | null {
  if (typeGroup(unit.type) !== typeGroup(entity.type) && !(unit.government && entity.governmentOf))
    return null;
  if (Boolean(unit.government) !== Boolean(entity.governmentOf)) return null;
  for (const { prefix, rule, confidence } of RULES) {
    const hits = keys.filter((k) => k.startsWith(prefix));
    if (hits.length === 0) continue;
    if (rule === 'surname' && !surnameAgrees(unit, entity, splits)) continue;
    if (rule === 'short-form' && !shortFormBare(unit, entity, hits)) continue;
    // Initials are many names' ("UrduPoint News" and "United Nations" give "un"): an outlet's
    // stand for an outlet only.
    if (rule === 'acronym' && (unit.type === 'outlet') !== (entity.type === 'outlet')) continue;
    const names = Object.keys(entity.aliases).slice(0, 4).join(' / ');
    return { entity, rule, confidence, evidence: `${describe(rule, hits)}: “${unit.name}” ~ “${names}”` };
  }
  return null;
}

/**
 * A surname links a person only when some name of the entity agrees with it (same surname, given
 * names agreeing or absent) and none of its names with that surname gives other given names: an
 * entity that grew from a bare "Kim" and took "Kim Jong Un" does not then take "Kim Yong-nam".
 */
function surnameAgrees(unit: EntityUnit, entity: CanonicalEntity, splits: NameSplits): boolean {
  const mine = splits(unit.name);
  const theirs = Object.keys(entity.aliases).flatMap(splits);
  return mine.some(
    (m) =>
      theirs.some((t) => m.surname === t.surname && givenNamesAgree(m.given, t.given)) &&
      !theirs.some(
        (t) =>
          m.surname === t.surname &&
          m.given.length > 0 &&
          t.given.length > 0 &&
          !givenNamesAgree(m.given, t.given),
      ),
  );
}

/**
 * A short form links a qualified name with the bare one ("the Security Council" ~ "UN Security
 * Council"), never two names qualified differently: "North Korean authorities" and "Russian
 * authorities" share the short form "authorities" and are not one entity.
 */
function shortFormBare(unit: EntityUnit, entity: CanonicalEntity, hits: readonly string[]): boolean {
  const shorts = new Set(hits.map((k) => k.slice(k.indexOf(':', 2) + 1)));
  const mine = [unit.name, ...unit.aliases].map(normalName);
  const theirs = Object.keys(entity.aliases).map(normalName);
  // The bare name joins the qualified one it shortens.
  if (mine.some((n) => shorts.has(n))) return true;
  // A qualified name joins an entity holding the bare one only when none of its names is
  // qualified otherwise: "authorities" may have joined "Russian authorities" before.
  return theirs.some((n) => shorts.has(n)) && theirs.every((n) => shorts.has(n) || mine.includes(n));
}

/** A person's name read as surname + given names, each way it can be read (see `splitName`). */
export type NameSplit = { readonly surname: string; readonly given: readonly string[] };
export type NameSplits = (name: string) => readonly NameSplit[];

/**
 * The ways to read a name as surname + given names, from the name as written.
 *
 * @example nameSplits('Pyotr Ilyichev') // [{ surname: 'ilicev', given: ['pyotr'] }]
 */
export function nameSplits(name: string): readonly NameSplit[] {
  return splitName(personWords(normalName(name)));
}

/**
 * `nameSplits` remembering its answers: an entity's aliases are read again each time a surname
 * is checked against it, and the regular expressions of the reading are the costly part. Holds
 * at most `size` names (then starts afresh).
 *
 * @example const splits = nameSplitsMemo(); splits('Kim Jong Un') === splits('Kim Jong Un') // true
 */
export function nameSplitsMemo(size = 20_000): NameSplits {
  const known = new Map<string, readonly NameSplit[]>();
  return (name) => {
    let split = known.get(name);
    if (!split) {
      if (known.size >= size) known.clear();
      known.set(name, (split = nameSplits(name)));
    }
    return split;
  };
}

/** The ways to read a name as surname + given names: last word first, and family-name-first for East Asian names. */
function splitName(words: readonly string[]): { surname: string; given: readonly string[] }[] {
  const out = [{ surname: skeleton(words[words.length - 1] ?? ''), given: words.slice(0, -1) }];
  if (familyFirst(words)) out.push({ surname: skeleton(words[0] ?? ''), given: words.slice(1) });
  return out;
}

function describe(rule: LinkRule, keys: readonly string[]): string {
  const shown = keys
    .slice(0, 3)
    .map((k) => k.replace(/^[a-z]:(?:(?:person|org|place|instrument|event):)?/, ''))
    .join(', ');
  switch (rule) {
    case 'same-name':
      return `same name once normalised (${shown})`;
    case 'instrument-number':
      return `same instrument and number (${shown})`;
    case 'government':
      return `government of the same country (${shown})`;
    case 'acronym':
      return `same acronym (${shown})`;
    case 'transliteration':
      return `same name up to transliteration (${shown})`;
    case 'surname':
      return `same surname up to transliteration, given names agree (${shown})`;
    default:
      return `short form without its qualifier (${shown})`;
  }
}
