import { CliError } from '../errors.js';
import { DB_OPTION, loadConfig, openCommandEngine, parseCommandArgs, resolveDb } from '../options.js';
import { conflictsText } from '../../report/ledger-text.js';

const HELP = `Usage: claimline conflicts mark ID wrong|confirmed [--note TEXT] [--db FILE] [--json]

Records your verdict on a conflict: "wrong" (the claims do not really disagree: the conflict
then marks no claim in timelines and series) or "confirmed". The verdict is stored, shown with
the conflict, and kept when the links are rebuilt; the latest verdict on a conflict holds.

ID is a conflict id as \`claimline conflicts\` prints it, or its first characters (at least 6).

Options:
  --note TEXT     why, kept with the verdict
  --db FILE       the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --json          print the conflict as JSON, with its decision
  -h, --help      this text

Exit code: 0 when recorded, 1 when no conflict has this id, 2 for usage errors.`;

/**
 * \`claimline conflicts mark ID wrong|confirmed\`: the handler the \`conflicts\` command dispatches
 * to for its verb. \`argv\` starts with the verb.
 *
 * @example await conflictsMark(['mark', '3f2a9c', 'wrong', '--note', 'two measures']) // 0
 */
export async function conflictsMark(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv.slice(1),
    {
      ...DB_OPTION,
      json: { type: 'boolean', default: false },
      note: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    HELP,
  );
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [id, verdict, ...rest] = positionals;
  if (id === undefined || verdict === undefined || rest.length > 0)
    throw new CliError(`mark takes a conflict id and a verdict\n\n${HELP}`);
  if (verdict !== 'wrong' && verdict !== 'confirmed')
    throw new CliError(`the verdict is "wrong" or "confirmed", not '${verdict}'\n\n${HELP}`);
  const engine = await openCommandEngine(resolveDb(values.db, loadConfig()), { create: false });
  try {
    const judged = await engine.judgeConflict(id, verdict, values.note);
    if (!judged) {
      console.error(`nothing changed: no conflict has the id ${id} (see \`claimline conflicts\`)`);
      return 1;
    }
    console.log(values.json ? JSON.stringify(judged, null, 2) : conflictsText([judged]));
    return 0;
  } finally {
    await engine.close();
  }
}
