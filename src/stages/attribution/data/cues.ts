import type { CueClass } from '../../../model/index.js';

/**
 * Cue verbs: the verbs that attribute a statement to a source. Each entry is a named rule; the
 * rule id and the lemma are recorded on every attribution the verb makes.
 *
 * - `class`: 'speech' (said aloud or in a statement), 'written' (a report, a tweet) or
 *   'cognitive' (a belief or an expectation: "experts suspect ..."). Cognitive cues only make an
 *   attribution with an active subject and a clause after them, never "is expected to".
 * - `hearer`: the verb takes the listener as its object ("told reporters", "informed the UN").
 * - `forms`: irregular forms; regular ones (-s, -ed, -ing) are derived from the lemma.
 * - `objects`: the verb often takes a plain noun phrase ("promised an end to tariffs",
 *   "stressed the need"), so a clause after it needs "that" or a pronoun subject.
 * - `np`: a noun phrase after the verb is itself what was said ("announced a new model",
 *   "denied the allegations", "reported 1,000 cases").
 * - `infinitive`: "to" and a verb after it is what was said ("claims to own the trademark",
 *   "promised to abide by the sanctions").
 * - `inverts`: the verb may come before its speaker after a quote or a comma ("…, said X").
 * - `particles`: the verb is a cue only with one of these words after it, which joins the cue
 *   ("called on", "called for", "pointed to", "played up").
 * - `skips`: prepositions that may open what was said and are left out of it ("warned of
 *   floods", "spoke about the deal", "expressed concern over the spread").
 */
export interface CueVerbEntry {
  readonly lemma: string;
  readonly class: CueClass;
  readonly rule: string;
  readonly forms?: readonly string[];
  readonly hearer?: boolean;
  readonly objects?: boolean;
  readonly np?: boolean;
  readonly infinitive?: boolean;
  readonly inverts?: boolean;
  readonly particles?: readonly string[];
  readonly skips?: readonly string[];
  /**
   * Without its particle, the verb still reports when it names something in quotes: "called
   * the plan “a good first step”", "what the makers call “political interference”".
   */
  readonly naming?: boolean;
  /** With a counted object the verb buys rather than reports: "ordered 50 planes", "ordered $6 billion in jets". */
  readonly buys?: boolean;
}

export const CUE_VERBS: readonly CueVerbEntry[] = [
  { lemma: 'say', class: 'speech', rule: 'verb-say', forms: ['says', 'said', 'saying'], inverts: true },
  { lemma: 'tell', class: 'speech', rule: 'verb-tell', forms: ['tells', 'told', 'telling'], hearer: true },
  { lemma: 'add', class: 'speech', rule: 'verb-add', inverts: true },
  { lemma: 'suggest', class: 'speech', rule: 'verb-suggest' },
  { lemma: 'report', class: 'written', rule: 'verb-report', np: true, inverts: true },
  { lemma: 'state', class: 'speech', rule: 'verb-state', objects: true, inverts: true },
  { lemma: 'announce', class: 'speech', rule: 'verb-announce', objects: true, np: true },
  { lemma: 'claim', class: 'speech', rule: 'verb-claim', np: true, infinitive: true },
  {
    lemma: 'deny',
    class: 'speech',
    rule: 'verb-deny',
    forms: ['denies', 'denied', 'denying'],
    objects: true,
    np: true,
  },
  { lemma: 'insist', class: 'speech', rule: 'verb-insist', inverts: true },
  { lemma: 'confirm', class: 'speech', rule: 'verb-confirm', objects: true, np: true },
  {
    lemma: 'warn',
    class: 'speech',
    rule: 'verb-warn',
    inverts: true,
    np: true,
    skips: ['of', 'about', 'against'],
  },
  { lemma: 'note', class: 'speech', rule: 'verb-note', objects: true, np: true, inverts: true },
  { lemma: 'explain', class: 'speech', rule: 'verb-explain', objects: true, np: true, inverts: true },
  {
    lemma: 'stress',
    class: 'speech',
    rule: 'verb-stress',
    forms: ['stresses', 'stressed', 'stressing'],
    objects: true,
    inverts: true,
  },
  { lemma: 'emphasize', class: 'speech', rule: 'verb-emphasize', objects: true, inverts: true },
  { lemma: 'emphasise', class: 'speech', rule: 'verb-emphasize', objects: true, inverts: true },
  { lemma: 'reiterate', class: 'speech', rule: 'verb-reiterate', objects: true, inverts: true },
  { lemma: 'argue', class: 'speech', rule: 'verb-argue', inverts: true },
  { lemma: 'acknowledge', class: 'speech', rule: 'verb-acknowledge', objects: true, np: true },
  {
    lemma: 'admit',
    class: 'speech',
    rule: 'verb-admit',
    forms: ['admits', 'admitted', 'admitting'],
    objects: true,
    np: true,
  },
  { lemma: 'assert', class: 'speech', rule: 'verb-assert', objects: true },
  { lemma: 'declare', class: 'speech', rule: 'verb-declare', objects: true, np: true, inverts: true },
  { lemma: 'predict', class: 'speech', rule: 'verb-predict', objects: true, np: true },
  { lemma: 'promise', class: 'speech', rule: 'verb-promise', objects: true, np: true, infinitive: true },
  { lemma: 'pledge', class: 'speech', rule: 'verb-pledge', objects: true, np: true, infinitive: true },
  { lemma: 'threaten', class: 'speech', rule: 'verb-threaten', objects: true, np: true, infinitive: true },
  { lemma: 'vow', class: 'speech', rule: 'verb-vow', objects: true, np: true, infinitive: true },
  { lemma: 'inform', class: 'speech', rule: 'verb-inform', hearer: true },
  { lemma: 'assure', class: 'speech', rule: 'verb-assure', hearer: true },
  { lemma: 'remind', class: 'speech', rule: 'verb-remind', hearer: true },
  { lemma: 'remark', class: 'speech', rule: 'verb-remark', objects: true, inverts: true },
  { lemma: 'mention', class: 'speech', rule: 'verb-mention', objects: true },
  { lemma: 'observe', class: 'speech', rule: 'verb-observe', inverts: true },
  {
    lemma: 'reply',
    class: 'speech',
    rule: 'verb-reply',
    forms: ['replies', 'replied', 'replying'],
    objects: true,
    inverts: true,
  },
  { lemma: 'respond', class: 'speech', rule: 'verb-respond', objects: true, inverts: true },
  { lemma: 'answer', class: 'speech', rule: 'verb-answer', objects: true, inverts: true },
  { lemma: 'comment', class: 'speech', rule: 'verb-comment', objects: true, inverts: true },
  { lemma: 'disclose', class: 'speech', rule: 'verb-disclose', objects: true, np: true },
  { lemma: 'reveal', class: 'speech', rule: 'verb-reveal', objects: true, np: true },
  { lemma: 'allege', class: 'speech', rule: 'verb-allege' },
  { lemma: 'maintain', class: 'speech', rule: 'verb-maintain', objects: true },
  { lemma: 'contend', class: 'speech', rule: 'verb-contend' },
  { lemma: 'concede', class: 'speech', rule: 'verb-concede', inverts: true },
  { lemma: 'complain', class: 'speech', rule: 'verb-complain', objects: true, skips: ['about', 'of'] },
  { lemma: 'recall', class: 'speech', rule: 'verb-recall', objects: true, inverts: true },
  { lemma: 'caution', class: 'speech', rule: 'verb-caution', objects: true },
  {
    lemma: 'testify',
    class: 'speech',
    rule: 'verb-testify',
    forms: ['testifies', 'testified', 'testifying'],
    objects: true,
  },
  { lemma: 'indicate', class: 'written', rule: 'verb-indicate', objects: true },
  {
    lemma: 'agree',
    class: 'speech',
    rule: 'verb-agree',
    forms: ['agrees', 'agreed', 'agreeing'],
    objects: true,
    infinitive: true,
  },
  { lemma: 'praise', class: 'speech', rule: 'verb-praise', objects: true, np: true },
  { lemma: 'tout', class: 'speech', rule: 'verb-tout', objects: true, np: true },
  { lemma: 'hail', class: 'speech', rule: 'verb-hail', objects: true, np: true },
  { lemma: 'criticize', class: 'speech', rule: 'verb-criticize', objects: true, np: true },
  { lemma: 'criticise', class: 'speech', rule: 'verb-criticize', objects: true, np: true },
  { lemma: 'condemn', class: 'speech', rule: 'verb-condemn', objects: true, np: true },
  { lemma: 'blame', class: 'speech', rule: 'verb-blame', objects: true, np: true },
  { lemma: 'accuse', class: 'speech', rule: 'verb-accuse', objects: true, np: true },
  { lemma: 'shout', class: 'speech', rule: 'verb-shout', objects: true, np: true, inverts: true },
  { lemma: 'chant', class: 'speech', rule: 'verb-chant', objects: true, np: true },
  { lemma: 'urge', class: 'speech', rule: 'verb-urge', objects: true, np: true },
  {
    lemma: 'order',
    class: 'speech',
    rule: 'verb-order',
    objects: true,
    np: true,
    buys: true,
    forms: ['orders', 'ordered', 'ordering'],
  },
  { lemma: 'deem', class: 'speech', rule: 'verb-deem', objects: true, np: true },
  { lemma: 'describe', class: 'speech', rule: 'verb-describe', objects: true, np: true },
  { lemma: 'invite', class: 'speech', rule: 'verb-invite', objects: true, np: true },
  {
    lemma: 'ask',
    class: 'speech',
    rule: 'verb-ask',
    objects: true,
    np: true,
    infinitive: true,
    forms: ['asks', 'asked', 'asking'],
  },
  { lemma: 'specify', class: 'speech', rule: 'verb-specify', objects: true, np: true },
  { lemma: 'estimate', class: 'speech', rule: 'verb-estimate', np: true },
  { lemma: 'recommend', class: 'speech', rule: 'verb-recommend', objects: true, np: true },
  { lemma: 'propose', class: 'speech', rule: 'verb-propose', objects: true, np: true, infinitive: true },
  {
    lemma: 'express',
    class: 'speech',
    rule: 'verb-express',
    objects: true,
    np: true,
    forms: ['expresses', 'expressed', 'expressing'],
  },
  {
    lemma: 'call',
    class: 'speech',
    rule: 'verb-call-on',
    objects: true,
    np: true,
    particles: ['on', 'for', 'upon'],
    naming: true,
    forms: ['calls', 'called', 'calling'],
  },
  {
    lemma: 'point',
    class: 'speech',
    rule: 'verb-point-to',
    objects: true,
    np: true,
    particles: ['to', 'out'],
  },
  {
    lemma: 'play',
    class: 'speech',
    rule: 'verb-play-up',
    objects: true,
    np: true,
    particles: ['up', 'down'],
  },
  {
    lemma: 'speak',
    class: 'speech',
    rule: 'verb-speak-of',
    np: true,
    particles: ['of', 'about'],
    forms: ['speaks', 'spoke', 'spoken', 'speaking'],
  },
  { lemma: 'show', class: 'written', rule: 'verb-show', forms: ['shows', 'showed', 'shown', 'showing'] },
  { lemma: 'find', class: 'written', rule: 'verb-find', objects: true, forms: ['finds', 'found', 'finding'] },
  {
    lemma: 'write',
    class: 'written',
    rule: 'verb-write',
    forms: ['writes', 'wrote', 'written', 'writing'],
    inverts: true,
  },
  { lemma: 'tweet', class: 'written', rule: 'verb-tweet' },
  // More verbs of communication, by meaning (reporting, asserting, promising, judging aloud).
  { lemma: 'affirm', class: 'speech', rule: 'verb-affirm', objects: true, inverts: true },
  { lemma: 'reaffirm', class: 'speech', rule: 'verb-reaffirm', objects: true, np: true },
  { lemma: 'advise', class: 'speech', rule: 'verb-advise', hearer: true },
  {
    lemma: 'notify',
    class: 'speech',
    rule: 'verb-notify',
    hearer: true,
    forms: ['notifies', 'notified', 'notifying'],
  },
  { lemma: 'reassure', class: 'speech', rule: 'verb-reassure', hearer: true },
  {
    lemma: 'forecast',
    class: 'speech',
    rule: 'verb-forecast',
    objects: true,
    np: true,
    forms: ['forecasts', 'forecasted', 'forecasting'],
  },
  { lemma: 'calculate', class: 'speech', rule: 'verb-calculate', objects: true },
  {
    lemma: 'clarify',
    class: 'speech',
    rule: 'verb-clarify',
    objects: true,
    forms: ['clarifies', 'clarified', 'clarifying'],
  },
  {
    lemma: 'signal',
    class: 'speech',
    rule: 'verb-signal',
    objects: true,
    forms: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  },
  { lemma: 'hint', class: 'speech', rule: 'verb-hint', objects: true, skips: ['at'] },
  {
    lemma: 'imply',
    class: 'speech',
    rule: 'verb-imply',
    objects: true,
    forms: ['implies', 'implied', 'implying'],
  },
  { lemma: 'underscore', class: 'speech', rule: 'verb-underscore', objects: true },
  { lemma: 'underline', class: 'speech', rule: 'verb-underline', objects: true },
  {
    lemma: 'boast',
    class: 'speech',
    rule: 'verb-boast',
    objects: true,
    skips: ['of', 'about'],
    forms: ['boasts', 'boasted', 'boasting'],
  },
  { lemma: 'lament', class: 'speech', rule: 'verb-lament', objects: true, inverts: true },
  { lemma: 'joke', class: 'speech', rule: 'verb-joke', inverts: true },
  {
    lemma: 'quip',
    class: 'speech',
    rule: 'verb-quip',
    inverts: true,
    forms: ['quips', 'quipped', 'quipping'],
  },
  {
    lemma: 'confess',
    class: 'speech',
    rule: 'verb-confess',
    objects: true,
    forms: ['confesses', 'confessed', 'confessing'],
  },
  {
    lemma: 'guarantee',
    class: 'speech',
    rule: 'verb-guarantee',
    objects: true,
    forms: ['guarantees', 'guaranteed', 'guaranteeing'],
  },
  {
    lemma: 'swear',
    class: 'speech',
    rule: 'verb-swear',
    objects: true,
    infinitive: true,
    forms: ['swears', 'swore', 'sworn', 'swearing'],
  },
  { lemma: 'demand', class: 'speech', rule: 'verb-demand', objects: true, np: true },
  { lemma: 'request', class: 'speech', rule: 'verb-request', objects: true, np: true },
  { lemma: 'dispute', class: 'speech', rule: 'verb-dispute', objects: true, np: true },
  { lemma: 'refute', class: 'speech', rule: 'verb-refute', objects: true, np: true },
  { lemma: 'denounce', class: 'speech', rule: 'verb-denounce', objects: true, np: true },
  { lemma: 'applaud', class: 'speech', rule: 'verb-applaud', objects: true, np: true },
  { lemma: 'recount', class: 'speech', rule: 'verb-recount', objects: true, inverts: true },
  { lemma: 'speculate', class: 'speech', rule: 'verb-speculate' },
  { lemma: 'retort', class: 'speech', rule: 'verb-retort', inverts: true },
  // Verbs of talking things over (Levin's "chitchat" verbs): what they take as object was talked over.
  { lemma: 'negotiate', class: 'speech', rule: 'verb-negotiate', objects: true, np: true },
  { lemma: 'renegotiate', class: 'speech', rule: 'verb-negotiate', objects: true, np: true },
  { lemma: 'discuss', class: 'speech', rule: 'verb-discuss', objects: true, np: true },
  { lemma: 'debate', class: 'speech', rule: 'verb-debate', objects: true, np: true },
  // Verbs that state a position on a proposal, a decision or a charge, by meaning.
  { lemma: 'reject', class: 'speech', rule: 'verb-reject', objects: true, np: true },
  {
    lemma: 'justify',
    class: 'speech',
    rule: 'verb-justify',
    objects: true,
    np: true,
    forms: ['justifies', 'justified', 'justifying'],
  },
  { lemma: 'defend', class: 'speech', rule: 'verb-defend', objects: true, np: true },
  { lemma: 'question', class: 'speech', rule: 'verb-question', objects: true, np: true },
  { lemma: 'welcome', class: 'speech', rule: 'verb-welcome', objects: true, np: true },
  { lemma: 'believe', class: 'cognitive', rule: 'verb-believe' },
  { lemma: 'think', class: 'cognitive', rule: 'verb-think', forms: ['thinks', 'thought', 'thinking'] },
  { lemma: 'expect', class: 'cognitive', rule: 'verb-expect', infinitive: true, np: true },
  { lemma: 'hope', class: 'cognitive', rule: 'verb-hope', infinitive: true, skips: ['for'] },
  { lemma: 'fear', class: 'cognitive', rule: 'verb-fear', np: true },
  { lemma: 'suspect', class: 'cognitive', rule: 'verb-suspect' },
  { lemma: 'doubt', class: 'cognitive', rule: 'verb-doubt', np: true },
  {
    lemma: 'worry',
    class: 'cognitive',
    rule: 'verb-worry',
    forms: ['worries', 'worried', 'worrying'],
    skips: ['about', 'over'],
  },
  { lemma: 'conclude', class: 'cognitive', rule: 'verb-conclude' },
  // "investors fretted over the banks", "traders bet that OPEC would cut output".
  {
    lemma: 'fret',
    class: 'cognitive',
    rule: 'verb-fret',
    forms: ['frets', 'fretted', 'fretting'],
    skips: ['about', 'over'],
  },
  { lemma: 'bet', class: 'cognitive', rule: 'verb-bet', forms: ['bets', 'betting'] },
  // "investors reacted to the news": a response of the mind, to what follows "to".
  { lemma: 'react', class: 'cognitive', rule: 'verb-react', skips: ['to'] },
  // "investors were concerned about …": the participle only ("the issue concerns" is no state of mind).
  {
    lemma: 'concern',
    class: 'cognitive',
    rule: 'verb-concern',
    forms: ['concerned'],
    skips: ['about', 'over'],
  },
  { lemma: 'assume', class: 'cognitive', rule: 'verb-assume' },
  { lemma: 'reckon', class: 'cognitive', rule: 'verb-reckon' },
  { lemma: 'know', class: 'cognitive', rule: 'verb-know', forms: ['knows', 'knew', 'knowing'] },
  { lemma: 'realize', class: 'cognitive', rule: 'verb-realize' },
  { lemma: 'realise', class: 'cognitive', rule: 'verb-realize' },
  {
    lemma: 'understand',
    class: 'cognitive',
    rule: 'verb-understand',
    forms: ['understands', 'understood', 'understanding'],
  },
  { lemma: 'feel', class: 'cognitive', rule: 'verb-feel', forms: ['feels', 'felt', 'feeling'] },
  { lemma: 'anticipate', class: 'cognitive', rule: 'verb-anticipate', np: true },
  { lemma: 'love', class: 'cognitive', rule: 'verb-love', np: true },
  { lemma: 'suppose', class: 'cognitive', rule: 'verb-suppose' },
  { lemma: 'presume', class: 'cognitive', rule: 'verb-presume' },
  { lemma: 'wonder', class: 'cognitive', rule: 'verb-wonder' },
  { lemma: 'recognize', class: 'cognitive', rule: 'verb-recognize' },
  { lemma: 'recognise', class: 'cognitive', rule: 'verb-recognize' },
  { lemma: 'consider', class: 'cognitive', rule: 'verb-consider' },
  // Intentions, wishes and decisions, by meaning: records of what a source means to do (stance
  // 'intention', a planned claim), never quotes.
  { lemma: 'want', class: 'intention', rule: 'verb-want', np: true, infinitive: true },
  {
    lemma: 'plan',
    class: 'intention',
    rule: 'verb-plan',
    np: true,
    infinitive: true,
    forms: ['plans', 'planned', 'planning'],
  },
  { lemma: 'intend', class: 'intention', rule: 'verb-intend', infinitive: true },
  { lemma: 'decide', class: 'intention', rule: 'verb-decide', infinitive: true },
  {
    lemma: 'choose',
    class: 'intention',
    rule: 'verb-choose',
    infinitive: true,
    forms: ['chooses', 'chose', 'chosen', 'choosing'],
  },
  { lemma: 'aim', class: 'intention', rule: 'verb-aim', infinitive: true },
  {
    lemma: 'seek',
    class: 'intention',
    rule: 'verb-seek',
    np: true,
    infinitive: true,
    forms: ['seeks', 'sought', 'seeking'],
  },
  {
    lemma: 'wish',
    class: 'intention',
    rule: 'verb-wish',
    infinitive: true,
    forms: ['wishes', 'wished', 'wishing'],
  },
  {
    lemma: 'prefer',
    class: 'intention',
    rule: 'verb-prefer',
    infinitive: true,
    forms: ['prefers', 'preferred', 'preferring'],
  },
  { lemma: 'refuse', class: 'intention', rule: 'verb-refuse', infinitive: true },
  // "would like to thank": a verb with its "to" only ("looks like" is a preposition; "likes the
  // plan" reports nothing without a clause).
  { lemma: 'like', class: 'intention', rule: 'verb-like', infinitive: true, forms: ['likes', 'liked'] },
];

/**
 * Verbs that report by naming the speaker as their object: "Interfax cited the ambassador as
 * saying", "TASS quoted the diplomat as saying", "X was quoted as saying".
 */
export const CARRIER_VERBS: readonly { readonly lemma: string; readonly forms: readonly string[] }[] = [
  { lemma: 'cite', forms: ['cite', 'cites', 'cited', 'citing'] },
  { lemma: 'quote', forms: ['quote', 'quotes', 'quoted', 'quoting'] },
];

/** Multi-word cues that introduce a source rather than follow it. */
export const PHRASE_CUES: readonly {
  readonly words: readonly string[];
  readonly lemma: string;
  readonly rule: string;
}[] = [
  { words: ['according', 'to'], lemma: 'according to', rule: 'according-to' },
  { words: ['as', 'reported', 'by'], lemma: 'report', rule: 'as-reported-by' },
  { words: ['citing'], lemma: 'cite', rule: 'citing' },
  { words: ['in', 'the', 'words', 'of'], lemma: 'according to', rule: 'in-the-words-of' },
];

/**
 * Nouns of statements, beliefs and intentions that take their source as a possessor ("the
 * company's announcement that …", "his decision to …", "Apple's plans to …"): a record is made
 * only when what they report follows them ("that" and a clause, "to" and a verb).
 */
export const POSSESSED_NOUNS: readonly {
  readonly forms: readonly string[];
  readonly lemma: string;
  readonly class: CueClass;
}[] = [
  { forms: ['announcement', 'announcements'], lemma: 'announce', class: 'speech' },
  { forms: ['statement', 'statements'], lemma: 'state', class: 'speech' },
  { forms: ['remarks', 'comments', 'comment'], lemma: 'comment', class: 'speech' },
  { forms: ['claim', 'claims'], lemma: 'claim', class: 'speech' },
  { forms: ['warning', 'warnings'], lemma: 'warn', class: 'speech' },
  { forms: ['promise', 'promises'], lemma: 'promise', class: 'speech' },
  { forms: ['pledge', 'pledges'], lemma: 'pledge', class: 'speech' },
  { forms: ['assurance', 'assurances'], lemma: 'assure', class: 'speech' },
  { forms: ['denial'], lemma: 'deny', class: 'speech' },
  { forms: ['admission'], lemma: 'admit', class: 'speech' },
  { forms: ['prediction', 'predictions'], lemma: 'predict', class: 'speech' },
  { forms: ['forecast', 'forecasts'], lemma: 'forecast', class: 'speech' },
  { forms: ['proposal', 'proposals'], lemma: 'propose', class: 'speech' },
  { forms: ['request', 'requests'], lemma: 'request', class: 'speech' },
  { forms: ['demand', 'demands'], lemma: 'demand', class: 'speech' },
  { forms: ['insistence'], lemma: 'insist', class: 'speech' },
  { forms: ['assertion', 'assertions'], lemma: 'assert', class: 'speech' },
  { forms: ['confirmation'], lemma: 'confirm', class: 'speech' },
  { forms: ['declaration'], lemma: 'declare', class: 'speech' },
  { forms: ['belief', 'beliefs'], lemma: 'believe', class: 'cognitive' },
  { forms: ['view'], lemma: 'view', class: 'cognitive' },
  { forms: ['expectation', 'expectations'], lemma: 'expect', class: 'cognitive' },
  { forms: ['hope', 'hopes'], lemma: 'hope', class: 'cognitive' },
  { forms: ['fear', 'fears'], lemma: 'fear', class: 'cognitive' },
  { forms: ['concern', 'concerns'], lemma: 'concern', class: 'cognitive' },
  { forms: ['suspicion', 'suspicions'], lemma: 'suspect', class: 'cognitive' },
  { forms: ['conclusion'], lemma: 'conclude', class: 'cognitive' },
  { forms: ['plan', 'plans'], lemma: 'plan', class: 'intention' },
  { forms: ['decision'], lemma: 'decide', class: 'intention' },
  { forms: ['intention', 'intentions', 'intent'], lemma: 'intend', class: 'intention' },
  { forms: ['desire', 'wish'], lemma: 'want', class: 'intention' },
  { forms: ['bid', 'attempt', 'efforts', 'effort'], lemma: 'try', class: 'intention' },
  { forms: ['refusal'], lemma: 'refuse', class: 'intention' },
  { forms: ['commitment'], lemma: 'commit', class: 'intention' },
];
