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
  return Object.freeze({ stages: frozen, run: (input: ArticleInput) => analyse(create(input)), analyse });
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
