import { annotatedEnd, goldMentions } from '../../eval/meantime/entities.js';
import type { CatDocument } from '../../eval/datasets/cat.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import type { TaggerType } from '../../src/stages/entities/tagger/labels.js';
import { textInput } from '../../test/helpers/article.js';
import type { TrainingDoc } from './gum-data.js';

/**
 * One MEANTIME document analysed by our tokens stage, with its named mentions (NAM and PRE.NAM,
 * PER/ORG/LOC) as token ranges in the tagger's convention, the name words: a leading "the" and a
 * trailing comma are left to the rules. Only the sentences MEANTIME annotated (the title and
 * about five more) are kept: the rest carry no annotation. Null when normalisation changed the
 * text.
 */
export function meantimeTrainingDoc(doc: CatDocument, pipeline: Pipeline): TrainingDoc | null {
  const article = pipeline.run(textInput(doc.text, doc.id));
  if (article.text !== doc.text) return null;
  const tokens = article.tokens ?? [];
  const byStart = new Map(tokens.map((t, i) => [t.span.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.span.end, i]));
  const word = (i: number) => {
    const t = tokens[i];
    return t ? article.text.slice(t.span.start, t.span.end) : '';
  };
  const gold: TrainingDoc['gold'][number][] = [];
  let misaligned = 0;
  for (const m of goldMentions(doc, ['NAM', 'PRE.NAM'])) {
    let first = byStart.get(m.span.start);
    let last = byEnd.get(m.span.end);
    if (first === undefined || last === undefined || last < first) {
      misaligned++;
      continue;
    }
    if (last > first && /^the$/i.test(word(first))) first++;
    while (last > first && /^[,.]$/.test(word(last))) last--;
    gold.push({ first, end: last + 1, type: m.type as TaggerType });
  }
  gold.sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);
  const end = annotatedEnd(doc);
  const until = tokens.findIndex((t) => t.span.start >= end);
  return { id: doc.id, article, gold, misaligned, until: until < 0 ? tokens.length : until };
}
