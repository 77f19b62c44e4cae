import { PROSE_BLOCKS } from '../../model/index.js';
import type { Article } from '../../model/index.js';
import type { Lexicon } from './lexicon.js';
import type { Doc } from './types.js';

/**
 * Outlets named in the blocks the tokens stage does not read — photo credits, bylines,
 * datelines ("File Photo by KCNA/EPA", "(UPI)") — found by the outlet lexicon alone.
 *
 * @example findCreditOutlets(doc, article, lexicon) // "File Photo by KCNA/EPA" → KCNA, EPA
 */
export function findCreditOutlets(doc: Doc, article: Article, lexicon: Lexicon): void {
  for (const block of article.blocks) {
    if (PROSE_BLOCKS.has(block.type)) continue;
    const text = article.text.slice(block.span.start, block.span.end);
    for (const m of text.matchAll(lexicon.outletPattern)) {
      const value = lexicon.outletForms.get(m[0]);
      if (!value) continue;
      const start = block.span.start + (m.index ?? 0);
      doc.found.push({
        first: -1,
        end: -1,
        span: { start, end: start + m[0].length },
        type: 'outlet',
        form: 'name',
        rule: `${block.type}-outlet`,
        confidence: 0.9,
        canonical: value.canonical,
        ...(value.country ? { country: value.country } : {}),
      });
    }
  }
}
