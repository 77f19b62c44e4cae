import { list } from './words.js';

/**
 * The outlets themselves are the shared lexicon's (`src/lexicon/data/outlets.json`): it lets this
 * stage tell a carrier ("told RFA", "in an interview with Interfax") from an audience ("told
 * reporters") on its own, and type a source that no entity mention covers.
 */

/** Head nouns that make a phrase an outlet ("Russian news agency", "Japanese television network"). */
export const OUTLET_HEADS: readonly string[] = list(`
  agency agencies newspaper newspapers broadcaster broadcasters network networks daily tabloid
  television radio channel tv wire outlet outlets magazine journal paper service gazette station
  website portal
`);

/**
 * Last words of a news outlet's name ("The Indianapolis Star", "Los Angeles Times", "The New
 * Yorker"): a capitalised name ending in one of these names an outlet. Matched in their case.
 */
export const OUTLET_NAME_ENDINGS: readonly string[] = list(`
  Times Post Star Journal Tribune Herald Gazette News Daily Express Chronicle Observer Yorker Bee
  Globe Mail Telegraph Independent Guardian Inquirer Sun Mirror Standard Courier Dispatch Examiner
  Register Reporter Magazine Radio TV Television Network Broadcasting Wire Review Weekly Insider
  Current Bulletin Ledger Sentinel Enquirer Statesman Tribune Press Record Argus Herald-Tribune
  Post-Gazette Times-Picayune Free Press Newsweek Monitor Leader Citizen Nation Today Online
`);

/**
 * Broadcasters' call signs ("KIRO-TV", "WTHR", "WXYZ"): four capitals starting with K or W, or
 * three and a band suffix.
 */
export const CALL_SIGN = /(?<![\w-])[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)(?![\w-])|(?<![\w-])[KW][A-Z]{3}(?![\w-])/;
