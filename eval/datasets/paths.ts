import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository (override with CLAIMLINE_SHARED). */
export const SHARED = resolve(
  process.env['CLAIMLINE_SHARED'] ??
    join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared'),
);

/** The path of a dataset folder under ../shared/datasets, or null when it is absent. */
export function datasetDir(name: string): string | null {
  const dir = join(SHARED, 'datasets', name);
  return existsSync(dir) ? dir : null;
}

/** The reason a test or suite skips when the shared data is absent (a user's clone). */
export function absentReason(what: string): string {
  return `${what} is absent (../shared is only present in CI and on the team's machines)`;
}
