import { DASH, DATELINES, PLACE } from './data/datelines.js';
import { PHOTO_AGENCIES } from './data/photo-agencies.js';
import { END_CREDITS, PIPE_CREDIT } from './data/credits.js';
import type { CreditRule } from './data/credits.js';
import { PREFIX_SECTIONS, SECTIONS } from './data/sections.js';
import { dateFinder } from './parse-date.js';
import type { DateFinder } from './parse-date.js';
import { outletKey as nameKey } from '../../lexicon/index.js';
import type { Lexicon, OutletEntry, Outlets } from '../../lexicon/index.js';
import { dateWords } from './data/calendar.js';
import type { DateWords } from './data/calendar.js';

/** The normaliser's data compiled once per configured stage: patterns, lookups, finders. */
export interface Rules {
  readonly dates: DateFinder;
  /** Month and weekday names of every language (the shared lexicon's). */
  readonly dateWords: DateWords;
  readonly outlets: Outlets;
  readonly datelines: readonly {
    readonly name: string;
    readonly pattern: RegExp;
    readonly firstOnly: boolean;
    readonly knownAgency: boolean;
  }[];
  /** "Feb. 7", "May 21" as in datelines: month name and day. */
  readonly monthDay: RegExp;
  readonly pipeCredit: RegExp;
  /** END_CREDITS compiled with match indices, to place the `credit` and `tail` groups. */
  readonly endCredits: readonly CreditRule[];
  readonly sections: ReadonlySet<string>;
  readonly prefixSection: RegExp;
  readonly defaultLanguage: string;
}

export interface RuleOptions {
  /** More outlets, placed before the shared lexicon's. */
  readonly outlets?: readonly OutletEntry[];
  readonly defaultLanguage?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Compiles the rules; called once by the normaliser's factory.
 *
 * @example compileRules(createLexicon(), {}).monthDay.exec('Feb. 7')
 */
export function compileRules(lexicon: Lexicon, options: RuleOptions): Rules {
  const words = dateWords(lexicon);
  // A month-like word ("Feb", "MARCH"); the dateline pass checks it against the month names, which
  // keeps these patterns small: they are tried on the first paragraphs of every article.
  const month = String.raw`(?:\p{Lu}\p{Ll}{2,8}|\p{Lu}{3,9})`;
  const fill = (source: string) =>
    source.replaceAll('{MONTH}', month).replaceAll('{PLACE}', PLACE).replaceAll('{DASH}', DASH);
  const agencies = [...PHOTO_AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return Object.freeze({
    dates: dateFinder(words),
    dateWords: words,
    outlets:
      options.outlets && options.outlets.length > 0 ? lexicon.outlets.with(options.outlets) : lexicon.outlets,
    datelines: DATELINES.map((d) => ({
      name: d.name,
      pattern: new RegExp(fill(d.source), 'u'),
      firstOnly: d.firstOnly ?? false,
      knownAgency: d.knownAgency ?? false,
    })),
    monthDay: new RegExp(`^(${month})\\.?\\s+(\\d{1,2})$`, 'u'),
    pipeCredit: new RegExp(PIPE_CREDIT.replace('{AGENCIES}', agencies), 'du'),
    endCredits: END_CREDITS.map((r) => ({
      ...r,
      pattern: new RegExp(r.pattern.source, `${r.pattern.flags}d`),
    })),
    sections: new Set(SECTIONS.map(nameKey)),
    prefixSection: new RegExp(`^(?:${PREFIX_SECTIONS.map(escape).join('|')})\\s+(?=\\p{Lu})`, 'u'),
    defaultLanguage: options.defaultLanguage ?? 'en',
  });
}
