import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleInput } from '../model/index.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReadOptions {}

/**
 * Reads articles from files and directories (recursively).
 * PLACEHOLDER until the ingest work lands: plain text only.
 *
 * @example for await (const input of readInputs(['sample'])) console.log(input.source)
 */
export async function* readInputs(
  paths: readonly string[],
  _options: ReadOptions = {},
): AsyncGenerator<ArticleInput> {
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      yield* readInputs(
        names.map((n) => join(path, n)),
        _options,
      );
    } else {
      const body = await readFile(path, 'utf8');
      yield { kind: 'input', source: path, format: 'text', bodyFormat: 'text', body, meta: {}, messages: [] };
    }
  }
}
