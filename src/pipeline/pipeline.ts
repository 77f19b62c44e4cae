import { hasFatal, message } from '../model/index.js';
import type { Article, ArticleInput, Layer } from '../model/index.js';
import { PipelineConfigError } from './errors.js';
import type { Stage } from './stage.js';

/** Turns one input into the first article; the normalise stage. */
export type ArticleFactory = (input: ArticleInput) => Article;

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage over one input. Never throws for content problems. */
  readonly run: (input: ArticleInput) => Article;
  /** Runs the stages (not the normaliser) over an article that already exists. */
  readonly analyse: (article: Article) => Article;
  /**
   * `run` over many inputs, one stage at a time over all of them: the same articles, in order,
   * as `inputs.map(run)`, sooner (each stage's code and data stay in the processor's caches for
   * the whole batch; about a quarter less time for batches of 16 or more).
   */
  readonly runMany: (inputs: readonly ArticleInput[]) => Article[];
  /** `analyse` over many articles, one stage at a time over all of them (see `runMany`). */
  readonly analyseMany: (articles: readonly Article[]) => Article[];
}

const GIVEN: readonly Layer[] = ['blocks'];

/**
 * Assembles a pipeline, checking that every stage's requirements are met by the stages before
 * it. The result is frozen: configure once, run many times.
 *
 * @example const p = assemble(normalise({}), [tokens({})]); p.run(input)
 */
export function assemble(create: ArticleFactory, stages: readonly Stage[]): Pipeline {
  const available = new Set<Layer>(GIVEN);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineConfigError(
        `stage '${stage.name}' requires ${missing.join(', ')}, which no earlier stage provides`,
        stage.name,
      );
    }
    for (const layer of stage.provides) available.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  const analyse = (article: Article): Article => frozen.reduce(runStage, article);
  // Stage-major: every stage is pure per article, so the order of the loops changes no result.
  const analyseMany = (articles: readonly Article[]): Article[] => {
    const out = [...articles];
    for (const stage of frozen)
      for (let i = 0; i < out.length; i++) out[i] = runStage(out[i] as Article, stage);
    return out;
  };
  return Object.freeze({
    stages: frozen,
    run: (input: ArticleInput) => analyse(create(input)),
    analyse,
    runMany: (inputs: readonly ArticleInput[]) => analyseMany(inputs.map((input) => create(input))),
    analyseMany,
  });
}

function runStage(article: Article, stage: Stage): Article {
  if (hasFatal(article.messages)) return article;
  if (stage.languages && !stage.languages.includes(article.language.code)) return article;
  try {
    return stage.run(article);
  } catch (error) {
    // A stage should never throw on content; if one does, keep the article and say so.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...article,
      messages: [
        ...article.messages,
        message('error', `stage '${stage.name}' failed: ${reason}`, {
          ruleId: 'stage-crashed',
          stage: stage.name,
          source: article.source,
        }),
      ],
    };
  }
}
