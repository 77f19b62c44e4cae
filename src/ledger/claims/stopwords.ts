/** Function words left out of claim similarity. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with as into about over after before since until ' +
    'be is are was were been being have has had do does did will would shall should may might can could must ' +
    'this that these those it its they them their he him his she her we us our you your i me my ' +
    'not no nor so than then there here which who whom whose what when where why how all any both each ' +
    'more most other some such only own same very just also said say says told tell according'
  ).split(' '),
);

/** Parts of speech whose words carry content. */
export const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'NUM', 'ADJ']);
