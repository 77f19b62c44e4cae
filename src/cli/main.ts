import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import {
  conflictsCommand,
  entitiesCommand,
  seriesCommand,
  storiesCommand,
  timelineCommand,
} from './commands/ledger.js';
import { exportCommand } from './commands/export.js';
import { serveCommand } from './commands/serve.js';
import { workerCommand } from './commands/worker.js';
import { watchCommand } from './commands/watch.js';
import { CliError } from './errors.js';
import type { Command } from './command.js';

const COMMANDS: readonly Command[] = [
  extractCommand,
  ingestCommand,
  watchCommand,
  storiesCommand,
  timelineCommand,
  seriesCommand,
  conflictsCommand,
  entitiesCommand,
  searchCommand,
  exportCommand,
  serveCommand,
  workerCommand,
];

function usage(): string {
  const lines = [
    'claimline — a sourced, time-ordered ledger of claims from news articles',
    '',
    'Usage: claimline <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) =>
      c.usage.length < 38
        ? `  ${c.usage.padEnd(38)} ${c.summary}`
        : `  ${c.usage}\n  ${' '.repeat(38)} ${c.summary}`,
    ),
    '',
    'Run `claimline <command> --help` for a command’s options.',
  ];
  return lines.join('\n');
}

/** Runs the CLI with the given arguments; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`claimline: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`claimline ${command.name}: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
