import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { globFiles, isGlob, planGlob } from './glob.js';
import { STORE_FILE, skipByName } from './skip.js';

/** One thing to read, or a path that could not be used. */
export type Found =
  | { readonly kind: 'file'; readonly path: string; readonly listed?: true }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'skipped'; readonly path: string; readonly ruleId: string; readonly reason: string }
  | { readonly kind: 'problem'; readonly source: string; readonly ruleId: string; readonly reason: string };

/**
 * Expands the command line's paths: `-` is standard input, a folder is read recursively (hidden
 * entries skipped, names sorted), a path that does not exist but holds glob syntax is a glob.
 * A file reached twice is read once. What a folder or a glob holds that is not an article (see
 * `skipByName`), and any of the `exclude`d files (the store's own), is `skipped` with its reason.
 *
 * @example for await (const f of expandPaths(['docs', 'more/*.json', '-'])) ...
 */
export async function* expandPaths(
  paths: readonly string[],
  exclude: ReadonlySet<string> = new Set(),
): AsyncGenerator<Found> {
  const seen = new Set<string>();
  for (const path of paths) {
    for await (const listed of expandOne(path)) {
      const path = listed.kind === 'file' || listed.kind === 'skipped' ? listed.path : null;
      const found = path !== null && exclude.has(resolve(path)) ? skipped(path) : listed;
      if (found.kind === 'file') {
        const key = await realpath(found.path).catch(() => found.path);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      yield found;
    }
  }
}

async function* expandOne(path: string): AsyncGenerator<Found> {
  if (path === '-') {
    yield { kind: 'stdin' };
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && isGlob(path)) {
      let any = false;
      for await (const file of globFiles(planGlob(path))) {
        any = true;
        yield listedFile(file);
      }
      if (!any) yield problem(path, 'no-match', 'no file matches this pattern');
    } else yield problem(path, code === 'ENOENT' ? 'no-such-file' : 'unreadable', describe(error));
    return;
  }
  if (info.isDirectory()) yield* walkFolder(path);
  else yield { kind: 'file', path };
}

async function* walkFolder(dir: string): AsyncGenerator<Found> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield problem(dir, 'unreadable', describe(error));
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => compare(a.name, b.name));
  for (const entry of names) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFolder(full);
    else yield listedFile(full);
  }
}

/** A file a folder or a glob lists: read, unless its name says it is no article. */
function listedFile(path: string): Found {
  const skip = skipByName(path);
  return skip ? { kind: 'skipped', path, ...skip } : { kind: 'file', path, listed: true };
}

function skipped(path: string): Found {
  return { kind: 'skipped', path, ...STORE_FILE };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function problem(source: string, ruleId: string, reason: string): Found {
  return { kind: 'problem', source, ruleId, reason };
}

/**
 * The error code of a failed file-system call (`ENOENT`, `EACCES`...), if any.
 *
 * @example errorCode(Object.assign(new Error('x'), { code: 'ENOENT' })) // 'ENOENT'
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

const CODES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied: the file cannot be read',
  EPERM: 'operation not permitted: the file cannot be read',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * A file-system error in words a user can act on.
 *
 * @example describe(Object.assign(new Error('x'), { code: 'EACCES' })) // 'permission denied: the file cannot be read'
 */
export function describe(error: unknown): string {
  const code = errorCode(error);
  if (code && CODES[code]) return CODES[code];
  return error instanceof Error ? error.message : String(error);
}
