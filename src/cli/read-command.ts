import type { ClaimFilter, Modality, Queries } from '../engine/index.js';
import type { Command } from './command.js';
import { CliError } from './errors.js';
import { DB_OPTION, loadConfig, openCommandEngine, parseCommandArgs, resolveDb } from './options.js';

/** Options every read command takes. */
export const READ_OPTIONS = {
  ...DB_OPTION,
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options that narrow claims (timeline, series, conflicts, export). */
export const FILTER_OPTIONS = {
  story: { type: 'string' },
  entity: { type: 'string' },
  source: { type: 'string' },
  outlet: { type: 'string' },
  modality: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export const FILTER_HELP = `  --story ID       only this story's articles (ids from \`claimline stories\`)
  --entity NAME    claims by or about this entity (name, alias or id)
  --source NAME    claims this entity made
  --outlet NAME    claims published by this outlet
  --modality M     asserted | planned | hedged | denied
  --from DATE      claims referring to DATE or later (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE        ... or earlier`;

const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'hedged', 'denied'];
const DATE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

/** The claim filter of the parsed options, refusing malformed values with a usage error. */
export function claimFilter(values: Readonly<Record<string, unknown>>): ClaimFilter {
  const text = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const modality = text('modality');
  if (modality !== undefined && !MODALITIES.includes(modality as Modality))
    throw new CliError(`--modality must be one of ${MODALITIES.join(', ')}, not '${modality}'`);
  for (const k of ['from', 'to']) {
    const v = text(k);
    if (v !== undefined && !DATE.test(v))
      throw new CliError(`--${k} must be YYYY, YYYY-MM or YYYY-MM-DD, not '${v}'`);
  }
  const filter: Record<string, string> = {};
  for (const k of ['story', 'entity', 'source', 'outlet', 'modality', 'from', 'to']) {
    const v = text(k);
    if (v !== undefined) filter[k] = v;
  }
  return filter as ClaimFilter;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * A read command: parses its options, opens the store (which must exist) and its queries,
 * runs `body`, prints what it returns (JSON with `--json`, else text) and closes the store.
 */
export function readCommand<O extends Record<string, { type: 'string' | 'boolean' }>>(spec: {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly help: string;
  readonly options?: O;
  readonly body: (
    queries: Queries,
    values: Values,
    positionals: readonly string[],
  ) => Promise<{ readonly json: unknown; readonly text: () => string }>;
}): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    summary: spec.summary,
    async run(args) {
      const { values, positionals } = parseCommandArgs(
        args,
        { ...READ_OPTIONS, ...(spec.options ?? {}) },
        spec.help,
      );
      if (values.help) {
        console.log(spec.help);
        return 0;
      }
      const engine = await openCommandEngine(resolveDb(values.db as string | undefined, loadConfig()), {
        create: false,
      });
      try {
        // A filter naming no such story or entity is an error, not an empty answer.
        const { story, entity } = values as Values;
        if (typeof story === 'string' && !(await engine.queries.story(story)))
          throw new CliError(`no story with id "${story}" (ids from \`claimline stories\`)`, 1);
        if (typeof entity === 'string' && !(await engine.queries.entity(entity)))
          throw new CliError(`no entity "${entity}" (see \`claimline entities\`)`, 1);
        const result = await spec.body(engine.queries, values as Values, positionals);
        process.stdout.write(
          values.json ? JSON.stringify(result.json, null, 2) + '\n' : result.text() + '\n',
        );
      } finally {
        await engine.close();
      }
      return 0;
    },
  };
}
