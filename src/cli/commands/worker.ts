import { isStoreError, runWorker } from '../../engine/index.js';
import type { WorkerEvent } from '../../engine/index.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { DB_OPTION, loadConfig, parseCommandArgs, resolveDb, wholeNumber } from '../options.js';

const HELP = `Usage: claimline worker --db postgres://… [--batch N] [--until-idle] [--json]

Takes analysis jobs from the store's queue in PostgreSQL (filled by \`claimline ingest --queue\`),
analyses them, stores the articles and links them across articles. Start as many workers as you
like, on any machine that reaches the database: each takes its own jobs, one links at a time, and
the jobs of a worker that dies are retried by another once they time out.

Options:
  --db URL        the store: a PostgreSQL URL (default: "db" in ./claimline.config.json)
  --batch N       jobs taken at a time, stored in one transaction (default 4)
  --until-idle    stop once the queue is empty and every stored article is linked
  --json          print one JSON line per event (jobs taken, stored, linked), then a summary
  -h, --help      this text

Stops on Ctrl-C or SIGTERM after finishing the jobs in hand.`;

export const workerCommand: Command = {
  name: 'worker',
  usage: 'worker --db postgres://… [--until-idle]',
  summary: 'analyse queued articles (PostgreSQL stores; run one per core, on any machine)',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      {
        ...DB_OPTION,
        batch: { type: 'string' },
        'until-idle': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const db = resolveDb(values.db, loadConfig());
    if (!/^postgres(ql)?:\/\//i.test(db))
      throw new CliError(`workers need a PostgreSQL store, not ${db}\n\n${HELP}`);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const print = (event: WorkerEvent) => process.stdout.write(JSON.stringify(event) + '\n');
    try {
      const summary = await runWorker(db, {
        ...(values.batch !== undefined ? { batch: wholeNumber(values.batch, 'batch', 1) ?? 4 } : {}),
        untilIdle: values['until-idle'],
        signal: stop.signal,
        ...(values.json ? { onEvent: print } : {}),
      });
      if (values.json) process.stdout.write(JSON.stringify({ event: 'summary', ...summary }) + '\n');
      else {
        console.log(
          `${summary.jobs} jobs: ${summary.added} new, ${summary.existing} already stored, ` +
            `${summary.failed} failed; ${summary.linked} linked in ${summary.seconds.toFixed(1)} s`,
        );
      }
      return summary.failed > 0 ? 1 : 0;
    } catch (error) {
      if (isStoreError(error)) throw new CliError(error.message);
      throw error;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  },
};
