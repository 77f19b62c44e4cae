import { unpackModel } from '../../../learn/index.js';
import type { LinearModel, StoredModel } from '../../../learn/index.js';
import stored from '../data/ner-model.json' with { type: 'json' };

/**
 * The trained tagger's weights (`data/ner-model.json`, made by `npm run train`), unpacked once
 * per configured stage.
 *
 * @example nerModel().classes // ['O', 'B-PER', ...]
 */
export function nerModel(): LinearModel {
  return unpackModel(stored as StoredModel);
}
