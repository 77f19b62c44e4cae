/**
 * Verbs (lemmas) whose subject acts as a government or an institution. A capital or a country as
 * their subject stands for its government ("Moscow says", "Beijing is supporting").
 */
export const AGENT_VERBS: ReadonlySet<string> = new Set(
  `
say tell state announce claim deny insist accuse warn urge demand reject refuse agree decide respond
comply support oppose back help sign impose lift adopt approve vote veto ban order expel deport send
return repatriate dismiss blame condemn criticize criticise praise welcome protest threaten promise
pledge plan seek want ask call confirm acknowledge admit report estimate issue release hold host
negotiate discuss propose offer launch test fire conduct sanction blacklist recognize recognise
violate breach ignore fail continue stop suspend resume allow permit prohibit block restrict
prepare push pressure press retaliate respond react vow commit cooperate engage move intend try
hope expect believe think consider regard view see insist argue maintain note stress emphasize
emphasise underline suggest indicate signal invite summon complain appeal petition file sue
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying (lemmas), for speaker cues around unknown names. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `
say tell add note explain claim state announce insist deny warn argue suggest write report recall
ask answer reply respond confirm acknowledge admit comment describe declare predict estimate
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Subordinators wink tags as prepositions: a name after them may still be a subject. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'because',
  'while',
  'since',
  'after',
  'before',
  'if',
  'that',
  'when',
  'although',
  'though',
  'unless',
  'until',
  'whereas',
  'so',
]);
