import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readBytes } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/index.js';
import { bodyText } from '../../src/model/index.js';
import { normalise } from '../../src/stages/normalise/index.js';

export interface Page {
  readonly id: string;
  readonly url: string;
  readonly truth: string;
}

/** The benchmark's pages with their hand-made bodies, in id order. */
export function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .map(([id, v]) => ({ id, url: v.url, truth: v.articleBody }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The upstream tools' answers on the same pages: tool name → id → text. */
export function loadToolOutputs(dir: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const folder = join(dir, 'output');
  if (!existsSync(folder)) return out;
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
      output?: Record<string, { articleBody?: string | null } | string | null>;
    };
    const answers = new Map<string, string>();
    for (const [id, v] of Object.entries(data.output ?? data)) {
      answers.set(id, typeof v === 'string' ? v : (v?.articleBody ?? ''));
    }
    out.set(file.replace(/\.json$/, ''), answers);
  }
  return out;
}

/**
 * Reads one page as `claimline ingest` would (the page only, no URL) and normalises it.
 *
 * @example await extractPage(dir, 'abc…')
 */
export async function extractPage(dir: string, id: string): Promise<Article | null> {
  const bytes = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
  const create = normaliser();
  for await (const input of readBytes(`${id}.html`, bytes)) return create(input);
  return null;
}

let made: ReturnType<typeof normalise> | null = null;
function normaliser() {
  made ??= normalise();
  return made;
}

/** The text Claimline takes for a page's article body. */
export async function extractBody(dir: string, id: string): Promise<string> {
  const article = await extractPage(dir, id);
  return article ? bodyText(article) : '';
}
