import { writeFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { loadConfig, openCommandEngine, parseCommandArgs, resolveDb } from '../options.js';
import { FILTER_HELP, FILTER_OPTIONS, READ_OPTIONS, claimFilter } from '../read-command.js';
import type { ClaimFilter, ClaimView, Queries } from '../../engine/index.js';
import { claimsCsv } from '../../report/export-csv.js';
import { memoMarkdown } from '../../report/export-md.js';

const HELP = `Usage: claimline export --format json|csv|md [filters] [--out FILE] [--db FILE]

Exports the ledger of a story (--story ID) or of the whole store:
  json  { stories, timeline, series, conflicts, claims } in the shapes of the HTTP API
  csv   one row per claim: source chain, times, quantities, text and its span
  md    a Markdown report to paste into a memo: timeline, figures, conflicts

Options:
  --format F       json, csv or md (required)
  --out FILE       write there instead of standard output
${FILTER_HELP}
  --db FILE        the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  -h, --help       this text`;

export const exportCommand: Command = {
  name: 'export',
  usage: 'export --format json|csv|md',
  summary: 'the ledger as JSON, CSV or a Markdown memo',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { ...READ_OPTIONS, ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const format = values.format;
    if (format !== 'json' && format !== 'csv' && format !== 'md')
      throw new CliError(`--format must be json, csv or md${format ? `, not '${format}'` : ''}\n\n${HELP}`);
    const filter = claimFilter(values);
    const engine = await openCommandEngine(resolveDb(values.db, loadConfig()), { create: false });
    let output: string;
    try {
      const q = engine.queries;
      const story = filter.story ? await q.story(filter.story) : null;
      if (filter.story && !story)
        throw new CliError(`no story '${filter.story}' (see \`claimline stories\`)`);
      if (format === 'csv') {
        output = claimsCsv(await allClaims(q, filter));
      } else {
        const [timeline, series, conflicts] = [
          await q.timeline(filter),
          await q.series(undefined, filter),
          await q.conflicts(filter),
        ];
        if (format === 'json') {
          const stories = story ? [story] : (await q.stories({ limit: 1000 })).items;
          const claims = await allClaims(q, filter);
          output = JSON.stringify({ stories, timeline, series, conflicts, claims }, null, 2) + '\n';
        } else {
          const title = story?.label ?? 'Claimline ledger';
          output = memoMarkdown({
            title,
            story,
            timeline,
            series,
            conflicts,
            generated: new Date().toISOString().slice(0, 10),
          });
        }
      }
    } finally {
      await engine.close();
    }
    if (values.out) writeFileSync(values.out, output);
    else process.stdout.write(output);
    return 0;
  },
};

/** Every claim the filter selects, a page at a time, claims of one time in key order. */
async function allClaims(q: Queries, filter: ClaimFilter): Promise<ClaimView[]> {
  const all: ClaimView[] = [];
  for (;;) {
    const page = await q.claims(filter, { offset: all.length, limit: 1000 });
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.total) return tiesByKey(all);
  }
}

/**
 * The claims in their given order, each run of claims referring to the same time put in key
 * order: the whole store's order breaks such ties by storage order, which depends on how many
 * workers stored the articles, and an export of the same files must not.
 */
export function tiesByKey(claims: readonly ClaimView[]): ClaimView[] {
  const out: ClaimView[] = [];
  for (let start = 0; start < claims.length;) {
    const time = claims[start]?.times.refers?.value ?? null;
    let end = start + 1;
    while (end < claims.length && (claims[end]?.times.refers?.value ?? null) === time) end++;
    out.push(...claims.slice(start, end).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
    start = end;
  }
  return out;
}
