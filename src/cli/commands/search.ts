import { isStoreError } from '../../engine/index.js';
import type { Page, SearchHit } from '../../engine/index.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import {
  DB_OPTION,
  loadConfig,
  openCommandEngine,
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
  --json       the page of hits the API answers: { items: [{ article, snippet, score }], total, … }
  -h, --help   this text`;

function hitText(hit: SearchHit, i: number, mark: readonly [string, string]): string {
  const { article } = hit;
  const where = [article.outlet ?? 'outlet unknown', article.published ?? 'date unknown', article.source];
  const snippet = hit.snippet.map((s) => (s.match ? `${mark[0]}${s.text}${mark[1]}` : s.text)).join('');
  return [
    `${i + 1}. ${article.title ?? '(no title)'}`,
    `   ${where.filter(Boolean).join(' · ')} · id ${article.id.slice(0, 12)}`,
    `   ${snippet.replace(/\s+/g, ' ').trim()}`,
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
    const engine = await openCommandEngine(db, { create: false });
    // Matches are shown in bold on a terminal, between [brackets] elsewhere.
    const mark: [string, string] = process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
    let hits: Page<SearchHit>;
    try {
      hits = await engine.queries.search(query, { limit });
    } catch (error) {
      if (isStoreError(error, 'query'))
        throw new CliError(`${error.message}\n(see \`claimline search --help\` for the syntax)`);
      throw error;
    } finally {
      await engine.close();
    }
    if (values.json) {
      process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
    } else if (hits.items.length === 0) {
      console.log(`no articles match ${JSON.stringify(query)} in ${db}`);
    } else {
      console.log(hits.items.map((hit, i) => hitText(hit, i, mark)).join('\n\n'));
    }
    return 0;
  },
};
