/**
 * One evaluation suite: a benchmark from ../shared/datasets scored with its published protocol.
 * `run` resolves to `skipped` with the reason when the data is absent.
 */
export interface EvalSuite {
  readonly name: string;
  readonly dataset: string;
  readonly run: (context: EvalContext) => Promise<SuiteResult>;
}

export interface EvalContext {
  /** Absolute path of ../shared/datasets, whether or not it exists. */
  readonly datasets: string;
}

/** One measured figure, with the published reference it compares with where there is one. */
export interface Figure {
  /** Stable key, used by the floors file: "tempeval3.value.f1". */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** Published reference points, e.g. { 'HeidelTime': 77.61 }. */
  readonly reference?: Readonly<Record<string, number>>;
}

/** A table row of P/R/F1 (percentages) for one category, printed by the harness. */
export interface PrfRow {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support?: number;
}

export type SuiteResult =
  | { readonly status: 'skipped'; readonly reason: string }
  | {
      readonly status: 'ok';
      /** What was scored: split, document count, protocol notes. */
      readonly notes: readonly string[];
      readonly tables: readonly { readonly title: string; readonly rows: readonly PrfRow[] }[];
      readonly figures: readonly Figure[];
    };

/** Precision, recall and F1 as percentages from counts. */
export function prf(truePositives: number, predicted: number, gold: number): Omit<PrfRow, 'label'> {
  const precision = predicted === 0 ? 0 : (100 * truePositives) / predicted;
  const recall = gold === 0 ? 0 : (100 * truePositives) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: gold };
}
