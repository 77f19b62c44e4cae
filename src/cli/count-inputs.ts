import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

// Files that may hold many articles each: their count says nothing about the number of articles.
const CONTAINERS = new Set(['.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);
const LIMIT = 200_000;

/**
 * How many articles the paths hold, when that can be known cheaply: one per file, counting
 * directories recursively. Null when any path is standard input, a glob, or a file that may hold
 * many articles (JSON, feeds), or when there are too many files to count quickly.
 *
 * @example await countInputs(['sample']) // 2
 */
export async function countInputs(paths: readonly string[]): Promise<number | null> {
  let count = 0;
  const visit = async (path: string): Promise<boolean> => {
    const info = await stat(path).catch(() => null);
    if (!info) return true; // unreadable: one failure, counted as one input
    if (info.isDirectory()) {
      for (const entry of await readdir(path)) if (!(await visit(join(path, entry)))) return false;
      return true;
    }
    if (CONTAINERS.has(extname(path).toLowerCase())) return false;
    return ++count <= LIMIT;
  };
  for (const path of paths) {
    if (path === '-' || /[*?[{]/.test(path) || !(await visit(path))) return null;
  }
  return count;
}
