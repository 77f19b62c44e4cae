/**
 * The benchmark harness (`npm run bench`): runs every suite in bench/suites, prints figures and
 * ratios against baselines measured in the same run, and writes bench/results.json.
 * `npm run bench -- pipeline` runs only the suites whose name contains the argument.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult, BenchSuite } from './suite.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env['CLAIMLINE_SHARED'] ?? join(here, '..', '..', 'shared'));
const scratch = join(here, '..', '.tmp', 'bench');

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(join(here, 'suites'))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  // A filtered run replaces only its own suites' figures; each suite keeps the date it was measured.
  const resultsFile = join(here, 'results.json');
  const previous = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: Record<string, BenchResult> }).results
    : undefined;
  const results: Record<string, BenchResult & { measured?: string }> = { ...(previous ?? {}) };
  const today = new Date().toISOString().slice(0, 10);
  for (const file of files) {
    const { suite } = (await import(join(here, 'suites', file))) as { suite?: BenchSuite };
    if (!suite || (filter && !suite.name.includes(filter))) continue;
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    console.log(`\n## ${suite.name}`);
    const result = await suite.run({ shared, scratch });
    for (const note of result.notes) console.log(`  ${note}`);
    for (const row of result.rows)
      console.log(`  ${row.label.padEnd(52)} ${fmt(row.value).padStart(12)} ${row.unit}`);
    for (const r of result.ratios) {
      const verdict =
        r.target === undefined ? '' : r.ratio >= r.target ? '  (meets target)' : '  (BELOW TARGET)';
      console.log(
        `  ${r.label.padEnd(52)} ${r.ratio.toFixed(2).padStart(12)} ×${r.target ? ` target ≥ ${r.target}` : ''}${verdict}`,
      );
    }
    results[suite.name] = { ...result, measured: today };
  }
  writeFileSync(resultsFile, JSON.stringify({ measured: today, results }, null, 2) + '\n');
}

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
}

await main();
