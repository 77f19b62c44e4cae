/**
 * The evaluation harness (`npm run eval`): runs every suite whose data is present in
 * ../shared/datasets, prints P/R/F1 tables beside the published reference figures, writes
 * eval/results.json, and fails when a figure falls below its floor in eval/floors.json.
 * `npm run eval -- tempeval3` runs only the suites whose name contains the argument.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSuite, Figure, SuiteResult } from './suite.js';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = resolve(process.env['CLAIMLINE_DATASETS'] ?? join(here, '..', '..', 'shared', 'datasets'));
const floorsPath = join(here, 'floors.json');
const resultsPath = join(here, 'results.json');

async function loadSuites(): Promise<EvalSuite[]> {
  const files = readdirSync(join(here, 'suites'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  const suites: EvalSuite[] = [];
  for (const file of files) {
    const mod = (await import(join(here, 'suites', file))) as { suite?: EvalSuite };
    if (mod.suite) suites.push(mod.suite);
  }
  return suites;
}

const pct = (n: number) => n.toFixed(2).padStart(6);

function printResult(suite: EvalSuite, result: SuiteResult): void {
  console.log(`\n## ${suite.name}  (${suite.dataset})`);
  if (result.status === 'skipped') {
    console.log(`skipped: ${result.reason}`);
    return;
  }
  for (const note of result.notes) console.log(`  ${note}`);
  for (const table of result.tables) {
    console.log(`\n  ${table.title}`);
    console.log(`  ${'category'.padEnd(30)}      P      R     F1  support`);
    for (const row of table.rows) {
      console.log(
        `  ${row.label.padEnd(30)} ${pct(row.precision)} ${pct(row.recall)} ${pct(row.f1)}  ${row.support ?? ''}`,
      );
    }
  }
  console.log('');
  for (const f of result.figures) {
    const refs = Object.entries(f.reference ?? {})
      .map(([who, v]) => `${who} ${v}`)
      .join(', ');
    console.log(`  ${f.label.padEnd(44)} ${pct(f.value)}${refs ? `   (published: ${refs})` : ''}`);
  }
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const floors: Record<string, number> = existsSync(floorsPath)
    ? (JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, number>)
    : {};
  const previous: Record<string, unknown> = existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, unknown>)
    : {};
  const suites = (await loadSuites()).filter((s) => !filter || s.name.includes(filter));
  const figures: Figure[] = [];
  const summary: Record<string, unknown> = { ...(filter ? (previous['suites'] as object) : {}) };
  if (!existsSync(datasets)) console.log(`datasets folder ${datasets} is absent: every suite is skipped`);
  for (const suite of suites) {
    const started = performance.now();
    const result = await suite.run({ datasets });
    printResult(suite, result);
    summary[suite.name] =
      result.status === 'skipped'
        ? { status: 'skipped', reason: result.reason }
        : {
            status: 'ok',
            seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
            notes: result.notes,
            figures: Object.fromEntries(result.figures.map((f) => [f.key, Number(f.value.toFixed(2))])),
            tables: result.tables,
          };
    if (result.status === 'ok') figures.push(...result.figures);
  }
  writeFileSync(
    resultsPath,
    JSON.stringify({ measured: new Date().toISOString().slice(0, 10), suites: summary }, null, 2) + '\n',
  );
  const failures = figures.filter((f) => floors[f.key] !== undefined && f.value < (floors[f.key] ?? 0));
  console.log(`\nwrote ${resultsPath}`);
  for (const f of failures) console.error(`BELOW FLOOR: ${f.key} = ${f.value.toFixed(2)} < ${floors[f.key]}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
