import { CARRIER_VERBS, CUE_VERBS, PHRASE_CUES, POSSESSED_NOUNS } from './data/cues.js';
import type { CueVerbEntry } from './data/cues.js';
import { OUTLET_HEADS } from './data/outlets.js';
import { withOutletShape } from './outlet-shape.js';
import { calendarTokens } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon } from '../../lexicon/index.js';
import * as W from './data/words.js';

export type CueClass = CueVerbEntry['class'];
export type PhraseCue = (typeof PHRASE_CUES)[number];

/** What a cue word form means: its lemma, class and the rule of its lexicon entry. */
export interface CueInfo {
  readonly lemma: string;
  readonly class: CueClass;
  readonly rule: string;
  readonly frames: CueFrames;
}

/** What a cue verb allows around it (see `data/cues.ts`). */
export interface CueFrames {
  readonly hearer: boolean;
  readonly objects: boolean;
  readonly np: boolean;
  readonly infinitive: boolean;
  readonly inverts: boolean;
  /** Words that must follow the verb and join the cue ("called on", "pointed to"). */
  readonly particles: readonly string[];
  /** Prepositions that may open the content and are left out of it ("warned of"). */
  readonly skips: readonly string[];
  /** Reports without its particle when a quote names what it calls (see `data/cues.ts`). */
  readonly naming: boolean;
  /** A counted object makes the verb a purchase, not a statement (see `data/cues.ts`). */
  readonly buys: boolean;
}

/** A cue that allows nothing special: "according to", the as-saying of "cited X as saying". */
export const PLAIN_FRAMES: CueFrames = Object.freeze({
  hearer: false,
  objects: false,
  np: false,
  infinitive: false,
  inverts: false,
  particles: [],
  skips: [],
  naming: false,
  buys: false,
});

/** The compiled word lists: built once when the stage is configured, then only read. */
export interface Lexicon {
  readonly cueForms: ReadonlyMap<string, CueInfo>;
  readonly carrierForms: ReadonlyMap<string, string>;
  /** Every word that may start a cue, for a quick first test. */
  readonly cueWords: ReadonlySet<string>;
  /** Phrase cues ("according to") by their first word. */
  readonly phraseCues: ReadonlyMap<string, readonly PhraseCue[]>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  /** "declined to comment", "refused to say": a verb that negates the cue after its "to". */
  readonly negativeControl: ReadonlySet<string>;
  /** "plans to announce", "tried to explain": a verb whose subject speaks the cue after its "to" (all forms). */
  readonly controlVerbs: ReadonlySet<string>;
  /** "is expected to announce", "is due to report": a predicate after "be" that lends its subject. */
  readonly raisingPredicates: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  /** Verbs linking a subject to a state as "be" does ("remain", "became"). */
  readonly copulas: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly timeOpeners: ReadonlySet<string>;
  readonly adjunctPrepositions: ReadonlySet<string>;
  readonly namePrepositions: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly audience: ReadonlySet<string>;
  readonly reportingNouns: ReadonlySet<string>;
  /** Nouns of what a source spoke through ("in a statement", "in his speech"). */
  readonly mediumNouns: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  /** Nouns that report with their possessor as source ("the company's announcement that …"). */
  readonly possessedNouns: ReadonlyMap<string, { readonly lemma: string; readonly class: CueClass }>;
  readonly collective: ReadonlySet<string>;
  /** Nouns for people and bodies that speak ("officials", "residents"). */
  readonly speakerNouns: ReadonlySet<string>;
  /** Nominals that point back to a body ("the company", "the airline"). */
  readonly organizationNominals: ReadonlySet<string>;
  /** Of those, the ones for public bodies ("the agency"); the others name businesses. */
  readonly publicBodyNominals: ReadonlySet<string>;
  /** Platforms and platform heads a statement is posted on ("on X", "on its website"). */
  readonly platforms: ReadonlySet<string>;
  readonly platformHeads: ReadonlySet<string>;
  /** "a statement obtained by CNN". */
  readonly relayParticiples: ReadonlySet<string>;
  /** Words that make a name a public body's ("Administration", "Ministry"). */
  readonly publicBodyNameWords: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly outletHeads: ReadonlySet<string>;
  readonly sourceHeads: Readonly<Record<string, 'person' | 'organization' | 'outlet' | 'place'>>;
  /** Time words that are times only when capitalised ("may", "march", "fall"). */
  readonly capitalTimes: ReadonlySet<string>;
  /** Month and weekday names and abbreviations, lower-case ("mon", "jan.", "september"). */
  readonly calendarWords: ReadonlySet<string>;
  /** Country names (the shared lexicon's English forms) and capitals, lower-case. */
  readonly places: ReadonlySet<string>;
  readonly organizationWords: ReadonlySet<string>;
  readonly backNominals: ReadonlySet<string>;
  readonly genericNominals: ReadonlySet<string>;
  /** True when the text names a known outlet ("Russian news agency Interfax"). */
  readonly namesOutlet: (text: string) => boolean;
  /** The known outlet named in the text, as written ("the Interfax news agency" → "Interfax"). */
  readonly outletIn: (text: string) => string | null;
}

/**
 * Regular inflections of a verb lemma: "report" → report, reports, reported, reporting.
 *
 * @example inflect('note') // ['note', 'notes', 'noted', 'noting']
 */
export function inflect(lemma: string): string[] {
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${lemma}ed`, `${lemma}ing`];
}

/** Irregular forms of the control verbs (`data/words.ts`). */
const IRREGULAR_CONTROL = [
  'began',
  'begun',
  'beginning',
  'chose',
  'chosen',
  'meant',
  'sought',
  'planned',
  'planning',
  'preferred',
  'preferring',
  'agreeing',
];

/**
 * Compiles the data files with the shared lexicon's outlets, countries and calendar words.
 * `cognitive: false` leaves out belief verbs ("believe", "expect").
 *
 * @example buildLexicon(createLexicon(), { cognitive: true }).cueForms.get('told')?.lemma // 'tell'
 */
export function buildLexicon(shared: SharedLexicon, options: { readonly cognitive: boolean }): Lexicon {
  const cueForms = new Map<string, CueInfo>();
  for (const entry of CUE_VERBS) {
    if (entry.class === 'cognitive' && !options.cognitive) continue;
    const info: CueInfo = Object.freeze({
      lemma: entry.lemma,
      class: entry.class,
      rule: entry.rule,
      frames: Object.freeze({
        hearer: entry.hearer ?? false,
        objects: entry.objects ?? false,
        np: entry.np ?? false,
        infinitive: entry.infinitive ?? false,
        inverts: entry.inverts ?? false,
        particles: entry.particles ?? [],
        skips: entry.skips ?? [],
        naming: entry.naming ?? false,
        buys: entry.buys ?? false,
      }),
    });
    for (const form of entry.forms ? [entry.lemma, ...entry.forms] : inflect(entry.lemma)) {
      if (!cueForms.has(form)) cueForms.set(form, info);
    }
  }
  const carrierForms = new Map<string, string>();
  for (const c of CARRIER_VERBS) for (const f of c.forms) carrierForms.set(f, c.lemma);
  const phraseCues = new Map<string, PhraseCue[]>();
  for (const p of PHRASE_CUES) {
    const first = p.words[0] ?? '';
    phraseCues.set(first, [...(phraseCues.get(first) ?? []), p]);
  }
  const possessedNouns = new Map<string, { readonly lemma: string; readonly class: CueClass }>();
  for (const n of POSSESSED_NOUNS) {
    if (n.class === 'cognitive' && !options.cognitive) continue;
    for (const f of n.forms) possessedNouns.set(f, Object.freeze({ lemma: n.lemma, class: n.class }));
  }
  const set = (xs: readonly string[]) => new Set(xs);
  const english = (w: { readonly language: string }) => w.language === 'en';
  const months = shared.calendar.monthWords.filter(english);
  const weekdays = shared.calendar.weekdayWords.filter(english);
  const calendarWords = new Set(calendarTokens([...months, ...weekdays]));
  // Weekday abbreviations ("sat", "sun", "wed") are words too often to be times in running text.
  const calendarTimes = calendarTokens([...months, ...weekdays.filter((w) => !w.abbreviation)]);
  const outlets = withOutletShape(shared.outlets.findInText);
  return Object.freeze({
    cueForms,
    carrierForms,
    phraseCues,
    cueWords: new Set([...cueForms.keys(), ...carrierForms.keys(), ...phraseCues.keys()]),
    auxiliaries: set(W.CUE_AUXILIARIES),
    negations: set(W.NEGATIONS),
    negativeControl: set(W.NEGATIVE_CONTROL),
    controlVerbs: new Set([...W.CONTROL_VERBS.flatMap(inflect), ...IRREGULAR_CONTROL]),
    raisingPredicates: set(W.RAISING_PREDICATES),
    be: set(W.BE_FORMS),
    copulas: set(W.COPULAS),
    timeWords: new Set([...W.TIME_WORDS, ...calendarTimes]),
    capitalTimes: new Set([
      'fall',
      ...[...months, ...weekdays].filter((w) => w.wordlike).map((w) => w.spelling),
    ]),
    calendarWords,
    timeOpeners: set(W.TIME_OPENERS),
    adjunctPrepositions: set(W.ADJUNCT_PREPOSITIONS),
    namePrepositions: set(W.NAME_PREPOSITIONS),
    pronouns: set(W.PRONOUNS),
    personPronouns: set(W.PERSON_PRONOUNS),
    audience: set(W.AUDIENCE_WORDS),
    reportingNouns: set(W.REPORTING_NOUNS),
    mediumNouns: set(W.MEDIUM_NOUNS),
    possessives: set(W.POSSESSIVES),
    possessedNouns,
    collective: set(W.COLLECTIVE_NOUNS),
    speakerNouns: set(W.SPEAKER_NOUNS),
    organizationNominals: set([...W.PUBLIC_BODY_NOMINALS, ...W.COMPANY_NOMINALS]),
    publicBodyNominals: set(W.PUBLIC_BODY_NOMINALS),
    platforms: set(W.PLATFORMS),
    platformHeads: set(W.PLATFORM_HEADS),
    relayParticiples: set(W.RELAY_PARTICIPLES),
    publicBodyNameWords: set(W.PUBLIC_BODY_NAME_WORDS),
    titles: set(W.TITLE_WORDS),
    outletHeads: set(OUTLET_HEADS),
    sourceHeads: W.SOURCE_HEADS,
    places: new Set([...shared.countries.lowerNames, ...W.CAPITALS]),
    organizationWords: set(W.ORGANIZATION_WORDS),
    backNominals: set(W.BACK_NOMINALS),
    genericNominals: set(W.GENERIC_NOMINALS),
    namesOutlet: outlets.names,
    outletIn: outlets.find,
  });
}
