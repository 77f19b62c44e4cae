/**
 * Named legal instruments and events, by the words that head them. An instrument is a head word
 * followed by a number ("Resolution 2397"), optionally led by its issuer ("UN Security Council
 * Resolution 2397") and followed by parts ("Item 8", "paragraph 8").
 */
export const INSTRUMENT_HEADS: ReadonlySet<string> = new Set([
  'Resolution',
  'resolution',
  'Article',
  'Act',
  'Section',
  'Directive',
  'Regulation',
  'Decree',
  'Executive Order',
  'Order',
  'Protocol',
  'Bill',
  'Law',
  'Amendment',
  'Treaty',
  'Convention',
]);

/** Heads that need a number after them to be an instrument ("Article 5", not "Article"). */
export const NUMBERED_ONLY: ReadonlySet<string> = new Set([
  'Resolution',
  'resolution',
  'Article',
  'Section',
  'Order',
  'Directive',
  'Regulation',
  'Decree',
  'Bill',
  'Amendment',
  'Law',
]);

/** Parts that may follow an instrument's number. */
export const INSTRUMENT_PARTS: ReadonlySet<string> = new Set([
  'Item',
  'item',
  'Paragraph',
  'paragraph',
  'Article',
  'article',
  'Section',
  'section',
  'Clause',
  'clause',
  'Annex',
  'annex',
  'Part',
  'part',
  'No.',
  'no.',
]);

/** Event heads: "the Hanoi summit", "Singapore Summit", "the Korean War", "the Winter Olympics". */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'summit',
  'Summit',
  'War',
  'Olympics',
  'Games',
  'Cup',
  'Forum',
  'Congress',
  'Expo',
  'Festival',
  'Conference',
  'talks',
  'Talks',
  'Crisis',
  'Revolution',
  'Uprising',
  'Election',
  'election',
  'Championship',
  'Championships',
  'Dialogue',
  'Plenum',
  'Session',
]);

/** Event heads that only make an event with a capitalised modifier ("Hanoi summit", not "a summit"). */
export const EVENT_NEEDS_NAME: ReadonlySet<string> = new Set(['summit', 'talks', 'election']);
