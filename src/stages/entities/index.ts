import type { Article } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import { prepare } from './01-prepare.js';
import { findLexicon } from './02-lexicon.js';
import { findInstruments } from './03-instruments.js';
import { findTitledPeople } from './04-titles.js';
import { findNames } from './05-names.js';
import { findAppositions } from './06-appositions.js';
import { findGroups } from './07-groups.js';
import { findNominals } from './08-nominals.js';
import { adoptUnknownNames } from './12-unknown-names.js';
import { resolveThings } from './13-resolve.js';
import { resolvePeople } from './14-people.js';
import { resolvePronouns } from './15-pronouns.js';
import { markMetonymy } from './16-metonymy.js';
import { findCreditOutlets } from './09-credits.js';
import { pairPlaces } from './10-place-pairs.js';
import { takeArticles } from './11-articles.js';
import { clusters } from './cluster.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon } from '../../lexicon/index.js';
import { buildLexicon } from './lexicon.js';
import type { ExtraNames } from './lexicon.js';
import { records } from './records.js';

export const STAGE = 'entities';

export interface Options {
  /** The shared lexicon (countries, outlets, months, number words); built here when not given. */
  readonly lexicon?: SharedLexicon;
  /** Extra lexicon entries (`[form, { type, canonical, country?, rule }]`), placed before the built-in ones. */
  readonly extraNames?: ExtraNames;
  /** Resolve "he"/"she" where exactly one person fits (default true). */
  readonly pronouns?: boolean;
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
  return defineStage({
    name: STAGE,
    requires: ['tokens', 'sentences'],
    provides: ['mentions', 'entities'],
    languages: ['en'],
    run(article: Article): Article {
      const doc = prepare(article, lexicon);
      findLexicon(doc, lexicon);
      findInstruments(doc);
      findTitledPeople(doc, lexicon, lexicon.countryNames);
      findNames(doc);
      findAppositions(doc, lexicon, lexicon.countryNames);
      findGroups(doc, lexicon);
      findNominals(doc, lexicon);
      findCreditOutlets(doc, article, lexicon);
      pairPlaces(doc);
      takeArticles(doc);
      adoptUnknownNames(doc);
      const cs = clusters();
      resolveThings(doc, cs);
      resolvePeople(doc, cs);
      if (pronouns) resolvePronouns(doc, cs);
      markMetonymy(doc);
      const { mentions, entities } = records(doc, cs, STAGE);
      return { ...article, mentions, entities };
    },
  });
}
