import { createHash } from 'node:crypto';
import type { Article, Block, TimeExpression } from '../../src/model/index.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { times } from '../../src/stages/times/index.js';
import type { ScoredTimex } from './score.js';
import type { TmlDocument } from './tml.js';

/**
 * The stages a TimeML document goes through: tokens and times only. The article is built here
 * rather than by the normaliser, so that every span points into the `<TEXT>` exactly as given.
 */
export function timexPipeline(): Pipeline {
  return assemble(() => {
    throw new Error('timexPipeline analyses ready-made articles only');
  }, [tokens({}), times({})]);
}

/** An article of the `<TEXT>` of a TimeML document, paragraphs split at blank lines, published at its DCT. */
export function tmlArticle(doc: TmlDocument): Article {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].trim() === '') continue;
    const span = { start: m.index, end: m.index + m[0].length };
    blocks.push({ kind: 'block', type: 'paragraph', span, stage: 'tempeval3', rule: 'blank-line' });
  }
  return {
    kind: 'article',
    id: createHash('sha256').update(doc.text).digest('hex').slice(0, 32),
    source: doc.id,
    format: 'text',
    url: null,
    title: null,
    outlet: null,
    language: { code: 'en', confidence: 1, how: 'meta' },
    published: {
      value: doc.dct,
      precision: doc.dct ? 'day' : null,
      how: doc.dct ? 'meta' : 'unknown',
      evidence: 'TimeML DCT',
      rule: 'tempeval3-dct',
    },
    dateline: null,
    text: doc.text,
    blocks,
    messages: [],
  };
}

/**
 * The timexes we would write into TimeML: every expression except our composites, whose parts
 * are the TIMEX3s ("a day after a Dec. 22 deadline" is "a day" and "Dec. 22" in TimeML), so
 * nothing is counted twice.
 *
 * @example systemTimexes(analysed).map((t) => t.value)
 */
export function systemTimexes(article: Article): (ScoredTimex & { readonly record: TimeExpression })[] {
  return (article.times ?? [])
    .filter((t) => !t.parts)
    .map((t) => ({ span: t.span, type: t.type, value: t.value, record: t }));
}
