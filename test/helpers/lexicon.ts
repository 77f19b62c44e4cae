import { createLexicon } from '../../src/lexicon/index.js';

/** One shared lexicon for the tests of a worker: building it reads the gazetteer packages. */
export const sharedLexicon = createLexicon();
