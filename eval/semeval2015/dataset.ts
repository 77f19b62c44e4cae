import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeline } from './timeline.js';
import type { Timeline } from './timeline.js';

/** The folder name under ../shared/datasets. */
export const DATASET = 'semeval2015_task4_timeline';

/**
 * One scoring set: its documents (CAT XML, raw tokens + DCT) and, per target entity, the gold
 * timeline. The test sets are corpus_1..3; the trial set is the Apple corpus.
 */
export interface TimelineCorpus {
  readonly name: string;
  readonly documents: readonly string[];
  readonly targets: readonly { readonly entity: string; readonly gold: Timeline }[];
}

const ROOT = 'SemEval2015-Task4-TimeLine';
/** Byte-identical to `s&p_500.txt` (see SOURCE.md): scoring it would count S&P 500 twice. */
const DUPLICATES = new Set(['s_and_p_500.txt']);

const xmlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => join(dir, f));

function goldTimelines(dir: string): Map<string, Timeline> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !DUPLICATES.has(f));
  return new Map(files.sort().map((f) => [f, parseTimeline(readFileSync(join(dir, f), 'utf8'))]));
}

/** The gold file of a target: its name lower-cased, spaces as underscores ("S&P 500" → `s&p_500.txt`). */
export function goldFileName(entity: string): string {
  return `${entity.toLowerCase().replace(/\s+/g, '_')}.txt`;
}

/**
 * The three test corpora, each with its target list matched to the gold timelines by file name
 * (not by their first line: `united_states_air_force.txt` spells its entity "Froce"). A target
 * without a gold file is an error in the data, not skipped.
 *
 * @example testCorpora(datasetDir) // [{ name: 'corpus_1', documents: [...30], targets: [...13] }, ...]
 */
export function testCorpora(datasetDir: string): TimelineCorpus[] {
  const base = join(datasetDir, ROOT, 'SemEval_Task4_data');
  return [1, 2, 3].map((n) => {
    const dir = join(base, `corpus_${n}`);
    const golds = goldTimelines(join(dir, 'TimeLines_Gold_Standard'));
    const names = readFileSync(join(dir, `list_target_entities_corpus_${n}.txt`), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    const targets = names.map((entity) => {
      const gold = golds.get(goldFileName(entity));
      if (!gold) throw new Error(`corpus_${n}: no gold timeline for target '${entity}'`);
      return { entity, gold: { ...gold, entity } };
    });
    return { name: `corpus_${n}`, documents: xmlFiles(join(dir, 'corpus_trackA_CAT')), targets };
  });
}

/**
 * The trial (Apple) corpus: 30 documents and 6 gold timelines, for tuning. Its target list is the
 * first lines of the gold files.
 */
export function trialCorpus(datasetDir: string): TimelineCorpus {
  const base = join(datasetDir, ROOT);
  const golds = [...goldTimelines(join(base, 'TimeLines_trial_data_task4_v1.2')).values()];
  return {
    name: 'trial',
    documents: xmlFiles(join(base, 'Corpus-trial-data_task4')),
    targets: golds.map((gold) => ({ entity: gold.entity, gold })),
  };
}

/** True when the staged data is where the suite expects it. */
export function hasTimelineData(datasetDir: string | null): datasetDir is string {
  return datasetDir !== null && existsSync(join(datasetDir, ROOT, 'SemEval_Task4_data'));
}
