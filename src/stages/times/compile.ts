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
  month: alt([...MONTH_FULL, ...MONTH_DOTTED], true),
  monthd: alt([...MONTH_FULL, ...MONTH_DOTTED, ...MONTH_BARE], true),
  weekday: alt(keys(WEEKDAYS), true),
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
  holiday: alt(keys(HOLIDAYS), true),
  zone: alt(ZONES),
  calrel: alt(['this past', 'this coming', 'this', 'next', 'last', 'coming', 'past']),
};

/**
 * Makes the literal words of a template match in any case ("this year", "This year", "THIS
 * YEAR"): each letter outside escapes, character classes, group names and slots becomes a class of
 * both cases. Slots keep their own case rules (months only Capitalised).
 */
export function anyCase(template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i] ?? '';
    const skip =
      c === '\\'
        ? 2
        : c === '['
          ? template.indexOf(']', i) - i + 1
          : c === '{'
            ? template.indexOf('}', i) - i + 1
            : 0;
    const group = /^\(\?<[A-Za-z]\w*>/.exec(template.slice(i));
    const length = group ? group[0].length : skip;
    if (length > 0) {
      out += template.slice(i, i + length);
      i += length - 1;
    } else out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

/**
 * Builds a rule's regex: literal words in any case, slots filled, straight apostrophes also
 * matching curly ones, and the match kept to whole words.
 *
 * @example compileRule({ id: 'year', kind: 'calendar', triggers: ['year'], pattern: '(?<year>{year})' })
 */
export function compileRule(spec: RuleSpec): CompiledRule {
  const body = anyCase(spec.pattern).replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = SLOTS[name];
    if (slot === undefined) throw new Error(`rule ${spec.id}: unknown slot {${name}}`);
    return slot;
  });
  const source = `(?<![A-Za-z0-9_])(?:${body.replace(/'/g, "['’]")})(?![A-Za-z0-9_])`;
  return { spec, regex: new RegExp(source, 'y') };
}
