import type { Article } from '../../../model/index.js';
import { greedySequence } from '../../../learn/index.js';
import type { LinearModel } from '../../../learn/index.js';
import type { Doc } from '../types.js';
import { taggerContext, taggerTask } from './features.js';
import { allowedAfter, canEnd, oracleAfter, spansOf } from './labels.js';
import type { TaggedSpan } from './labels.js';

const TASK = taggerTask(allowedAfter, canEnd, oracleAfter);

/**
 * Labels sentences of the article with the learned tagger, after the rule passes (their mentions
 * are among its features): the named mentions it finds, as token ranges with a type. `only`
 * limits it to the sentences holding those tokens (the tagger is costly; most sentences need no
 * second opinion).
 *
 * @example tagMentions(model, doc, article) // [{ first: 3, end: 7, type: 'PER', margin: 4.2 }, ...]
 */
export function tagMentions(
  model: LinearModel,
  doc: Doc,
  article: Article,
  only?: readonly number[],
): TaggedSpan[] {
  const wanted = only ? new Set(only.map((i) => doc.sentence[i] ?? -1)) : null;
  const sentences = (article.sentences ?? []).filter((_, k) => !wanted || wanted.has(k));
  const ctx = taggerContext(
    doc,
    sentences.map((s) => s.tokens),
  );
  const out: TaggedSpan[] = [];
  sentences.forEach((s) => {
    ctx.start = s.tokens.start;
    ctx.end = s.tokens.end;
    const margins = new Float32Array(s.tokens.end - s.tokens.start);
    const labels = greedySequence(model, TASK, ctx, s.tokens.end - s.tokens.start, margins);
    out.push(...spansOf(labels, s.tokens.start, margins));
  });
  return out;
}

export { TASK as TAGGER_TASK };
