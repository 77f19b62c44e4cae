import { message } from '../../model/index.js';
import type { Article, Message } from '../../model/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import { findQuotes } from './01-quotes.js';
import { findCues } from './02-cues.js';
import { findUnits } from './03-units.js';
import { placeContent } from './04-content.js';
import { continueQuotes } from './05-continuations.js';
import { pullQuotes } from './quotes-pulled.js';
import { possessedNouns } from './nouns-possessed.js';
import { passiveAgents } from './passive-agents.js';
import { resolveBare } from './06-bare.js';
import { foldChains } from './07-chains.js';
import { sourceResolver } from './09-sources.js';
import { buildRecords } from './10-records.js';
import { quotedCues } from './11-quoted-cues.js';
import { buildContext } from './context.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon } from '../../lexicon/index.js';
import { buildLexicon } from './lexicon.js';

import { languageAttributions } from './lang-reader.js';

export const STAGE = 'attribution';

export interface Options {
  /** The shared lexicon (outlets, countries, months); built here when not given. */
  readonly lexicon?: SharedLexicon;
  /** Attribute beliefs and expectations too ("experts suspect that ..."); default true. */
  readonly cognitive?: boolean;
  /** Give uncued quotes to the speaker before them; default true. */
  readonly continuations?: boolean;
}

/**
 * Who said what, through whom: direct quotes (across paragraphs), reported speech, "according
 * to", mixed quotes, and chains of carriers ("Ria Novosti reported ... Topilin told reporters
 * ..."). Sub-passes, each in its numbered file with its helpers beside it:
 * 01 quote parts (`quotes-single`, `quote-runs`), 02 cue candidates from the data lexicons,
 * 03 speaker units — source, cue, hearer, adjuncts, carriers (`unit-*`, `phrases`, `adjuncts`),
 * 04 content before or after the cue (`content-*`), 05 quote continuations and pull quotes
 * (`quotes-pulled`) and nouns whose possessor is the source (`nouns-possessed`), passives with
 * their agent (`passive-agents`), 06 sources for
 * "adding"/"but said", 07 chains, 08 when it was said (from the times layer), 09 source linking
 * to the entities layer, else to an earlier speaker, else the words (`source-*`), 10 records,
 * 11 cues inside quotes ("“I have always said …”"), through the quote's own speaker.
 * Entities and times are optional in practice: with empty layers the stage still names its
 * sources from their words and leaves `said` out.
 *
 * @example attribution({}).run(article).attributions?.map((a) => a.source.name)
 */
export function attribution(options: Options = {}): Stage {
  const shared = options.lexicon ?? createLexicon();
  const lex = buildLexicon(shared, { cognitive: options.cognitive ?? true });
  // Other languages with reading data: their quotation marks, reporting verbs and source phrases.
  const others = languageAttributions(shared);
  const continuations = options.continuations ?? true;
  return defineStage({
    name: STAGE,
    requires: ['tokens', 'sentences', 'mentions', 'entities', 'times'],
    provides: ['attributions'],
    languages: ['en', ...others.keys()],
    run(article: Article): Article {
      const other = others.get(article.language.code);
      if (other) return { ...article, attributions: other(article, STAGE) };
      const messages: Message[] = [];
      const quotes = findQuotes(article);
      for (const q of quotes) {
        if (!q.closed && q.next === undefined) {
          messages.push(
            message('info', 'a quote opens and is not closed in its paragraph', {
              ruleId: 'quote-unclosed',
              stage: STAGE,
              source: article.source,
              span: q.outer,
            }),
          );
        }
      }
      const ctx = buildContext(article, lex, quotes);
      const cues = findCues(ctx);
      const units = findUnits(ctx, cues);
      let drafts = passiveAgents(ctx, cues, units, placeContent(ctx, units));
      if (continuations) drafts = continueQuotes(ctx, units, drafts);
      drafts = possessedNouns(ctx, units, pullQuotes(ctx, drafts));
      drafts = foldChains(ctx, resolveBare(ctx, drafts));
      const resolve = sourceResolver(ctx);
      const records = buildRecords(ctx, drafts, units, resolve, STAGE);
      const attributions = [...records, ...quotedCues(ctx, records, resolve, STAGE)];
      return {
        ...article,
        attributions,
        ...(messages.length > 0 ? { messages: [...article.messages, ...messages] } : {}),
      };
    },
  });
}
