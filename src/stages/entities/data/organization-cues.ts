/**
 * Words around a capitalised name that make it an organisation's, in business and public-affairs
 * news: what a company has ("Boeing spokesman", "Volvo's shares"), what it is called before its
 * name ("carmaker Saab", "rival Nissan") and what is held in or done at one ("shares of Fiat",
 * "analysts at Barclays"). Lower case, as written in running text.
 */

/** Nouns right after a name (or after its "'s") that belong to an organisation. */
export const ORG_CUES_AFTER: ReadonlySet<string> = new Set([
  'ceo',
  'cfo',
  'coo',
  'chief',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'shares',
  'stock',
  'shareholders',
  'shareholder',
  'stockholders',
  'executive',
  'executives',
  'subsidiary',
  'unit',
  'division',
  'dealers',
  'dealerships',
  'profit',
  'profits',
  'earnings',
  'revenue',
  'revenues',
  'sales',
  'bosses',
  'boss',
]);

/** What a company or body is called right before its name ("carmaker Saab", "rival Nissan"). */
export const ORG_CUES_BEFORE: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'maker',
  'carmaker',
  'automaker',
  'planemaker',
  'manufacturer',
  'giant',
  'rival',
  'retailer',
  'lender',
  'insurer',
  'airline',
  'carrier',
  'supplier',
  'conglomerate',
  'brokerage',
  'chain',
  'bank',
  'group',
  'subsidiary',
  'unit',
  'partner',
  'operator',
  'producer',
  'startup',
]);

/** "shares of X", "stake in X", "analysts at X": the noun, then the preposition it takes. */
export const ORG_CUES_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    shares: new Set(['of', 'in']),
    stake: new Set(['in']),
    stakes: new Set(['in']),
    analyst: new Set(['at', 'with']),
    analysts: new Set(['at', 'with']),
    economist: new Set(['at', 'with']),
    economists: new Set(['at', 'with']),
    subsidiary: new Set(['of']),
    unit: new Set(['of']),
    division: new Set(['of']),
    spokesman: new Set(['for']),
    spokeswoman: new Set(['for']),
    spokesperson: new Set(['for']),
    ceo: new Set(['of']),
    chairman: new Set(['of']),
    takeover: new Set(['of']),
    acquisition: new Set(['of']),
  }),
);
