/**
 * The SemEval-2015 Task 4 scorer, reimplemented from the task description (Minard et al. 2015)
 * and the temporal awareness metric of TempEval-3 (UzZaman & Allen 2011; UzZaman et al. 2013).
 *
 * What is implemented, step by step:
 * 1. Each timeline (gold and system) becomes a list of relations (see `timelineRelations`).
 * 2. Each list is reduced as the TempEval-3 Timegraph does it: relations are added in order;
 *    one already entailed by the earlier ones is redundant and dropped, one that contradicts
 *    them is kept for scoring but left out of the graph ("violated"), the rest are added. The
 *    kept relations are the side's reduced graph (Sys⁻, Ref⁻); the graph is its closure.
 * 3. Precision = |Sys⁻ ∩ Ref⁺| / |Sys⁻| and recall = |Ref⁻ ∩ Sys⁺| / |Ref⁻|, where a relation
 *    counts as found when the other side's closure entails it or when the other side wrote the
 *    very same relation (the TempEval-3 scorer checks that literal match first; it is what lets
 *    a gold timeline with a contradiction still score 100 against itself).
 * 4. Counts are summed over the target entities (micro-average), as the task's script did;
 *    F1 is computed from the summed precision and recall. A missing system timeline counts as
 *    an empty one: it adds to the recall denominator only.
 *
 * Where this may differ from the official script (not published with the data):
 * - The order in which the official converter wrote relations (it decides which relations are
 *   redundant and which one of a contradictory pair is "violated"); ours is documented in
 *   `timelineRelations` and yields the transitive reduction of a consistent timeline.
 * - Anchors are compared after dropping unknown trailing parts (`2008-03-XX` = `2008-03`); the
 *   official script compared TIMEX3 values, which we take to be the written ones.
 * - Coreferent ids on one row are separate nodes made SIMULTANEOUS, not one merged node.
 */
import { relationKey, timelineRelations } from './relations.js';
import { timeGraph } from './time-graph.js';
import type { Relation, TimeGraph } from './time-graph.js';
import type { Timeline } from './timeline.js';

/** The counts behind one comparison; sum them to micro-average. */
export interface ScoreCounts {
  /** System relations (reduced) found in the gold closure. */
  readonly precisionMatched: number;
  readonly systemTotal: number;
  /** Gold relations (reduced) found in the system closure. */
  readonly recallMatched: number;
  readonly goldTotal: number;
}

/** Percentages, as the task reported them. */
export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

interface Reduced {
  readonly kept: readonly Relation[];
  readonly keys: ReadonlySet<string>;
  readonly graph: TimeGraph;
}

function reduce(timeline: Timeline): Reduced {
  const graph = timeGraph();
  const kept: Relation[] = [];
  const keys = new Set<string>();
  for (const r of timelineRelations(timeline)) {
    const key = relationKey(r);
    if (keys.has(key)) continue;
    keys.add(key);
    if (graph.add(r) !== 'entailed') kept.push(r);
  }
  return { kept, keys, graph };
}

function matched(relations: readonly Relation[], other: Reduced): number {
  return relations.filter((r) => other.keys.has(relationKey(r)) || other.graph.entails(r)).length;
}

/**
 * Scores one system timeline against the gold one for the same target entity.
 *
 * @example scoreTimeline(gold, gold) // { precisionMatched: n, systemTotal: n, recallMatched: n, goldTotal: n }
 */
export function scoreTimeline(gold: Timeline, system: Timeline | null): ScoreCounts {
  const ref = reduce(gold);
  const sys = reduce(system ?? { entity: gold.entity, rows: [] });
  return {
    precisionMatched: matched(sys.kept, ref),
    systemTotal: sys.kept.length,
    recallMatched: matched(ref.kept, sys),
    goldTotal: ref.kept.length,
  };
}

/** Adds counts up (micro-averaging). */
export function sumCounts(all: readonly ScoreCounts[]): ScoreCounts {
  return all.reduce(
    (a, c) => ({
      precisionMatched: a.precisionMatched + c.precisionMatched,
      systemTotal: a.systemTotal + c.systemTotal,
      recallMatched: a.recallMatched + c.recallMatched,
      goldTotal: a.goldTotal + c.goldTotal,
    }),
    { precisionMatched: 0, systemTotal: 0, recallMatched: 0, goldTotal: 0 },
  );
}

/**
 * Precision, recall and F1 (percentages) from counts.
 *
 * @example toScore({ precisionMatched: 1, systemTotal: 4, recallMatched: 1, goldTotal: 2 }) // P 25, R 50, F1 33.33
 */
export function toScore(c: ScoreCounts): Score {
  const precision = c.systemTotal === 0 ? 0 : (100 * c.precisionMatched) / c.systemTotal;
  const recall = c.goldTotal === 0 ? 0 : (100 * c.recallMatched) / c.goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
