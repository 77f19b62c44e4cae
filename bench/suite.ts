/** One benchmark: prints its figures as numbers and as ratios against a baseline run in the same process. */
export interface BenchSuite {
  readonly name: string;
  readonly run: (context: BenchContext) => Promise<BenchResult>;
}

export interface BenchContext {
  /** Absolute path of ../shared, whether or not it exists. */
  readonly shared: string;
  /** A scratch folder for stores and generated inputs, emptied before the run. */
  readonly scratch: string;
}

export interface BenchRow {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

export interface BenchResult {
  readonly notes: readonly string[];
  readonly rows: readonly BenchRow[];
  /** Targets as ratios: `{ label, ratio, target }` where ratio = measured / baseline. */
  readonly ratios: readonly { readonly label: string; readonly ratio: number; readonly target?: number }[];
}
