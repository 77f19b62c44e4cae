import type { Command } from '../command.js';
import { conflictsMark } from './conflicts-mark.js';
import { entitiesEdit } from './entities-edit.js';
import { CliError } from '../errors.js';
import { wholeNumber } from '../options.js';
import { FILTER_HELP, FILTER_OPTIONS, claimFilter, readCommand } from '../read-command.js';
import {
  conflictsText,
  entitiesText,
  entityText,
  seriesText,
  storiesText,
  timelineText,
} from '../../report/ledger-text.js';

const COMMON_HELP = `  --db FILE        the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --json           print JSON (the shapes of the HTTP API)
  -h, --help       this text`;

export const storiesCommand: Command = readCommand({
  name: 'stories',
  usage: 'stories [--limit N] [--offset N]',
  summary: 'the developing stories found across the stored articles',
  help: `Usage: claimline stories [--limit N] [--offset N] [--json] [--db FILE]

Articles clustered into developing stories, largest first: id, size, publication span, label
and outlets. Use an id with \`claimline timeline --story ID\`.

Options:
  --limit N        at most N stories (default 50)
  --offset N       skip the first N
${COMMON_HELP}`,
  options: { limit: { type: 'string' }, offset: { type: 'string' } },
  async body(q, values) {
    const page = await q.stories({
      limit: wholeNumber(values.limit as string | undefined, 'limit', 1) ?? 50,
      offset: wholeNumber(values.offset as string | undefined, 'offset', 0) ?? 0,
    });
    return { json: page, text: () => storiesText(page.items, page.total) };
  },
});

export const timelineCommand: Command = readCommand({
  name: 'timeline',
  usage: 'timeline [--story ID | --entity NAME]',
  summary: 'claims ordered by the time they refer to, one entry per event',
  help: `Usage: claimline timeline [--story ID | --entity NAME] [filters] [--json] [--db FILE]

The claims of a story, an entity or the whole store, ordered by the time they refer to (not
the publication date), granularity shown ("2018-11", "2019-12-23"). The same event reported by
several articles is one entry listing every source; conflicts are marked.

Options:
${FILTER_HELP}
${COMMON_HELP}`,
  options: FILTER_OPTIONS,
  async body(q, values) {
    const entries = await q.timeline(claimFilter(values));
    return { json: entries, text: () => timelineText(entries) };
  },
});

export const seriesCommand: Command = readCommand({
  name: 'series',
  usage: 'series [MEASURE]',
  summary: 'figures over time, grouped by what is counted and where',
  help: `Usage: claimline series [MEASURE] [filters] [--json] [--db FILE]

Quantity claims grouped into measures ("North Korean workers in Russia") with their points
over time, each with its source chain and approximation. MEASURE matches a label (substring,
case-insensitive) or a measure key; without it, every measure.

Options:
${FILTER_HELP}
${COMMON_HELP}`,
  options: FILTER_OPTIONS,
  async body(q, values, positionals) {
    const measure = positionals.join(' ').trim();
    const series = await q.series(measure || undefined, claimFilter(values));
    return { json: series, text: () => seriesText(series) };
  },
});

const conflictsList: Command = readCommand({
  name: 'conflicts',
  usage: 'conflicts [--story ID] | conflicts mark ID wrong|confirmed',
  summary: 'where sources disagree, each with its reason',
  help: `Usage: claimline conflicts [filters] [--json] [--db FILE]
       claimline conflicts mark ID wrong|confirmed [--note TEXT] (see \`claimline conflicts mark --help\`)

Claims that cannot all be true, each with its reason in words and the claims involved:
values that differ for one measure at overlapping times from independent sources; the same
statement dated differently; an assertion against a report that contradicts it; a commitment
with a deadline against what later reports show. A verdict you recorded with
\`conflicts mark\` is shown with its conflict.

Options:
${FILTER_HELP}
${COMMON_HELP}`,
  options: FILTER_OPTIONS,
  async body(q, values) {
    const conflicts = await q.conflicts(claimFilter(values));
    return { json: conflicts, text: () => conflictsText(conflicts) };
  },
});

/** `conflicts` lists; `conflicts mark` records a user's verdict. */
export const conflictsCommand: Command = {
  ...conflictsList,
  run: (args) => (args[0] === 'mark' ? conflictsMark(args) : conflictsList.run(args)),
};

const entitiesList: Command = readCommand({
  name: 'entities',
  usage: 'entities [QUERY] | entities merge|split ...',
  summary: 'people, organisations, outlets and places across articles',
  help: `Usage: claimline entities [QUERY] [--show] [--limit N] [--json] [--db FILE]
       claimline entities merge A B        (see \`claimline entities merge --help\`)
       claimline entities split ENTITY ... (see \`claimline entities split --help\`)

Canonical entities across the stored articles (names, aliases and transliterations linked),
most attested first; QUERY matches a word of a name or alias from its start ("ilich" finds
Ilichev). With --show, the best match in full: roles over time, why each alias belongs, and
what the entity said, in order.

Options:
  --show           the first match in full
  --limit N        at most N entities (default 50)
${COMMON_HELP}`,
  options: { show: { type: 'boolean' }, limit: { type: 'string' } },
  async body(q, values, positionals) {
    const query = positionals.join(' ').trim() || undefined;
    if (values.show) {
      if (!query) throw new CliError('--show needs a name');
      const detail = await q.entity(query);
      const first = detail ?? (await q.entities(query, { limit: 1 })).items[0];
      const shown = detail ?? (first ? await q.entity(first.id) : null);
      if (!shown) throw new CliError(`no entity matches '${query}'`);
      return { json: shown, text: () => entityText(shown) };
    }
    const page = await q.entities(query, {
      limit: wholeNumber(values.limit as string | undefined, 'limit', 1) ?? 50,
    });
    return { json: page, text: () => entitiesText(page.items, page.total) };
  },
});

/** `entities [QUERY]` lists and shows; `entities merge|split` records a user's decision. */
export const entitiesCommand: Command = {
  ...entitiesList,
  run: (args) => (args[0] === 'merge' || args[0] === 'split' ? entitiesEdit(args) : entitiesList.run(args)),
};
