/**
 * Word lists the attribution frames consult. All lower-case; matched against a token's `normal`.
 * Kept as whitespace-separated strings so that the lists stay readable as data.
 */

/** Splits a whitespace-separated word list. */
export function list(words: string): readonly string[] {
  return Object.freeze(words.split(/\s+/).filter(Boolean));
}

/** Parses `word:type` pairs. */
function pairs<T extends string>(text: string): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const pair of list(text)) {
    const [word, type] = pair.split(':');
    if (word && type) out[word] = type as T;
  }
  return Object.freeze(out);
}

/** Auxiliaries and adverbs that may stand between a source and its cue ("had said", "also told"). */
export const CUE_AUXILIARIES: readonly string[] = list(`
  has have had having will would could can may might should shall must did does do also reportedly
  previously then later earlier again further recently repeatedly first once publicly separately even
  already still often frequently initially officially privately openly clearly similarly flatly simply
  just allegedly apparently firmly strongly explicitly since subsequently rarely
`);

/**
 * Words that make a cue negative: "did not say", "never told", "without specifying". The
 * attribution is kept, marked negated: the source did not say what follows.
 */
export const NEGATIONS: readonly string[] = list(`
  not n't n’t never neither nor without
`);

/**
 * Verbs that deny the cue after their "to": "declined to comment", "refused to say", "failed to
 * disclose" — the cue's source is their subject and what it reports was not said.
 */
export const NEGATIVE_CONTROL: readonly string[] = list(`
  decline declines declined declining refuse refuses refused refusing fail fails failed failing
`);

/**
 * Verbs whose subject is also the subject of the verb after their "to" (subject control): "GM
 * plans to announce …", "the union wants to renegotiate …", "she tried to explain …". A cue after
 * them has their subject as its source; what it reports is meant, not yet said. Lemmas; the
 * regular forms are derived.
 */
export const CONTROL_VERBS: readonly string[] = list(`
  want plan hope expect intend decide agree promise pledge vow threaten aim seek wish prefer like
  love try attempt need prepare continue begin start manage choose offer mean strive struggle
  hesitate rush move
`);

/**
 * Predicates after "be" that raise the subject of the verb after their "to": "GM is expected to
 * announce …", "the Fed is due to report …", "the company is likely to say …".
 */
export const RAISING_PREDICATES: readonly string[] = list(`
  expected set due scheduled slated likely unlikely certain sure about going poised ready able unable
  willing unwilling eager keen prepared supposed determined expected anxious reluctant
`);

/** Forms of "be": a cue after one is passive ("is expected to", "was reported"). */
export const BE_FORMS: readonly string[] = list(`
  be is are was were been being 's ’s 're ’re
`);

/**
 * Verbs that link a subject to a state as "be" does ("investors remain worried about …",
 * "traders grew concerned over …"): the holder of a state of mind is their subject.
 */
export const COPULAS: readonly string[] = list(`
  remain remains remained seem seems seemed appear appears appeared become becomes became
  grow grows grew stay stays stayed
`);

/**
 * Time words besides the months and weekdays (the shared lexicon's, full names and abbreviations
 * with or without their dot): a source phrase never runs across one ("reported this week Minister ..."), and an
 * adjunct after a cue that holds one is skipped before the content starts.
 */
export const TIME_WORDS: readonly string[] = list(`
  today yesterday tomorrow tonight week weekend month year morning
  afternoon evening night day days weeks months years hours hour minutes spring summer autumn fall
  winter decade ago now
`);

/** Words that open a time adjunct: "on Wednesday", "earlier this month", "last week". */
export const TIME_OPENERS: readonly string[] = list(`
  on in at during earlier later last this next early late mid the that past previous same a an few
  several two three since until by before after around about
`);

/** Prepositions that open an adjunct between a cue and its content ("said in a statement"). */
export const ADJUNCT_PREPOSITIONS: readonly string[] = list(`
  in on at to during through via from before after with for over while when amid ahead
`);

/** Prepositions that may join a title to its complement inside a source phrase ("Minister of Labor"). */
export const NAME_PREPOSITIONS: readonly string[] = list(`
  of for on to at in from with
`);

/** Personal pronouns that can be a whole source. */
export const PRONOUNS: readonly string[] = list(`
  he she they it we i you
`);

/**
 * Pronouns that point back to a person (resolved to an earlier speaker when no entity covers
 * them); the possessives name the source of a possessed noun ("his decision to …").
 */
export const PERSON_PRONOUNS: readonly string[] = list(`
  he she his her
`);

/**
 * Audiences: the object of "told" that hears the statement without carrying it ("told
 * reporters", "told a briefing"). Any other object of "told" that names an outlet is a carrier.
 */
export const AUDIENCE_WORDS: readonly string[] = list(`
  reporters journalists press media briefing conference lawmakers legislators parliament audience
  crowd delegates students supporters members senators congress committee me us him her them
  correspondents newsmen gathering forum summit meeting participants investors analysts officials
  people voters
`);

/**
 * Nouns that name a statement or a document: "according to a statement by the ministry" is the
 * ministry's; "Russia's report said" is Russia's.
 */
export const REPORTING_NOUNS: readonly string[] = list(`
  statement statements report reports announcement remarks comments tweet tweets letter interview
  briefing release testimony speech document documents data figures estimate estimates survey study
  analysis assessment filing notice message post website account copy draft memo cable summary decree
`);

/**
 * Nouns of the act of saying a source speaks through, after "in" or "during": "said in a
 * statement", "In his speech, …", "testified during a briefing". Acts only; not "an interview", whose maker is the one who asks: a document ("a memo",
 * "a letter", "a filing") is a thing written, not the saying of it.
 */
export const MEDIUM_NOUNS: readonly string[] = list(`
  statement statements report announcement remarks comments comment briefing testimony speech
  address declaration
`);

/** Possessive determiners that name a maker before a noun ("his speech", "their claims"). */
export const POSSESSIVES: readonly string[] = list(`
  his her its their our my your
`);

/** Nouns whose plural or collective use makes a source a group ("defectors", "Russian media"). */
export const COLLECTIVE_NOUNS: readonly string[] = list(`
  media press police people staff public personnel military authorities others some many most both
  several few
`);

/**
 * Titles and role words that precede a name ("Ambassador", "spokeswoman"): a person's name is
 * what follows them, and a common noun followed by a name continues the source phrase only
 * when it is one of these or an outlet head ("news agency Interfax").
 */
export const TITLE_WORDS: readonly string[] = list(`
  president vice prime minister deputy ambassador envoy director general secretary spokesman
  spokeswoman spokesperson chairman chairwoman chair leader official diplomat governor mayor senator
  representative rep. sen. gov. chief head commissioner chancellor king queen premier foreign advisor
  adviser counselor consul attaché professor prof. dr. mr. mrs. ms. judge justice analyst researcher
  expert economist executive ceo cfo founder administrator coordinator correspondent reporter editor
  host lawmaker congressman congresswoman colonel general admiral captain lieutenant sergeant
  commander marshal counsel attorney lawyer manager officer agent citizen special senior former acting
  first press labor labour spokespeople sheriff coroner superintendent inspector prosecutor warden
  constable physician surgeon scientist epidemiologist pastor bishop cardinal imam rabbi principal
  dean provost treasurer comptroller auditor magistrate
`);

/** Head nouns of a source phrase, with the entity type they give when no entity covers them. */
export const SOURCE_HEADS: Readonly<Record<string, 'person' | 'organization' | 'outlet' | 'place'>> = pairs(`
  official:person spokesman:person spokeswoman:person spokesperson:person minister:person
  ambassador:person diplomat:person envoy:person president:person director:person secretary:person
  source:person man:person woman:person leader:person chairman:person governor:person analyst:person
  expert:person citizen:person worker:person laborer:person defector:person resident:person
  officer:person lawmaker:person senator:person mayor:person chief:person ministry:organization
  government:organization committee:organization council:organization office:organization
  department:organization service:organization commission:organization agency:outlet newspaper:outlet
  broadcaster:outlet network:outlet daily:outlet channel:outlet television:outlet radio:outlet
  tv:outlet website:outlet company:organization firm:organization embassy:organization
  mission:organization party:organization administration:organization kremlin:organization
  court:organization country:place city:place state:organization army:organization
  military:organization
`);

/** Capitals and seats of government that stand for a state ("Moscow says"): places, by metonymy. */
export const CAPITALS: readonly string[] = list(`
  moscow beijing pyongyang seoul washington tokyo london paris berlin brussels kyiv kiev hanoi warsaw
  ulaanbaatar ottawa canberra delhi tehran ankara riyadh doha cairo taipei minsk geneva
`);

/** Words that make a name an organisation ("Research Service", "Foreign Ministry", "White House"). */
export const ORGANIZATION_WORDS: readonly string[] = list(`
  ministry service council committee commission office house department agency bank fund court party
  union institute university center centre government administration embassy mission organization
  organisation association corporation company group army navy force forces command parliament
  assembly senate congress kremlin secretariat bureau board authority directorate inc. corp. ltd.
`);

/** Definite nominals that name a person already quoted ("the Russian official", "the diplomat"). */
export const BACK_NOMINALS: readonly string[] = list(`
  official diplomat minister ambassador spokesman spokeswoman spokesperson envoy president leader
  secretary director chairman governor mayor senator
`);

/** Of those, the ones so general that any earlier named person may be meant. */
export const GENERIC_NOMINALS: readonly string[] = list(`
  official diplomat source
`);

/**
 * Nouns for people and bodies that speak: a counted phrase ("two officials said") may name a
 * source when its head is one of these or a source head; "524 deaths reported" never does.
 */
export const SPEAKER_NOUNS: readonly string[] = list(`
  people person persons residents resident witnesses witness survivors survivor families family
  relatives relative workers worker employees employee staff doctors doctor nurses nurse experts
  analysts officials sources source authorities police officers investigators rescuers firefighters
  scientists researchers lawmakers diplomats protesters activists members leaders locals villagers
  students parents patients passengers travelers travellers victims hostages soldiers troops
  agencies countries states governments companies firms groups organizations organisations
  insiders executives managers engineers miners pilots crew others
`);

/**
 * Nominals that name a public body mentioned before ("the agency", "the ministry"): they point
 * back to an organisation, preferring one whose name holds a public-body word.
 */
export const PUBLIC_BODY_NOMINALS: readonly string[] = list(`
  agency ministry department government administration regulator watchdog authority commission
  council committee office military army police court board service body institute centre center
  organisation organization union party coalition alliance bloc league movement foundation charity
  university hospital
`);

/**
 * Nominals that name a business mentioned before ("the company", "the airline"): they point back
 * to an organisation, preferring one whose name holds no public-body word.
 */
export const COMPANY_NOMINALS: readonly string[] = list(`
  company airline carrier firm operator manufacturer maker planemaker automaker carmaker retailer
  business employer insurer utility corporation group bank lender chain supplier developer
  contractor producer
`);

/** Words that make an organisation's name a public body's ("Federal Aviation Administration"). */
export const PUBLIC_BODY_NAME_WORDS: readonly string[] = list(`
  administration agency ministry department commission authority board bureau office service
  council committee centers centres center centre organization organisation government police army
  forces force military court parliament senate congress assembly cabinet secretariat directorate
  institute nations union
`);

/** Platforms a statement is posted on ("said on Telegram"). "X" counts only as written, in capitals. */
export const PLATFORMS: readonly string[] = list(`
  twitter facebook instagram telegram tiktok youtube linkedin weibo wechat threads bluesky reddit
  snapchat whatsapp
`);

/** Head nouns of a platform phrase ("on its website", "on the agency's Telegram channel"). */
export const PLATFORM_HEADS: readonly string[] = list(`
  website site blog account page channel feed platform podcast
`);

/** Participles that hand a statement to an outlet ("a statement obtained by CNN"). */
export const RELAY_PARTICIPLES: readonly string[] = list(`
  obtained seen reviewed released sent shared provided given leaked
`);
