import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, extractPaths, hasFatal } from '../../engine/index.js';
import type { Article } from '../../engine/index.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { articleJson } from '../../report/article-json.js';
import { articleText, messageLine } from '../../report/article-text.js';

const HELP = `Usage: claimline extract FILE... [--json] [--max-bytes N]

Reads the articles and prints, for each, its metadata, sentences and time expressions (and every
later layer) without storing anything. FILE may be a file, a folder (read recursively), a glob
(quote it: 'docs/*.txt'), or - for standard input. Formats are detected by content: plain text,
HTML, JSON, JSON Lines, RSS and Atom feeds (see docs/formats.md).

Options:
  --json           one JSON document: { "articles": [...] }, messages inside each article
  --max-bytes N    the largest input read whole (default ${DEFAULT_MAX_BYTES} bytes; JSON Lines
                   is streamed and the limit applies to each line)
  -h, --help       this text

The readable report goes to standard output, each article's messages (problems, warnings) to
standard error.

Exit code: 0 when every input was read, 1 when any failed (it is named on standard error),
2 for a usage error.`;

export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract FILE... [--json]',
  summary: 'analyse articles and print the result, storing nothing',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          'max-bytes': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new CliError('no input given\n\n' + HELP);
    const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new CliError(`--max-bytes takes a positive whole number of bytes, not '${values['max-bytes']}'`);
    }
    const articles = extractPaths(positionals, maxBytes === undefined ? {} : { maxBytes });
    const failed = values.json ? await printJson(articles) : await printText(articles);
    return failed > 0 ? 1 : 0;
  },
};

/** Reports to standard output, messages to standard error; resolves to the number of failed inputs. */
async function printText(articles: AsyncIterable<Article>): Promise<number> {
  let failed = 0;
  for await (const article of articles) {
    for (const m of article.messages) process.stderr.write(messageLine(m) + '\n');
    if (hasFatal(article.messages)) failed++;
    else process.stdout.write(articleText(article) + '\n');
  }
  return failed;
}

/** One JSON document, written article by article so that a long batch is not held in memory. */
async function printJson(articles: AsyncIterable<Article>): Promise<number> {
  let failed = 0;
  let first = true;
  process.stdout.write('{\n  "articles": [');
  for await (const article of articles) {
    if (hasFatal(article.messages)) failed++;
    const json = JSON.stringify(articleJson(article), null, 2).replace(/\n/g, '\n    ');
    process.stdout.write(`${first ? '' : ','}\n    ${json}`);
    first = false;
  }
  process.stdout.write(`${first ? '' : '\n  '}]\n}\n`);
  return failed;
}
