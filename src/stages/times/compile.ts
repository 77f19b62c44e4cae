import {
  DEICTIC_DAYS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
  WEEKDAYS,
  ZONES,
} from './data/lexicon.js';
import type { RuleSpec } from './data/rules.js';
import { wordRegex } from './trie.js';

/** A rule with its sticky regex built: tried at one offset of a sentence's text (`lastIndex`). */
export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly regex: RegExp;
}

const alt = wordRegex;

const keys = (o: object) => Object.keys(o);
const MONTH_FULL = keys(MONTHS).filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july');
const MONTH_DOTTED = keys(MONTHS).filter((k) => k.endsWith('.'));
const MONTH_BARE = keys(MONTHS).filter((k) => !k.endsWith('.') && !MONTH_FULL.includes(k));
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const COMPOUNDS = TENS.flatMap((t) => ONES.map((o) => `${t}-${o}`));
const NUMBER_NAMES = keys(NUMBER_WORDS).filter((k) => /^[a-z]+$/.test(k) && k !== 'a' && k !== 'an');
const DAY_WORDS = keys(ORDINALS).filter((k) => k !== 'final' && k !== 'last');
const SINGULAR_UNITS = keys(UNITS).filter((k) => !k.endsWith('s'));
const PLURAL_UNITS = keys(UNITS).filter((k) => k.endsWith('s'));

/** The `{slot}` fillers of rule templates. */
export const SLOTS: Readonly<Record<string, string>> = {
  month: alt([...MONTH_FULL, ...MONTH_DOTTED]),
  monthd: alt([...MONTH_FULL, ...MONTH_DOTTED, ...MONTH_BARE]),
  weekday: alt(keys(WEEKDAYS)),
  season: alt(keys(SEASONS)),
  part: alt(keys(PARTS_OF_DAY)),
  unit: alt(keys(UNITS)),
  unit1: alt(SINGULAR_UNITS),
  unitN: alt(PLURAL_UNITS),
  num: `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${alt([...keys(NUMBER_WORDS), ...COMPOUNDS])})`,
  numword: alt([...NUMBER_NAMES, ...COMPOUNDS]),
  year: '(?:1[5-9]\\d\\d|20\\d\\d|21\\d\\d)',
  ordinal: alt(keys(ORDINALS)),
  dayword: alt(DAY_WORDS),
  ref: alt(keys(REFERENCES)),
  deictic: alt(keys(DEICTIC_DAYS)),
  recur: alt(keys(RECURRENCE)),
  holiday: alt(keys(HOLIDAYS)),
  zone: alt(ZONES),
  calrel: alt(['this past', 'this coming', 'this', 'next', 'last', 'coming', 'past']),
};

/**
 * Builds a rule's regex: slots filled, straight apostrophes also matching curly ones, the match
 * kept to whole words, any letter case (`i`; capitals of names are checked after the match).
 *
 * @example compileRule({ id: 'year', kind: 'calendar', triggers: ['year'], pattern: '(?<year>{year})' })
 */
export function compileRule(spec: RuleSpec): CompiledRule {
  const body = spec.pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = SLOTS[name];
    if (slot === undefined) throw new Error(`rule ${spec.id}: unknown slot {${name}}`);
    return slot;
  });
  const source = `(?<![A-Za-z0-9_])(?:${body.replace(/'/g, "['’]")})(?![A-Za-z0-9_])`;
  return { spec, regex: new RegExp(source, 'yi') };
}
