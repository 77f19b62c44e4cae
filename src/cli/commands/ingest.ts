import { availableParallelism } from 'node:os';
import { enqueuePaths, isStoreError } from '../../engine/index.js';
import type { IngestSummary } from '../../engine/index.js';
import type { Command } from '../command.js';
import { countInputs } from '../count-inputs.js';
import { CliError, STORE_PROBLEM_EXIT } from '../errors.js';
import {
  DB_OPTION,
  loadConfig,
  openCommandEngine,
  parseCommandArgs,
  resolveDb,
  wholeNumber,
} from '../options.js';
import { terminalProgress } from '../progress.js';

const HELP = `Usage: claimline ingest PATH|URL... [--db FILE] [--json] [--workers N] [--allow-private]
       claimline ingest PATH... --db postgres://… --queue [--job-timeout S] [--json]

Reads, analyses and stores articles, then links them across articles: mirrors (copies of one
report), canonical entities and stories. PATH may be a file, a directory (read recursively), a
glob, or - for standard input; an http(s) URL is fetched (its final URL, fetch time and HTTP
Last-Modified are kept as evidence). Content already stored is recognised and not stored again (its
new source is recorded), so re-running an ingest is safe; an interrupted ingest leaves every
stored article whole, and re-running it completes the rest, linking included.

Options:
  --db FILE      the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --workers N    extraction threads (default: one per core; 0: no threads)
  --queue        PostgreSQL stores: enqueue the inputs for \`claimline worker\`s instead of
                 analysing them here
  --job-timeout S  with --queue: seconds a worker may take on a job before it counts as lost
                 and the job is retried by another worker (default 120)
  --json         print one JSON summary with every failure and the linking ("ledger"), no progress
  -v, --verbose  list each warning the analysis raised (their count is always shown)
  --allow-private  fetch URLs on loopback, private, link-local and metadata addresses, which
                 are refused by default (after DNS resolution, on every redirect)
  -h, --help     this text

Progress (count, rate, ETA, failures) is drawn on stderr when it is a terminal.
Exit code: 0 when every input was stored or already stored, 1 when any failed, 2 for usage errors,
3 when the store could not take writes (full disk, read-only, locked or damaged store).`;

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function summaryText(s: IngestSummary, db: string): string {
  const stored = `${s.added.toLocaleString('en-US')} new, ${s.existing.toLocaleString('en-US')} already stored`;
  const sources = s.newSources > 0 ? ` (${s.newSources} from new sources)` : '';
  const failed = s.failures > 0 ? `, ${s.failures} failed` : '';
  const skipped = s.skipped > 0 ? `, ${s.skipped} skipped (not articles)` : '';
  const warned = s.warnings > 0 ? `, ${count(s.warnings, 'warning', 'warnings')}` : '';
  const rate = s.seconds > 0 ? ` · ${(s.done / s.seconds).toFixed(1)} articles/s` : '';
  const words = `${s.words.toLocaleString('en-US')} words added in ${s.seconds.toFixed(1)} s${rate}`;
  const lines = [`${stored}${sources}${failed}${skipped}${warned} → ${db}`, words];
  const languages = Object.entries(s.languages ?? {}).sort((a, b) => b[1].stored - a[1].stored);
  // Every language stored, and how many of its articles were analysed: none is left silently unread.
  if (languages.length > 0)
    lines.push(
      `languages: ${languages
        .map(
          ([code, l]) =>
            `${code} ${l.stored} (${l.analysed === l.stored ? 'analysed' : l.analysed === 0 ? 'not analysed: stored and shown only' : `${l.analysed} analysed`})`,
        )
        .join(', ')}`,
    );
  const l = s.ledger;
  if (l) {
    const found =
      l.mirrorsFound > 0 ? `, ${l.mirrorsFound} new mirror${l.mirrorsFound === 1 ? '' : 's'}` : '';
    const bad = l.failed > 0 ? `, ${l.failed} could not be linked` : '';
    lines.push(
      `linked ${l.linked.toLocaleString('en-US')} in ${l.seconds.toFixed(1)} s${found}${bad}: ` +
        `${count(l.stories, 'story', 'stories')}, ${count(l.mirrors, 'mirror', 'mirrors')} in the store`,
    );
  }
  return lines.join('\n');
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'ingest PATH|URL... [--db FILE] [--json]',
  summary: 'analyse articles and store them (idempotent)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...DB_OPTION,
        json: { type: 'boolean', default: false },
        workers: { type: 'string' },
        queue: { type: 'boolean', default: false },
        'job-timeout': { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new CliError('no input given\n\n' + HELP);
    const config = loadConfig();
    const db = resolveDb(values.db, config);
    if (values.queue) return enqueueCommand(db, positionals, values);
    const workers = wholeNumber(values.workers, 'workers') ?? config.workers ?? availableParallelism();
    const showProgress = !values.json && process.stderr.isTTY === true;
    // Not linked on opening: the ingest's link phase links every pending article, and says so.
    const engine = await openCommandEngine(db, {
      link: false,
      fetch: { allowPrivate: values['allow-private'] },
    });
    const progress = showProgress ? terminalProgress(process.stderr) : null;
    const stop = new AbortController();
    // First Ctrl-C (or SIGTERM): stop reading, store what is in flight, stop linking after the
    // article in hand (what is linked stays; the rest links on the next run). A second one ends at once.
    const interrupt = () => {
      stop.abort();
      process.removeListener('SIGINT', interrupt);
      process.removeListener('SIGTERM', interrupt);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
    };
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    let summary: IngestSummary;
    try {
      summary = await engine.ingestPaths(positionals, {
        workers,
        total: showProgress ? await countInputs(positionals) : null,
        signal: stop.signal,
        ...(progress ? { onProgress: progress.update } : {}),
      });
    } finally {
      process.removeListener('SIGINT', interrupt);
      process.removeListener('SIGTERM', interrupt);
      progress?.done();
      await engine.close();
    }
    if (values.json) {
      process.stdout.write(
        JSON.stringify({ db, interrupted: stop.signal.aborted, ...summary }, null, 2) + '\n',
      );
    } else {
      for (const f of summary.skippedFiles) console.error(`skipped: ${f.source}: ${f.reason}`);
      if (values.verbose) {
        for (const w of summary.warned)
          console.error(`${w.severity}: ${w.source}: ${w.reason} [${w.ruleId}]`);
      }
      for (const f of summary.failed) console.error(`failed: ${f.source}: ${f.reason}`);
      if (summary.failures > summary.failed.length) {
        console.error(`... and ${summary.failures - summary.failed.length} more failures`);
      }
      if (stop.signal.aborted)
        console.error('interrupted: the articles above were stored; re-run to complete');
      if (summary.stopped)
        console.error(
          `claimline ingest: stopped: ${summary.stopped}; what is counted below was stored, re-run to complete`,
        );
      console.log(summaryText(summary, db));
    }
    if (summary.stopped) return STORE_PROBLEM_EXIT;
    return summary.failures > 0 || stop.signal.aborted ? 1 : 0;
  },
};

/** `ingest --queue`: enqueue the inputs for the store's workers. */
async function enqueueCommand(
  db: string,
  paths: readonly string[],
  values: { readonly json?: boolean; readonly 'job-timeout'?: string },
): Promise<number> {
  if (!/^postgres(ql)?:\/\//i.test(db))
    throw new CliError(`--queue needs a PostgreSQL store (--db postgres://…), not ${db}`);
  const jobTimeout = wholeNumber(values['job-timeout'], 'job-timeout', 1);
  let summary;
  try {
    summary = await enqueuePaths(db, paths, jobTimeout !== undefined ? { jobTimeout } : {});
  } catch (error) {
    if (isStoreError(error)) throw new CliError(error.message);
    throw error;
  }
  if (values.json) process.stdout.write(JSON.stringify({ db, queued: true, ...summary }, null, 2) + '\n');
  else {
    for (const f of summary.failed) console.error(`failed: ${f.source}: ${f.reason}`);
    console.log(
      `${summary.enqueued.toLocaleString('en-US')} enqueued for the workers in ${summary.seconds.toFixed(1)} s`,
    );
  }
  return summary.failed.length > 0 ? 1 : 0;
}
