import type { Article } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';

export const STAGE = 'claims';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Options {}

/** PLACEHOLDER: provides an empty layer until this stage is built. */
export function claims(_options: Options = {}): Stage {
  return defineStage({
    name: STAGE,
    requires: ['sentences', 'times', 'entities', 'attributions', 'quantities'],
    provides: ['claims'],
    languages: ['en'],
    run: (article: Article): Article => ({ ...article, claims: [] }),
  });
}
