import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { isStoreError, openEngine } from '../engine/index.js';
import type { Engine, EngineOptions } from '../engine/index.js';
import { CliError } from './errors.js';

/** The file commands read their defaults from, in the working directory. */
export const CONFIG_FILE = 'claimline.config.json';
export const DEFAULT_DB = 'claimline.db';

/**
 * What a config file may set: `{ "db": "data/news.db", "workers": 2 }` (paths relative to the
 * file), or a database URL: `{ "db": "postgres://localhost/news" }`.
 */
export interface Config {
  readonly db: string;
  readonly workers?: number;
}

/** The `--db` option, for every command's parseArgs options. */
export const DB_OPTION = { db: { type: 'string' } } as const;

/**
 * Reads `claimline.config.json` from `cwd` when it exists; a malformed one is a usage error.
 *
 * @example loadConfig('/work/project').db // '/work/project/claimline.db'
 */
export function loadConfig(cwd: string = process.cwd()): Config {
  const file = join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return { db: join(cwd, DEFAULT_DB) };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new CliError(`${file}: expected an object`);
  const { db, workers } = raw as Record<string, unknown>;
  if (db !== undefined && typeof db !== 'string')
    throw new CliError(`${file}: "db" must be a path or a database URL`);
  if (workers !== undefined && !(Number.isInteger(workers) && (workers as number) >= 0)) {
    throw new CliError(`${file}: "workers" must be a whole number ≥ 0`);
  }
  return {
    db: db !== undefined && isUrl(db) ? db : resolve(dirname(file), db ?? DEFAULT_DB),
    ...(workers !== undefined ? { workers: workers as number } : {}),
  };
}

/** The store (a path or a database URL): `--db` wins over the config file, which wins over ./claimline.db. */
export function resolveDb(flag: string | undefined, config: Config): string {
  if (flag === undefined) return config.db;
  return isUrl(flag) ? flag : resolve(flag);
}

/** A database URL (`postgres://…`) rather than a file path. */
function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

/** Parses a whole-number option, refusing anything else with a usage error. */
export function wholeNumber(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(`--${name} must be a whole number ≥ ${min}, not '${value}'`);
  return n;
}

/**
 * Opens the engine over the store for a command; store problems a user can fix (no store yet, a
 * newer schema, not a database) become usage errors without a stack trace.
 */
export async function openCommandEngine(location: string, options: EngineOptions = {}): Promise<Engine> {
  try {
    return await openEngine(location, options);
  } catch (error) {
    if (isStoreError(error)) throw new CliError(error.message);
    throw error;
  }
}

/**
 * `parseArgs` for commands: an unknown or malformed option is a usage error with the command's
 * help, not a stack trace.
 *
 * @example const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, HELP)
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  help: string,
) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
  }
}
