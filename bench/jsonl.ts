import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ArticleInput } from '../src/model/index.js';

/**
 * Streams a JSON Lines file of synthetic articles as inputs, one line at a time. The benchmark
 * keeps its own reader so that it measures the store and the pool whatever state the readers in
 * src/ingest are in; once their JSON Lines reader streams, `readInputs` can take its place.
 *
 * @example for await (const input of jsonlInputs('articles.jsonl')) ...
 */
export async function* jsonlInputs(path: string): AsyncGenerator<ArticleInput> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const record = JSON.parse(text) as {
      title: string;
      text: string;
      date: string;
      url: string;
      outlet: string;
    };
    yield {
      kind: 'input',
      source: `${path}:${line}`,
      format: 'json',
      bodyFormat: 'text',
      body: record.text,
      meta: { title: record.title, published: record.date, url: record.url, outlet: record.outlet },
      messages: [],
    };
  }
}
