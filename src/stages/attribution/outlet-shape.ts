import { CALL_SIGN, OUTLET_NAME_ENDINGS } from './data/outlets.js';

/**
 * Finds a name shaped like a news outlet's that no list holds: capitalised words ending in an
 * outlet's last word ("The Indianapolis Star", "Los Angeles Times") or a broadcaster's call sign
 * ("KIRO-TV", "WTHR"). Built once per stage.
 *
 * @example outletShape()('told the Indianapolis Star on Monday') // 'Indianapolis Star'
 */
export function outletShape(): (text: string) => string | null {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  const endings = OUTLET_NAME_ENDINGS.map(escape).join('|');
  const named = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:${endings})(?![\\p{L}])`, 'u');
  // "The Indianapolis Star" is named "Indianapolis Star", as the lists name outlets without "the".
  return (text) => (named.exec(text) ?? CALL_SIGN.exec(text))?.[0].replace(/^The\s+/, '') ?? null;
}

/**
 * Joins the shared lexicon's outlet finder with `outletShape`: the longer match wins.
 *
 * @example withOutletShape(lexicon.outlets.findInText)('the Kyodo news agency') // 'Kyodo News'
 */
export function withOutletShape(find: (text: string) => string | null): {
  readonly names: (text: string) => boolean;
  readonly find: (text: string) => string | null;
} {
  const shape = outletShape();
  const best = (text: string) => {
    const found = [find(text), shape(text)].filter((m): m is string => m !== null);
    return found.sort((a, b) => b.length - a.length)[0] ?? null;
  };
  return Object.freeze({ names: (text: string) => best(text) !== null, find: best });
}
