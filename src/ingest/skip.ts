import { basename, resolve } from 'node:path';
import { NOT_ARTICLE_ENDINGS, NOT_ARTICLE_NAMES, NOT_ARTICLE_STEMS } from './data/not-articles.js';

/** Why a file is not read as an article: a rule id and a one-line reason. */
export interface Skip {
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * Why a file found in a folder (or by a glob) is not an article, by its name: a package
 * manifest, a CSV table, a database and its journal files, an image... Null for a file to read.
 *
 * @example skipByName('data/package.json') // { ruleId: 'not-article-name', reason: 'a package manifest' }
 */
export function skipByName(path: string): Skip | null {
  const name = basename(path).toLowerCase();
  const named = NOT_ARTICLE_NAMES[name];
  if (named) return { ruleId: 'not-article-name', reason: `${named}, not an article` };
  const stem = name.replace(/\.[^.]*$/, '');
  const byStem = Object.hasOwn(NOT_ARTICLE_STEMS, stem) ? NOT_ARTICLE_STEMS[stem] : undefined;
  if (byStem) return { ruleId: 'not-article-name', reason: `${byStem}, not an article` };
  for (const [ending, why] of NOT_ARTICLE_ENDINGS) {
    if (name.endsWith(ending)) return { ruleId: 'not-article-type', reason: `${why}, not an article` };
  }
  return null;
}

/**
 * The files of a SQLite store (the file and its -wal, -shm and -journal companions), absolute,
 * for readers to leave alone whatever they are named.
 *
 * @example storeFiles('news.db') // ['/cwd/news.db', '/cwd/news.db-wal', '/cwd/news.db-shm', '/cwd/news.db-journal']
 */
export function storeFiles(location: string): readonly string[] {
  if (location === ':memory:' || /^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return [];
  const file = resolve(location);
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/** The skip of a file that belongs to the store being written. */
export const STORE_FILE: Skip = { ruleId: 'store-file', reason: "the store's own file, not an article" };
