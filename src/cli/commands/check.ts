import type { StoreCheck } from '../../engine/index.js';
import type { Command } from '../command.js';
import { CliError, STORE_PROBLEM_EXIT } from '../errors.js';
import { DB_OPTION, loadConfig, openCommandEngine, parseCommandArgs, resolveDb } from '../options.js';

const HELP = `Usage: claimline check [--db FILE|URL] [--json]

Checks a store — SQLite: its integrity check and the full-text index's; PostgreSQL: rows of no
article, articles with no source or left out of the search index, JSON that does not parse, and
amcheck's index check where the extension is installed — then counts what it holds (articles,
sources, records, linked and pending articles, stories, entities, mirrors).

Options:
  --db FILE   the store, a file or a postgres:// URL (default: "db" in ./claimline.config.json, else ./claimline.db)
  --json      print the result as JSON
  -h, --help  this text

Exit code: 0 when the store is sound, 3 when it is damaged (or cannot be opened), 2 for usage errors.`;

function text(c: StoreCheck): string {
  const s = c.stats;
  const records = Object.entries(s.records)
    .map(([layer, n]) => `${n.toLocaleString('en-US')} ${layer}`)
    .join(', ');
  const l = c.ledger;
  const verdict =
    c.problems === null
      ? `no integrity check offered by ${c.backend}`
      : c.problems.length === 0
        ? 'integrity: ok'
        : `integrity: ${c.problems.length} problem(s):\n${c.problems.map((p) => `  ${p}`).join('\n')}`;
  return [
    `${c.location} (${c.backend}, schema version ${s.schemaVersion})`,
    verdict,
    `${s.articles.toLocaleString('en-US')} articles from ${s.sources.toLocaleString('en-US')} sources; ${records}`,
    `ledger: ${l.linked} linked, ${l.pending} pending, ${l.failed} failed; ${l.stories} stories, ${l.entities} entities, ${l.mirrors} mirrors`,
  ].join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check [--db FILE] [--json]',
  summary: 'check a store’s integrity and count what it holds',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ...DB_OPTION, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`unexpected argument '${positionals[0]}'\n\n${HELP}`);
    const db = resolveDb(values.db, loadConfig());
    let engine;
    try {
      engine = await openCommandEngine(db, { create: false, link: false });
    } catch (error) {
      // A file that is not a database (or a damaged one) cannot even be opened: that is the answer.
      if (error instanceof CliError && /not a database|malformed|corrupt/i.test(error.message))
        throw new CliError(`${db} is damaged: ${error.message}`, STORE_PROBLEM_EXIT);
      throw error;
    }
    try {
      const result = await engine.check();
      process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : text(result) + '\n');
      return result.problems && result.problems.length > 0 ? STORE_PROBLEM_EXIT : 0;
    } finally {
      await engine.close();
    }
  },
};
