import type { CueClass } from '../../../model/index.js';

/**
 * Modality cues, by rule name. Matched on lower-cased token text (or lemma) inside a claim's
 * content; the first rule that fires in the order below decides (denial, then hedging, then
 * plans), so "may plan to" is hedged.
 */
export interface ModalityRule {
  readonly rule: string;
  readonly modality: 'denied' | 'hedged' | 'planned';
  /** Cue lemmas of the attribution that set this modality on their own ("denied", "suggested"). */
  readonly cueLemmas?: readonly string[];
  /** Cue classes of the attribution that set it: a belief or expectation ("experts suspect") is hedged. */
  readonly cueClasses?: readonly CueClass[];
  /** Token sequences (lower case) inside the content. */
  readonly phrases?: readonly string[];
  /** The phrases count only when the content also has a deadline ("by the end of 2019"). */
  readonly needsDeadline?: boolean;
}

export const MODALITY_RULES: readonly ModalityRule[] = [
  {
    rule: 'cue-denial',
    modality: 'denied',
    cueLemmas: ['deny', 'reject', 'refute', 'dismiss', 'rebut', 'dispute'],
  },
  {
    rule: 'cue-hedge',
    modality: 'hedged',
    cueLemmas: [
      'suggest',
      'speculate',
      'believe',
      'think',
      'estimate',
      'suspect',
      'guess',
      'hint',
      'predict',
    ],
  },
  // The attribution stage marks belief and expectation verbs ("expect", "fear", "hope") as cognitive.
  { rule: 'cue-cognitive', modality: 'hedged', cueClasses: ['cognitive'] },
  // "plans to", "decided to", "wants": the attribution stage marks intentions and decisions.
  { rule: 'cue-intention', modality: 'planned', cueClasses: ['intention'] },
  // "pledged to send home all workers before Dec. 22": the cue itself is the commitment.
  {
    rule: 'cue-commitment',
    modality: 'planned',
    cueLemmas: ['promise', 'pledge', 'vow', 'commit', 'threaten'],
  },
  {
    rule: 'content-hedge',
    modality: 'hedged',
    phrases: [
      'may',
      'might',
      'could',
      'likely',
      'unlikely',
      'possibly',
      'perhaps',
      'probably',
      'reportedly',
      'allegedly',
      'apparently',
      'appears to',
      'seems to',
      'is believed to',
      'are believed to',
      'is thought to',
      'are thought to',
      'unclear',
    ],
  },
  // The future of reported speech, when it has a deadline: "said Russia would repatriate all
  // workers by the end of 2019" (without one, "would" is as often conditional: "would be hard").
  { rule: 'content-plan-reported', modality: 'planned', phrases: ['would'], needsDeadline: true },
  // A hope or expectation with a deadline is a (soft) commitment to the act: "officials say they
  // are hopeful of rescuing the workers by this evening"; without one it only hedges.
  {
    rule: 'content-plan-hoped',
    modality: 'planned',
    phrases: [
      'hopeful of',
      'hopeful that',
      'hope to',
      'hopes to',
      'hoping to',
      'expect to',
      'expects to',
      'expecting to',
    ],
    needsDeadline: true,
  },
  {
    rule: 'content-plan',
    modality: 'planned',
    phrases: [
      'will',
      "'ll",

      'shall',
      'plans',
      'plan to',
      'planned',
      'planning',
      'is to',
      'are to',
      'was to',
      'were to',
      'is expected to',
      'are expected to',
      'intends',
      'intend to',
      'aims to',
      'is going to',
      'are going to',
      'scheduled',
      'must',
      'has until',
      'have until',
      'have to',
      'has to',
      'had to',
      'will have to',
      'promised',
      'pledged',
      'vowed',
      'committed to',
      'underway',
      'due to return',
      'are due',
      'is due',
    ],
  },
];

/** Signal words that make a time expression a deadline ("by the end of 2019"). */
export const DEADLINE_SIGNALS: ReadonlySet<string> = new Set([
  'by',
  'until',
  'till',
  'before',
  'no later than',
  'within',
]);

/**
 * Signal words that make a duration a deadline counted from the statement: "within 90 days",
 * "in the next two weeks", "over the coming month" (not "for two weeks", which is how long).
 */
export const DURATION_DEADLINE_SIGNALS: ReadonlySet<string> = new Set(['within', 'in', 'over']);

/**
 * A vague near-future duration gives a commitment a bounded window rather than none: "in the next
 * few days", "in the coming days", "within days" are due at most a week after the statement; "in
 * the coming weeks", "within weeks" four weeks after. Keyed by the unit of the TimeML vague
 * duration ('PXD', 'PXW'); vaguer units (months, years) get no window.
 */
export const VAGUE_DURATION_WINDOWS: ReadonlyMap<string, string> = new Map([
  ['D', 'P7D'],
  ['W', 'P4W'],
]);

/** Words that make a vague duration a past one ("over the past few days"), which bounds no commitment. */
export const PAST_DURATION_WORDS: ReadonlySet<string> = new Set([
  'past',
  'last',
  'recent',
  'previous',
  'preceding',
]);

/** Nouns that make the time next to them a deadline ("a Dec. 22 sanctions deadline"). */
export const DEADLINE_NOUNS: ReadonlySet<string> = new Set(['deadline', 'ultimatum', 'cutoff', 'cut-off']);
