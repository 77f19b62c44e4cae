import type { Article } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import { prepare } from './01-prepare.js';
import { clusters } from './cluster.js';
import { PASSES } from './passes.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon } from '../../lexicon/index.js';
import { buildLexicon } from './lexicon.js';
import type { ExtraNames } from './lexicon.js';
import { records } from './records.js';
import { nerModel } from './tagger/model.js';
import type { LinearModel } from '../../learn/index.js';

export const STAGE = 'entities';

export interface Options {
  /** The shared lexicon (countries, outlets, months, number words); built here when not given. */
  readonly lexicon?: SharedLexicon;
  /** Extra lexicon entries (`[form, { type, canonical, country?, rule }]`), placed before the built-in ones. */
  readonly extraNames?: ExtraNames;
  /** Resolve "he"/"she" where exactly one person fits (default true). */
  readonly pronouns?: boolean;
  /** Let the learned tagger overrule the rules' guesses (default true). */
  readonly tagger?: boolean;
  /** Tagger weights to use instead of the trained ones (development: cross-validation). */
  readonly taggerModel?: LinearModel;
}

/**
 * Entities of one article: people with their roles and affiliations, organisations, outlets,
 * places, nationalities, legal instruments, named events and unnamed groups; every mention with
 * its span and rule, resolved to one entity per article. Lexicons are compiled once here.
 *
 * @example entities({}).run(article).entities?.find((e) => e.name === 'Pyotr Ilichev')
 */
export function entities(options: Options = {}): Stage {
  const lexicon = buildLexicon(options.lexicon ?? createLexicon(), options.extraNames ?? []);
  const pronouns = options.pronouns ?? true;
  const model = (options.tagger ?? true) ? (options.taggerModel ?? nerModel()) : null;
  return defineStage({
    name: STAGE,
    requires: ['tokens', 'sentences'],
    provides: ['mentions', 'entities'],
    languages: ['en'],
    run(article: Article): Article {
      const doc = prepare(article, lexicon);
      const cs = clusters();
      const context = { doc, article, lexicon, model, pronouns, clusters: cs };
      for (const pass of PASSES) pass.run(context);
      const { mentions, entities } = records(doc, cs, STAGE);
      return { ...article, mentions, entities };
    },
  });
}
