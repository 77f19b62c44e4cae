import type { Article } from '../../model/index.js';
import type { LinearModel } from '../../learn/index.js';
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
import { typeByOrganizationCues } from './12-organization-cues.js';
import { typeRecurringNames } from './12-recurring-names.js';
import { resolveThings } from './13-resolve.js';
import { resolvePeople } from './14-people.js';
import { resolvePronouns } from './15-pronouns.js';
import { markMetonymy } from './16-metonymy.js';
import type { Clusters } from './cluster.js';
import { markExtents } from './extents.js';
import type { Lexicon } from './lexicon.js';
import { vetoGuesses, weakNames } from './tagger/merge.js';
import { tagMentions } from './tagger/tag.js';
import type { Doc } from './types.js';

/** What a pass reads and works on: one article's facts, the stage's configuration, the clusters. */
export interface PassContext {
  readonly doc: Doc;
  readonly article: Article;
  readonly lexicon: Lexicon;
  /** The learned tagger, or null when the stage runs on rules alone. */
  readonly model: LinearModel | null;
  readonly pronouns: boolean;
  readonly clusters: Clusters;
}

/**
 * One pass of the entities stage. `find` passes add mentions to `doc.found` (training runs these
 * alone: the tagger learns from what they give); `settle` passes judge, extend and resolve them.
 */
export interface Pass {
  readonly name: string;
  readonly phase: 'find' | 'settle';
  readonly run: (context: PassContext) => void;
}

/**
 * The entities stage's passes, in the order they run: the one list (each numbered file holds its
 * pass and its helpers; `tagger/` the learned second opinion).
 */
export const PASSES: readonly Pass[] = Object.freeze([
  { name: 'lexicon', phase: 'find', run: ({ doc, lexicon }) => findLexicon(doc, lexicon) },
  { name: 'instruments', phase: 'find', run: ({ doc }) => findInstruments(doc) },
  {
    name: 'titles',
    phase: 'find',
    run: ({ doc, lexicon }) => findTitledPeople(doc, lexicon, lexicon.countryNames),
  },
  { name: 'names', phase: 'find', run: ({ doc }) => findNames(doc) },
  {
    name: 'appositions',
    phase: 'find',
    run: ({ doc, lexicon }) => findAppositions(doc, lexicon, lexicon.countryNames),
  },
  { name: 'groups', phase: 'find', run: ({ doc, lexicon }) => findGroups(doc, lexicon) },
  { name: 'nominals', phase: 'find', run: ({ doc, lexicon }) => findNominals(doc, lexicon) },
  {
    name: 'credits',
    phase: 'find',
    run: ({ doc, article, lexicon }) => findCreditOutlets(doc, article, lexicon),
  },
  { name: 'place-pairs', phase: 'find', run: ({ doc }) => pairPlaces(doc) },
  { name: 'articles', phase: 'find', run: ({ doc }) => takeArticles(doc) },
  { name: 'organization-cues', phase: 'find', run: ({ doc }) => typeByOrganizationCues(doc) },
  { name: 'unknown-names', phase: 'find', run: ({ doc }) => adoptUnknownNames(doc) },
  { name: 'recurring-names', phase: 'find', run: ({ doc }) => typeRecurringNames(doc) },
  { name: 'tagger', phase: 'settle', run: secondOpinion },
  { name: 'extents', phase: 'settle', run: ({ doc }) => markExtents(doc) },
  { name: 'resolve', phase: 'settle', run: ({ doc, clusters }) => resolveThings(doc, clusters) },
  { name: 'people', phase: 'settle', run: ({ doc, clusters }) => resolvePeople(doc, clusters) },
  {
    name: 'pronouns',
    phase: 'settle',
    run: ({ doc, clusters, pronouns }) => {
      if (pronouns) resolvePronouns(doc, clusters);
    },
  },
  { name: 'metonymy', phase: 'settle', run: ({ doc }) => markMetonymy(doc) },
] satisfies Pass[]);

/** The learned tagger labels the sentences holding the rules' guesses; a guess it does not back is dropped. */
function secondOpinion({ doc, article, model }: PassContext): void {
  const guesses = model ? weakNames(doc) : [];
  if (!model || guesses.length === 0) return;
  vetoGuesses(
    guesses,
    tagMentions(
      model,
      doc,
      article,
      guesses.map((f) => f.first),
    ),
  );
}
