import { defineStage } from '../../pipeline/stage.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Article, Claim } from '../../model/index.js';
import { modalityDetector } from './modality.js';
import { PASSES } from './passes.js';
import { STAGE } from './stage-name.js';
import type { Lexicon } from '../../lexicon/index.js';

export { STAGE };

export interface Options {
  /** The shared lexicon: claims are made for English and every language it gives reading data for. */
  readonly lexicon?: Lexicon;
  /** Also make claims of sentences the article states in its own voice (default true). */
  readonly ownVoice?: boolean;
}

/**
 * Claims: the unit of the ledger. One per attribution, plus the article's own dated or
 * quantified statements and the dated events it names in passing ("a Dec. 22 deadline"); each
 * with content, source chain, quantities, modality, the deadline of a commitment, and three
 * times (said, refers to, published). The passes are listed, in order, in `passes.ts`.
 *
 * @example claims({}).run(article).claims
 */
export function claims(options: Options = {}): Stage {
  const detect = modalityDetector();
  const ownVoice = options.ownVoice ?? true;
  return defineStage({
    name: STAGE,
    requires: ['sentences', 'times', 'entities', 'attributions', 'quantities'],
    provides: ['claims'],
    // The layers claims are made of are read in these languages; the rules here read the layers.
    languages: [
      'en',
      ...(options.lexicon?.languages ?? []).filter((l) => l.reading && l.code !== 'en').map((l) => l.code),
    ],
    run(article: Article): Article {
      const context = { article, detect };
      const found: Claim[] = [];
      for (const pass of PASSES) {
        if (pass.ownVoice && !ownVoice) continue;
        for (const claim of pass.run(context, found.length + 1)) found.push(claim);
      }
      const all = found.sort((a, b) => a.span.start - b.span.start);
      return { ...article, claims: all.map((c, i) => ({ ...c, id: `c${i + 1}` })) };
    },
  });
}
