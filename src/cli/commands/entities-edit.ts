import { foldName } from '../../engine/index.js';
import type { CanonicalEntity, Ledger, LedgerChange } from '../../engine/index.js';
import { CliError } from '../errors.js';
import { DB_OPTION, loadConfig, openCommandEngine, parseCommandArgs, resolveDb } from '../options.js';

const HELP = `Usage: claimline entities merge A B [--note TEXT] [--db FILE] [--json]
       claimline entities split ENTITY --article ID [--mention TEXT] [--note TEXT] [--db FILE] [--json]

Corrects the cross-article entities by hand. A decision is stored and applied at once, and
replayed whenever the links are rebuilt; the answer says what changed.

  merge    A and B are one entity (e.g. two spellings the linker kept apart).
  split    what ENTITY holds in article ID is another entity, never to be linked with it again;
           with --mention, only its mentions of those words ("Kim") are taken out.

ENTITY, A and B are canonical entity ids (entity-...) or names or aliases ("Ilyichev"); a name
that fits several entities is refused with the list of their ids. ID may be an article id or
its first characters (at least 6).

Options:
  --article ID    the article whose part of ENTITY leaves it (split)
  --mention TEXT  only the mentions with these words (split)
  --note TEXT     why, kept with the decision
  --db FILE       the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --json          print the change as JSON: { changed, summary, decision, entities }
  -h, --help      this text

Exit code: 0 when something changed, 1 when nothing did (the reason is printed), 2 for usage errors.`;

/** The one live entity a user means by an id or a name; a usage error when none or several. */
async function pick(ledger: Ledger, given: string): Promise<CanonicalEntity> {
  const byId = (await ledger.entity(given))?.entity;
  if (byId) return byId;
  const found = await ledger.findEntities(given);
  const exact = found.filter((e) => foldName(e.name) === foldName(given));
  const only = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  if (only) return only;
  if (found.length === 0)
    throw new CliError(`no entity is named “${given}” (try \`claimline entities ${given}\`)`);
  const list = found
    .slice(0, 10)
    .map((e) => `  ${e.id}  ${e.name} (${e.type}, ${e.units} unit${e.units === 1 ? '' : 's'})`);
  throw new CliError(`“${given}” names ${found.length} entities; give one id:\n${list.join('\n')}`);
}

/** The article a user means among those where the entity appears, by id or id prefix. */
async function pickArticle(ledger: Ledger, entity: CanonicalEntity, given: string): Promise<string> {
  const articles = [...new Set((await ledger.entity(entity.id))?.units.map((u) => u.unit.article) ?? [])];
  if (articles.includes(given)) return given;
  const matches = given.length >= 6 ? articles.filter((a) => a.startsWith(given)) : [];
  if (matches.length === 1 && matches[0]) return matches[0];
  const listed = articles.slice(0, 10).map((a) => `  ${a}`);
  throw new CliError(
    `“${entity.name}” (${entity.id}) has nothing in an article ${given}${matches.length > 1 ? ' (several ids start so)' : ''}; it appears in:\n${listed.join('\n')}`,
  );
}

function print(change: LedgerChange, json: boolean): number {
  if (json) console.log(JSON.stringify(change, null, 2));
  else if (change.changed) console.log(change.summary);
  else console.error(`nothing changed: ${change.summary}`);
  return change.changed ? 0 : 1;
}

/**
 * `claimline entities merge|split ...`: the handler the `entities` command dispatches to for its
 * editing verbs. `argv` starts with the verb.
 *
 * @example await entitiesEdit(['merge', 'Ilichev', 'Ilyichev', '--db', 'news.db']) // 0
 */
export async function entitiesEdit(argv: readonly string[]): Promise<number> {
  const [verb, ...args] = argv;
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...DB_OPTION,
      json: { type: 'boolean', default: false },
      article: { type: 'string' },
      mention: { type: 'string' },
      note: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    HELP,
  );
  if (values.help || verb === undefined || verb === '--help' || verb === '-h') {
    console.log(HELP);
    return 0;
  }
  if (verb !== 'merge' && verb !== 'split') throw new CliError(`unknown verb '${verb}'\n\n${HELP}`);
  const wanted = verb === 'merge' ? 2 : 1;
  if (positionals.length !== wanted) {
    throw new CliError(`${verb} takes ${wanted === 2 ? 'two entities' : 'one entity'}\n\n${HELP}`);
  }
  if (verb === 'split' && values.article === undefined)
    throw new CliError(`split needs --article ID\n\n${HELP}`);
  // Opening links whatever an interrupted ingest left: decisions name units of linked articles.
  const engine = await openCommandEngine(resolveDb(values.db, loadConfig()), { create: false });
  try {
    const { ledger } = engine;
    const note = values.note;
    if (verb === 'merge') {
      const a = await pick(ledger, positionals[0] ?? '');
      const b = await pick(ledger, positionals[1] ?? '');
      return print(await engine.merge(a.id, b.id, note), values.json);
    }
    const entity = await pick(ledger, positionals[0] ?? '');
    const article = await pickArticle(ledger, entity, values.article ?? '');
    const part = values.mention === undefined ? { article } : { article, mention: values.mention };
    return print(await engine.split(entity.id, part, note), values.json);
  } finally {
    await engine.close();
  }
}
