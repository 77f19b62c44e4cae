import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * How to start a worker whose entry module sits beside the caller, whether the code runs
 * compiled from `dist/` (the entry is `.js`) or from source under vitest or tsx (the entry is
 * `.ts`). A worker thread does not inherit vitest's transform, so from source the bootstrap
 * registers tsx in the worker before importing the entry. The bootstrap (`eval: true`) uses only
 * dynamic imports, so it runs whether Node evaluates it as CommonJS (the default) or as a module
 * (when the parent was started with `--input-type=module`, which workers inherit).
 */
const BOOTSTRAP = `
import('node:worker_threads').then(async ({ workerData }) => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
});
`;

export interface WorkerScript {
  /** The bootstrap source, for `new Worker(code, { eval: true, workerData })`. */
  readonly code: string;
  /** Entry URL and, from source, the tsx loader to register: merged into the worker's data. */
  readonly data: { readonly entry: string; readonly tsx: string | null };
  readonly fromSource: boolean;
}

/**
 * The script that starts the worker module `name` (without extension) found next to `base`
 * (the caller's `import.meta.url`).
 *
 * @example workerScript(import.meta.url, 'extract-worker')
 */
export function workerScript(base: string, name: string): WorkerScript {
  const fromSource = fileURLToPath(base).endsWith('.ts');
  const entry = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, base).href;
  // tsx is a development dependency: only looked up when running from source.
  const tsx = fromSource ? tsxApi(base) : null;
  return { code: BOOTSTRAP, data: { entry, tsx }, fromSource };
}

/**
 * The ES module build of tsx's registration API. `require.resolve` would give its CommonJS
 * build, which cannot register ESM hooks, so the `import` condition is read from the package's
 * own exports map.
 */
function tsxApi(base: string): string {
  const manifest = createRequire(base).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const api = pkg.exports['./esm/api'];
  const file = typeof api === 'object' ? api.import?.default : undefined;
  if (!file) throw new Error('tsx has no ES module API: cannot start workers from TypeScript source');
  return pathToFileURL(join(dirname(manifest), file)).href;
}
