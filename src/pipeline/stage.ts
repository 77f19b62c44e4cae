import type { Article, Layer } from '../model/index.js';

/**
 * A per-article stage: a pure function from one article to the next, declaring the layers it
 * needs and the layers it adds. A stage never throws on odd text; it adds a message instead.
 * `languages` lists the languages it can analyse (absent: any).
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  readonly languages?: readonly string[];
  readonly run: (article: Article) => Article;
}

/** A stage factory: configured once with its options, then run on many articles. */
export type StageFactory<Options> = (options: Options) => Stage;

/**
 * Declares a stage, freezing it so that one configured pipeline can be shared.
 *
 * @example defineStage({ name: 'noop', requires: [], provides: [], run: (a) => a })
 */
export function defineStage(stage: Stage): Stage {
  return Object.freeze({ ...stage, requires: [...stage.requires], provides: [...stage.provides] });
}
