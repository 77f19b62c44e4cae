import type { Article } from '../../model/index.js';
import { prepare } from './01-prepare.js';
import { findLexicon } from './02-lexicon.js';
import { findInstruments } from './03-instruments.js';
import { findTitledPeople } from './04-titles.js';
import { findNames } from './05-names.js';
import { findAppositions } from './06-appositions.js';
import { findGroups } from './07-groups.js';
import { findNominals } from './08-nominals.js';
import { findCreditOutlets } from './09-credits.js';
import { pairPlaces } from './10-place-pairs.js';
import { takeArticles } from './11-articles.js';
import { adoptUnknownNames } from './12-unknown-names.js';
import { typeRecurringNames } from './12-recurring-names.js';
import type { Lexicon } from './lexicon.js';
import type { Doc } from './types.js';

/** A pass that finds mentions: it reads the article's facts and appends to `doc.found`. */
type FindPass = (doc: Doc, article: Article, lexicon: Lexicon) => void;

/** The rule passes that find mentions, in order (each file holds its pass and its helpers). */
const FIND_PASSES: readonly FindPass[] = [
  (doc, _a, lexicon) => findLexicon(doc, lexicon),
  (doc) => findInstruments(doc),
  (doc, _a, lexicon) => findTitledPeople(doc, lexicon, lexicon.countryNames),
  (doc) => findNames(doc),
  (doc, _a, lexicon) => findAppositions(doc, lexicon, lexicon.countryNames),
  (doc, _a, lexicon) => findGroups(doc, lexicon),
  (doc, _a, lexicon) => findNominals(doc, lexicon),
  (doc, article, lexicon) => findCreditOutlets(doc, article, lexicon),
  (doc) => pairPlaces(doc),
  (doc) => takeArticles(doc),
  (doc) => adoptUnknownNames(doc),
  (doc) => typeRecurringNames(doc),
];

/**
 * Runs the rule passes over an article: the mentions they find, before the learned tagger and
 * resolution. Training runs the same passes, so the tagger learns from what they give.
 *
 * @example findMentions(article, lexicon).found.length
 */
export function findMentions(article: Article, lexicon: Lexicon): Doc {
  const doc = prepare(article, lexicon);
  for (const pass of FIND_PASSES) pass(doc, article, lexicon);
  return doc;
}
