import { isStoreError } from '../../store/errors.js';
import type { SearchHit } from '../../store/store.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import {
  DB_OPTION,
  loadConfig,
  openCommandStore,
  parseCommandArgs,
  resolveDb,
  wholeNumber,
} from '../options.js';

const HELP = `Usage: claimline search QUERY [--json] [--limit N] [--db FILE]

Full-text search over the stored articles' titles, texts and claims. QUERY uses SQLite FTS5
syntax: words (all must match), "exact phrases", OR, NOT, prefix*, NEAR(a b, 5),
title:word. Words match without their accents ("Zurich" finds "Zürich").

Options:
  --limit N    at most N articles, best first (default 20)
  --db FILE    the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --json       { "query", "hits": [{ id, title, outlet, published, sources, snippet, rank }] }
  -h, --help   this text`;

function hitText(hit: SearchHit, i: number): string {
  const where = [hit.outlet ?? 'outlet unknown', hit.published ?? 'date unknown', hit.sources[0] ?? ''];
  const more = hit.sources.length > 1 ? ` (+${hit.sources.length - 1} more)` : '';
  return [
    `${i + 1}. ${hit.title ?? '(no title)'}`,
    `   ${where.filter(Boolean).join(' · ')}${more} · id ${hit.id.slice(0, 12)}`,
    `   ${hit.snippet.replace(/\s+/g, ' ').trim()}`,
  ].join('\n');
}

export const searchCommand: Command = {
  name: 'search',
  usage: 'search QUERY [--json] [--limit N]',
  summary: 'full-text search of the stored articles',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...DB_OPTION,
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const query = positionals.join(' ');
    if (query.trim() === '') throw new CliError('no query given\n\n' + HELP);
    const limit = wholeNumber(values.limit, 'limit', 1) ?? 20;
    const db = resolveDb(values.db, loadConfig());
    const store = await openCommandStore(db, { create: false });
    // Matches are shown in bold on a terminal, between [brackets] elsewhere.
    const mark: [string, string] =
      !values.json && process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
    let hits: readonly SearchHit[];
    try {
      hits = await store.search(query, { limit, mark });
    } catch (error) {
      if (isStoreError(error, 'query'))
        throw new CliError(`${error.message}\n(see \`claimline search --help\` for the syntax)`);
      throw error;
    } finally {
      await store.close();
    }
    if (values.json) {
      process.stdout.write(JSON.stringify({ query, hits }, null, 2) + '\n');
    } else if (hits.length === 0) {
      console.log(`no articles match ${JSON.stringify(query)} in ${db}`);
    } else {
      console.log(hits.map(hitText).join('\n\n'));
    }
    return 0;
  },
};
