// Bundles the web UI into dist/web: app.js (Preact + our code), app.css and index.html.
// Run by `npm run build:web` (and so by `prepare`): nothing is fetched, everything is local.
/* global process, console */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'web');
mkdirSync(out, { recursive: true });

try {
  await build({
    entryPoints: [join(here, 'src', 'main.tsx')],
    outfile: join(out, 'app.js'),
    bundle: true,
    minify: process.argv.includes('--dev') ? false : true,
    sourcemap: true,
    format: 'esm',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'eof',
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
  for (const file of ['app.css', 'favicon.svg']) copyFileSync(join(here, file), join(out, file));
  console.log(`web UI built into ${out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
