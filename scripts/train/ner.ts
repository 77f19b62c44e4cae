/**
 * Trains the named-entity tagger of the entities stage (`npm run train`): an averaged perceptron
 * over the rule passes' output and word features, labelling BILOU named mentions as GUM annotates
 * them (person, organization, place with a proper-noun head; the whole noun phrase). Training
 * data: the train split of ../shared/datasets/gum_train (academic, bio, court, voyage; CC BY /
 * CC BY-SA) and of ../shared/datasets/gum_news (Wikinews news and interviews; CC BY 2.5),
 * annotations CC BY 4.0; and the development part of MEANTIME, corpus_apple (Wikinews business
 * news, CC BY 2.5; annotations CC BY 4.0), its annotated sentences only: the GUM genres hold few
 * companies (MEANTIME airbus, gm and stock, the test part, are never read). Deterministic: fixed document order, seeded shuffles, no timing; the
 * same data gives the same weights file byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  perceptronTrainer,
  packModel,
  seededRandom,
  shuffled,
  trainSequence,
} from '../../src/learn/index.js';
import { createLexicon } from '../../src/lexicon/index.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { findMentions } from '../../src/stages/entities/find.js';
import { buildLexicon } from '../../src/stages/entities/lexicon.js';
import { taggerContext } from '../../src/stages/entities/tagger/features.js';
import type { TaggerContext } from '../../src/stages/entities/tagger/features.js';
import { LABELS, labelsOf } from '../../src/stages/entities/tagger/labels.js';
import { TAGGER_TASK } from '../../src/stages/entities/tagger/tag.js';
import { gumSplit, trainingDoc } from './gum-data.js';
import { meantimeTrainingDoc } from './meantime-data.js';
import type { CatDocument } from '../../eval/datasets/cat.js';
import { meantimeDocs } from '../../eval/meantime/entities.js';
import type { GumDocument } from '../../eval/gum/read.js';
import type { LinearModel } from '../../src/learn/index.js';

/** Training settings: part of what makes the weights; change them only with a retrain. */
export const NER_TRAINING = { epochs: 12, seed: 20261207, prune: 0.001, scale: 1 / 1024 } as const;

const OUT = new URL('../../src/stages/entities/data/ner-model.json', import.meta.url);

/** The documents the tagger learns from: the train splits of gum_train and gum_news and MEANTIME corpus_apple, in a fixed order. */
export function nerTrainingDocs(datasets: string): (GumDocument | CatDocument)[] {
  return [
    ...gumSplit(join(datasets, 'gum_train'), 'train'),
    ...gumSplit(join(datasets, 'gum_news'), 'train'),
    ...meantimeDocs(join(datasets, 'meantime_en'), ['corpus_apple']),
  ];
}

/** Trains and writes the model; returns a line per epoch and the totals. */
export function trainNer(datasets: string, log: (line: string) => void): void {
  const model = trainNerModel(nerTrainingDocs(datasets), log);
  const about =
    'Named-entity tagger of the entities stage (BILOU PER/ORG/LOC over wink tokens, averaged perceptron; features: words, shapes, affixes, POS, rule-pass mentions). ' +
    'Trained by `npm run train` (scripts/train/ner.ts) on the train splits of GUM (Zeldes 2017, https://gucorpling.org/gum/): academic, bio, court, voyage (texts CC BY 4.0 / CC BY-SA 3.0) and Wikinews news and interviews (CC BY 2.5); annotations CC BY 4.0; ' +
    'and on MEANTIME corpus_apple (Minard et al. 2016, NewsReader; Wikinews texts CC BY 2.5, annotations CC BY 4.0). ' +
    'The weights are a derivative of that data: keep this notice and data/ner-model.LICENSE.md with them.';
  const stored = packModel(model, about, NER_TRAINING.scale);
  writeFileSync(OUT, `${JSON.stringify(stored, null, 1)}\n`);
  log(
    `${model.keys.length} features kept; wrote ${OUT.pathname} (${Math.round(JSON.stringify(stored).length / 1024)} KiB)`,
  );
}

/** Trains the tagger on GUM documents (deterministic: same documents, same weights). */
export function trainNerModel(
  docs: readonly (GumDocument | CatDocument)[],
  log: (line: string) => void,
): LinearModel {
  const lexicon = createLexicon();
  const pipeline = assemble(normalise({ lexicon }), [tokens({})]);
  const entityLexicon = buildLexicon(lexicon);
  const sentences: { ctx: TaggerContext; start: number; end: number; gold: Int32Array }[] = [];
  let skipped = 0;
  let misaligned = 0;
  let mentions = 0;
  for (const doc of docs) {
    const t = 'markables' in doc ? meantimeTrainingDoc(doc, pipeline) : trainingDoc(doc, pipeline);
    if (!t) {
      skipped++;
      continue;
    }
    misaligned += t.misaligned;
    const ctx = taggerContext(findMentions(t.article, entityLexicon));
    for (const s of t.article.sentences ?? []) {
      const { start, end } = s.tokens;
      if (t.until !== undefined && end > t.until) break;
      const inside = t.gold
        .filter((g) => g.first >= start && g.end <= end)
        .map((g) => ({ ...g, first: g.first - start, end: g.end - start }));
      mentions += inside.length;
      sentences.push({ ctx, start, end, gold: labelsOf(inside, end - start) });
    }
  }
  log(
    `${docs.length - skipped} documents (${skipped} skipped: text changed), ${sentences.length} sentences, ${mentions} named mentions (${misaligned} left out: edges inside a token)`,
  );
  const trainer = perceptronTrainer(LABELS);
  const random = seededRandom(NER_TRAINING.seed);
  for (let epoch = 1; epoch <= NER_TRAINING.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffled(sentences, random)) {
      s.ctx.start = s.start;
      s.ctx.end = s.end;
      correct += trainSequence(trainer, TAGGER_TASK, s.ctx, s.gold);
      total += s.gold.length;
    }
    log(`epoch ${epoch}: ${((100 * correct) / total).toFixed(2)} % of tokens labelled right while training`);
  }
  return trainer.finish(NER_TRAINING.prune);
}
