import { join } from 'node:path';
import { extract } from '../../src/engine/extract.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { articleJson } from '../../src/report/article-json.js';
import { articleText } from '../../src/report/article-text.js';

/** The bundled seed articles, as `claimline extract sample/seed-00N.txt` reads them. */
export const SEED_PATHS = {
  'seed-000': join(import.meta.dirname, '..', '..', 'sample', 'seed-000.txt'),
  'seed-001': join(import.meta.dirname, '..', '..', 'sample', 'seed-001.txt'),
} as const;

export type SeedName = keyof typeof SEED_PATHS;

interface SpanJson {
  readonly start: number;
  readonly end: number;
}

interface TimeRefJson {
  readonly value: string;
  readonly text?: string;
  readonly how: string;
}

/**
 * The fields of `claimline extract --json` that issues 2 and 3 name, typed for the tests. The
 * objects hold more; these are the contract.
 */
export interface SeedJson {
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: {
    readonly value: string | null;
    readonly precision: string | null;
    readonly how: string;
  };
  readonly blocks: readonly { readonly type: string; readonly text: string }[];
  readonly times: readonly {
    readonly id: string;
    readonly text: string;
    readonly value: string;
    readonly type: string;
    readonly span: SpanJson;
    readonly mod?: string;
    readonly partOf?: string;
    readonly anchor: { readonly value: string | null };
    readonly range?: { readonly start: string | null; readonly end: string | null };
  }[];
  readonly entities: readonly {
    readonly text: string;
    readonly type: string;
    readonly name: string;
    readonly role: string | null;
    readonly affiliation?: string;
    readonly span: SpanJson;
    readonly metonymy?: string;
  }[];
  readonly attributions: readonly {
    readonly kind: string;
    /** `text`: the words that name the source at this point ("the Russian official"). */
    readonly source: { readonly name: string; readonly type: string; readonly text: string };
    readonly cue: { readonly text: string };
    readonly content: { readonly text: string; readonly span: SpanJson };
    readonly chain: readonly { readonly source: string; readonly cue: string }[];
    readonly quotes?: readonly { readonly text: string }[];
    readonly said?: TimeRefJson;
    readonly rule: string;
  }[];
  readonly quantities: readonly {
    readonly id: string;
    readonly text: string;
    readonly value?: number;
    readonly min?: number;
    readonly max?: number;
    readonly approximate: boolean;
    readonly counted?: { readonly text: string };
    readonly place?: { readonly text: string };
    readonly time?: TimeRefJson;
    readonly span: SpanJson;
    readonly change?: { readonly role: string; readonly other: string; readonly direction: string };
  }[];
  readonly claims: readonly {
    readonly text: string;
    readonly source: { readonly name: string; readonly type: string } | null;
    readonly chain: readonly string[];
    readonly modality: string;
    readonly times: {
      readonly said: TimeRefJson | null;
      readonly refers: TimeRefJson | null;
      readonly published: string | null;
    };
    readonly deadline: TimeRefJson | null;
    readonly quantities: readonly { readonly id: string; readonly text: string }[];
  }[];
}

/** One seed through the engine behind `claimline extract`, as its JSON and its readable report. */
export interface Seed {
  readonly json: SeedJson;
  readonly report: string;
}

/**
 * Reads both seeds through the extract engine and the same views the CLI prints (the JSON
 * round-tripped, as a consumer of `--json` reads it).
 *
 * @example const seeds = await readSeeds(); seeds['seed-000'].json.published.value // '2019-02-07'
 */
export async function readSeeds(): Promise<Record<SeedName, Seed>> {
  const pipeline = createPipeline();
  const out: Partial<Record<SeedName, Seed>> = {};
  for (const [name, path] of Object.entries(SEED_PATHS) as [SeedName, string][]) {
    for await (const article of extract(pipeline, [path])) {
      out[name] = {
        json: JSON.parse(JSON.stringify(articleJson(article))) as SeedJson,
        report: articleText(article),
      };
    }
  }
  const { 'seed-000': first, 'seed-001': second } = out;
  if (!first || !second) throw new Error('a seed article was not read');
  return { 'seed-000': first, 'seed-001': second };
}

/** The words a span covers in the article's text. */
export const words = (seed: SeedJson, span: SpanJson): string => seed.text.slice(span.start, span.end);
