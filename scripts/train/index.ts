/**
 * `npm run train`: retrains the learned components from ../shared/datasets and rewrites their
 * weights under src/. Deterministic: run twice, get the same files.
 */
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { trainNer } from './ner.js';

trainNer(join(SHARED, 'datasets'), (line) => console.log(`ner: ${line}`));
