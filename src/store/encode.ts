import type { Article, DatePrecision, Span } from '../model/index.js';
import { ROW_LAYERS } from './schema.js';
import type { LayerInsert, RowLayer } from './schema.js';
import type { EncodedArticle, LayerRecords } from './store.js';

type Common = 'ord' | 'record_id' | 'span_start' | 'span_end' | 'stage' | 'rule' | 'json';
type Specific<L extends RowLayer> = Omit<LayerInsert<L>, Common>;

/** Lower-cased, single-spaced: the key names are looked up by. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The columns each layer copies out of its records, so that the ledger can query them by index. */
const SPECIFIC: { readonly [L in RowLayer]: (record: LayerRecords[L]) => Specific<L> } = {
  times: (t) => ({ type: t.type, value: t.value, granularity: t.granularity }),
  mentions: (m) => ({
    entity_id: m.entity,
    type: m.type,
    form: m.form,
    text: m.text,
    name_key: nameKey(m.text),
  }),
  entities: (e) => ({ type: e.type, name: e.name, name_key: nameKey(e.name), country: e.country ?? null }),
  attributions: (a) => ({
    kind: a.kind,
    source_name: nameKey(a.source.name),
    source_entity: a.source.entity ?? null,
    cue: a.cue.text,
  }),
  quantities: (q) => ({
    value: q.value ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    unit: q.unit,
    counted: q.counted ? nameKey(q.counted.text) : null,
    time: q.time?.value ?? null,
  }),
  claims: (c) => ({
    text: c.text,
    modality: c.modality,
    source_name: c.source ? nameKey(c.source.name) : null,
    said: c.times.said?.value ?? null,
    refers: c.times.refers?.value ?? null,
    published: c.times.published,
    deadline: c.deadline?.value ?? null,
  }),
};

function layerRows<L extends RowLayer>(layer: L, records: readonly LayerRecords[L][]): LayerInsert<L>[] {
  const specific = SPECIFIC[layer];
  return records.map((record, ord) => {
    const span: Span | undefined = 'span' in record ? record.span : undefined;
    return {
      ord,
      record_id: record.id,
      span_start: span?.start ?? null,
      span_end: span?.end ?? null,
      stage: record.stage,
      rule: record.rule,
      json: JSON.stringify(record),
      ...specific(record),
    } as LayerInsert<L>;
  });
}

/** Counts whitespace-separated words without building an array. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Turns an analysed article into the rows a store writes: the article row (its JSON without the
 * text and without the layers kept as rows, which `decodeArticle` puts back) and one row per
 * record of each row layer. `link` is what the cross-article linker will read of it (its link
 * features as JSON, opaque to the store), when the writer derived it.
 *
 * @example await store.put([encodeArticle(pipeline.run(input))])
 */
export function encodeArticle(article: Article, link: string | null = null): EncodedArticle {
  const { text, times, mentions, entities, attributions, quantities, claims, ...rest } = article;
  const present = ROW_LAYERS.filter((layer) => article[layer] !== undefined);
  return {
    id: article.id,
    source: article.source,
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet?.name ?? null,
      language: article.language.code,
      published: article.published.value,
      published_precision: article.published.precision,
      published_how: article.published.how,
      format: article.format,
      url: article.url,
      words: countWords(text),
      text,
      claims_text: (claims ?? []).map((c) => c.text).join('\n'),
      json: JSON.stringify(rest),
      layers: JSON.stringify(present),
      link,
    },
    layers: {
      times: layerRows('times', times ?? []),
      mentions: layerRows('mentions', mentions ?? []),
      entities: layerRows('entities', entities ?? []),
      attributions: layerRows('attributions', attributions ?? []),
      quantities: layerRows('quantities', quantities ?? []),
      claims: layerRows('claims', claims ?? []),
    },
  };
}

/**
 * Rebuilds the article `encodeArticle` was given, from its stored JSON, text and layer records
 * (each layer's records in `ord` order; only the layers named in `layers` are set).
 *
 * @example decodeArticle(row.json, row.text, row.layers, (layer) => recordsOf(layer))
 */
export function decodeArticle(
  json: string,
  text: string,
  layers: string,
  recordsOf: (layer: RowLayer) => readonly string[],
): Article {
  const article = { ...(JSON.parse(json) as Omit<Article, 'text'>), text } as Record<string, unknown>;
  for (const layer of JSON.parse(layers) as RowLayer[]) {
    article[layer] = recordsOf(layer).map((record) => JSON.parse(record) as unknown);
  }
  return article as unknown as Article;
}

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];

/**
 * A stored precision column read back as the model's type (null for none or a value no version wrote).
 *
 * @example precisionOf('day') // 'day'
 */
export function precisionOf(column: string | null): DatePrecision | null {
  return PRECISIONS.find((p) => p === column) ?? null;
}
