/**
 * The frames that make attributions and chain links, each a named rule with the confidence its
 * records start from (lowered later when, say, the source is a pronoun resolved by position).
 */
export const FRAME_RULES = {
  'quote-then-speaker': { confidence: 0.95, what: '“…,” X said. / “…,” said X.' },
  'speaker-then-content': { confidence: 0.85, what: 'X said [that] … / X told reporters … / X said: “…”' },
  'speaker-then-object': { confidence: 0.7, what: 'X announced a new model / X denied the allegations' },
  'content-then-speaker': { confidence: 0.85, what: '…, X said. / …, said X.' },
  'according-to': { confidence: 0.85, what: '…, according to X. / According to X, …' },
  'as-reported-by': { confidence: 0.85, what: '…, as reported by X.' },
  'in-the-words-of': { confidence: 0.8, what: 'In the words of X, …' },
  citing: { confidence: 0.75, what: '…, citing X.' },
  'cited-as-saying': { confidence: 0.9, what: 'Y cited/quoted X as saying …' },
  'quoted-as-saying': { confidence: 0.9, what: 'X was quoted [by Y] as saying …' },
  'participle-adding': { confidence: 0.75, what: '…, X said, adding [that] …' },
  'coordinated-cue': { confidence: 0.75, what: 'X said …, but said …' },
  'quote-continues': { confidence: 0.8, what: '“…,” X said. “…” (the next quote, no cue of its own)' },
  'quote-continues-paragraph': {
    confidence: 0.85,
    what: 'a paragraph that opens a quote without closing it; the next opens with a quote mark',
  },
  'quote-next-paragraph': {
    confidence: 0.6,
    what: 'a paragraph that is only an uncued quote, after a paragraph quoting one speaker',
  },
  'negated-cue': {
    confidence: 0.7,
    what: 'X did not comment [on …] / X declined to comment: who kept silent, nothing said after the cue',
  },
  'gapped-cue': {
    confidence: 0.6,
    what: '…, more than X had expected / as X had forecast: who expected it, nothing said after the cue',
  },
  'possessor-noun': {
    confidence: 0.7,
    what: "X's announcement that … / his decision to … (a noun that reports, its possessor the source)",
  },
  'passive-agent': {
    confidence: 0.7,
    what: 'the model was announced by X / the figures, reported by X, … / it was confirmed by X that …',
  },
  'pull-quote': {
    confidence: 0.7,
    what: 'a paragraph without quote marks closed by a credit line: … Charles Bolden, NASA Administrator',
  },
} as const;

export type FrameRule = keyof typeof FRAME_RULES;

/** Chain links that name a carrier: the outlet or report through which a statement came. */
export const CARRIER_RULES = {
  'carrier-interview-with': 'X said in an interview with Y / In an interview with Y, X said',
  'carrier-told-outlet': 'X told Y (an outlet) / X confirmed to Y',
  'carrier-cited': 'Y cited/quoted X as saying',
  'carrier-nested': 'Y reported [X said …] / [X said …], Y reported / [X said …], according to Y',
  'carrier-platform': 'X said on Y (a platform: "on X", "on Telegram", "on its website")',
  'carrier-obtained-by': 'X said in a statement obtained by Y',
} as const;

export type CarrierRule = keyof typeof CARRIER_RULES;
