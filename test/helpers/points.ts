import { countryNames } from '../../src/ledger/measures/countries.js';
import type { CountryNames } from '../../src/ledger/measures/countries.js';
import { articlePoints } from '../../src/ledger/measures/points.js';
import type { SeriesPoint } from '../../src/ledger/records.js';
import { createLexicon } from '../../src/lexicon/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import { textInput } from './article.js';

let reader: { pipeline: Pipeline; names: CountryNames } | null = null;

/**
 * The series points of a text run through the whole pipeline, published on `published`
 * ('YYYY-MM-DD'): what the ledger makes of its figures, for tests of measures and times.
 */
export function pointsOfText(text: string, published: string): SeriesPoint[] {
  if (!reader) {
    const lexicon = createLexicon();
    reader = { pipeline: createPipeline({ lexicon }), names: countryNames(lexicon) };
  }
  const article = reader.pipeline.run({ ...textInput(`date ${published}\n\n${text}`), meta: {} });
  const ref = {
    id: article.id,
    source: article.source,
    outlet: null,
    title: null,
    published: article.published.value,
    precision: article.published.precision,
    mirrorGroup: article.id,
  };
  return articlePoints(article, ref, reader.names);
}
