import {
  DEICTIC_DAYS,
  HOLIDAYS,
  PARTS_OF_DAY,
  RECURRENCE,
  REFERENCES,
  SEASONS,
  UNITS,
  ZONES,
} from './data/lexicon.js';
import type { TimeWords } from './time-words.js';
import type { RuleSpec } from './data/rules.js';
import { wordRegex } from './trie.js';

/** A rule with its sticky regex built: tried at one offset of a sentence's text (`lastIndex`). */
export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly regex: RegExp;
}

const alt = wordRegex;

const keys = (o: object) => Object.keys(o);
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const COMPOUNDS = TENS.flatMap((t) => ONES.map((o) => `${t}-${o}`));
const SINGULAR_UNITS = keys(UNITS).filter((k) => !k.endsWith('s'));
const PLURAL_UNITS = keys(UNITS).filter((k) => k.endsWith('s'));

/** The `{slot}` fillers of rule templates, by slot name. */
export type Slots = Readonly<Record<string, string>>;

/**
 * The slot fillers, from the stage's words: built once per configured stage.
 *
 * @example slots(timeWords(createLexicon()))['month'] // a regex source matching "January", "Jan." ...
 */
export function slots(words: TimeWords): Slots {
  const numberNames = keys(words.numbers).filter((k) => /^[a-z]+$/.test(k) && k !== 'a' && k !== 'an');
  const dayWords = keys(words.ordinals).filter((k) => k !== 'final' && k !== 'last');
  const weekday = alt(keys(words.weekdays));
  const monthd = alt([...words.monthNames, ...words.monthDotted, ...words.monthBare]);
  return Object.freeze({
    month: alt([...words.monthNames, ...words.monthDotted]),
    monthd,
    weekday,
    // The day a clock time is on: "7 a.m. local time on Friday", "7am Friday 24 November".
    clockday: `(?:\\slocal\\stime)?(?:,?\\s(?:on\\s)?(?<weekday>${weekday})(?:,?\\s(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s(?<month>${monthd}))?)?`,
    season: alt(keys(SEASONS)),
    part: alt(keys(PARTS_OF_DAY)),
    unit: alt(keys(UNITS)),
    unit1: alt(SINGULAR_UNITS),
    unitN: alt(PLURAL_UNITS),
    num: `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${alt([...keys(words.numbers), ...COMPOUNDS])})`,
    numword: alt([...numberNames, ...COMPOUNDS]),
    year: '(?:1[5-9]\\d\\d|20\\d\\d|21\\d\\d)',
    ordinal: alt(keys(words.ordinals)),
    dayword: alt(dayWords),
    ref: alt(keys(REFERENCES)),
    deictic: alt(keys(DEICTIC_DAYS)),
    recur: alt(keys(RECURRENCE)),
    holiday: alt(keys(HOLIDAYS)),
    zone: alt(ZONES),
    calrel: alt(['this past', 'this coming', 'this', 'next', 'last', 'coming', 'past']),
  });
}

/**
 * Builds a rule's regex: slots filled, straight apostrophes also matching curly ones, the match
 * kept to whole words, any letter case (`i`; capitals of names are checked after the match).
 *
 * @example compileRule({ id: 'year', kind: 'calendar', triggers: ['year'], pattern: '(?<year>{year})' }, slots(words))
 */
export function compileRule(spec: RuleSpec, slots: Slots): CompiledRule {
  const body = spec.pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = slots[name];
    if (slot === undefined) throw new Error(`rule ${spec.id}: unknown slot {${name}}`);
    return slot;
  });
  const source = `(?<![A-Za-z0-9_])(?:${body.replace(/'/g, "['’]")})(?![A-Za-z0-9_])`;
  return { spec, regex: new RegExp(source, 'yi') };
}
