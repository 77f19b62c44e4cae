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
