import type { EntityType } from '../../model/index.js';
import forms from './data/name-forms.json' with { type: 'json' };
import { acronymOf, normalName, personWords, shortForm } from './01-names.js';
import { skeleton } from './02-skeleton.js';
import type { EntityUnit } from './types.js';

const INSTRUMENT = new RegExp(
  `\\b(${forms.instrumentKinds.join('|')})\\s+(?:no\\s+|number\\s+)?(\\d+[a-z]?)\\b`,
);

/** Types that can name the same thing across articles ("UN" is an organization here, a group there). */
export type TypeGroup = 'person' | 'org' | 'place' | 'instrument' | 'event';

/**
 * @example typeGroup('outlet') // 'org'
 */
export function typeGroup(type: EntityType): TypeGroup {
  switch (type) {
    case 'person':
      return 'person';
    case 'place':
    case 'nationality':
      return 'place';
    case 'instrument':
      return 'instrument';
    case 'event':
      return 'event';
    default:
      return 'org';
  }
}

/**
 * True when a person's name may put the family name first, as East Asian names do: three short
 * words ("Kim Jong Un", "Ri Yong Ho"), or a one- or two-letter first word before a longer one
 * ("Xi Jinping", "Li Keqiang"), a length Western given names rarely have.
 *
 * @example familyFirst(['xi', 'jinping']) // true
 */
export function familyFirst(words: readonly string[]): boolean {
  if (words.length >= 3) return words.every((w) => w.length <= 4);
  return words.length === 2 && (words[0]?.length ?? 0) <= 2 && (words[1]?.length ?? 0) >= 4;
}

const DETERMINER = /^(?:the|a|an|another|this|that)\s/i;
/** A capitalised word of two letters or more that is not all capitals ("Ilyichev", not "U.S."). */
const NAME_LIKE = /(?:^|[\s-])\p{Lu}\p{Ll}/u;

/**
 * The keys a unit is filed under, and the extra keys it looks up (a short name may be another
 * entity's short form). Prefixes name the rule a match on them supports:
 * `x:` same normalised name, `i:` instrument kind + number, `g:` government of a country,
 * `k:` the country a place is, `a:` acronym, `t:` transliteration skeleton of a full person name,
 * `s:` a person's surname skeleton, `h:` a short form without qualifier.
 *
 * @example unitKeys(unit).file // ['x:org:un security council', 'a:org:unsc', 'h:org:security council']
 */
export function unitKeys(
  unit: EntityUnit,
  countryOf: (normal: string) => string | null,
): { file: string[]; query: string[] } {
  if (unit.government) return { file: [`g:${unit.government}`], query: [`g:${unit.government}`] };
  const group = typeGroup(unit.type);
  const file = new Set<string>();
  const query = new Set<string>();
  for (const form of [unit.name, ...unit.aliases]) {
    // "the diplomat", "a senior U.S. official": a description, not a name — two people share it.
    if (group === 'person' && !NAME_LIKE.test(form.replace(DETERMINER, ''))) continue;
    if (group === 'person' && DETERMINER.test(form)) continue;
    const folded = normalName(form);
    // A person's titles come and go ("President Donald Trump"): compare the name without them.
    const normal = group === 'person' ? personWords(folded).join(' ') : folded;
    if (!normal) continue;
    file.add(`x:${group}:${normal}`);
    const instrument = INSTRUMENT.exec(normal);
    if (instrument && (group === 'instrument' || group === 'org'))
      file.add(`i:${instrument[1]}:${instrument[2]}`);
    if (group === 'org' || group === 'event' || group === 'instrument') {
      const acronym = acronymOf(form);
      if (acronym) file.add(`a:${group}:${acronym}`);
      const short = shortForm(normal);
      if (short) file.add(`h:${group}:${short}`);
      query.add(`h:${group}:${normal}`);
    }
    if (group === 'place') {
      const code = countryOf(normal);
      if (code) file.add(`k:${code}`);
    }
    if (group === 'person') {
      const words = personWords(normal);
      if (words.length >= 2) file.add(`t:${words.map(skeleton).join(' ')}`);
      const last = words[words.length - 1];
      if (last) file.add(`s:${skeleton(last)}`);
      // East Asian order puts the family name first ("Kim Jong Un", "Xi Jinping"): file it too.
      const first = words[0];
      if (first && familyFirst(words)) file.add(`s:${skeleton(first)}`);
    }
  }
  return { file: [...file], query: [...new Set([...file, ...query])] };
}
