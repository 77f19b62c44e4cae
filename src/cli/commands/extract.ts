import { parseArgs } from 'node:util';
import { extract } from '../../engine/extract.js';
import { hasFatal } from '../../model/index.js';
import { createPipeline } from '../../pipeline/order.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { articleJson } from '../../report/article-json.js';
import { articleText } from '../../report/article-text.js';

const HELP = `Usage: claimline extract FILE... [--json]

Reads the articles and prints, for each, its metadata, sentences and time expressions (and every
later layer) without storing anything. FILE may be a file, a directory (read recursively), a glob,
or - for standard input.

Options:
  --json     one JSON document: { "articles": [...] }
  -h, --help this text

Exit code: 0 when every article was read, 1 when any failed.`;

export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract FILE... [--json]',
  summary: 'analyse articles and print the result, storing nothing',
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new CliError('no input given\n\n' + HELP);
    const pipeline = createPipeline();
    const out: unknown[] = [];
    let failed = 0;
    for await (const article of extract(pipeline, positionals)) {
      if (hasFatal(article.messages)) failed++;
      if (values.json) out.push(articleJson(article));
      else process.stdout.write(articleText(article) + '\n');
    }
    if (values.json) process.stdout.write(JSON.stringify({ articles: out }, null, 2) + '\n');
    return failed > 0 ? 1 : 0;
  },
};
