import { isHttpUrl, parseDuration } from '../../engine/index.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { DB_OPTION, loadConfig, openCommandEngine, parseCommandArgs, resolveDb } from '../options.js';

const HELP = `Usage: claimline watch FEED... [--every DURATION] [--db FILE] [--allow-private] [--once]

Follows RSS, Atom and JSON Feed URLs: polls each with ETag/If-Modified-Since, fetches the page of
every new item, analyses and stores it and links it across articles. What it has seen is kept in
the store, so a restarted watch resumes without storing an item twice. One line per poll.
A failing feed is polled less often (doubling after each failure in a row, at most every 6 h,
or as the server's Retry-After says); a failed item is tried again at later polls (3 times).

Options:
  --every DURATION  how often each feed is polled: 90s, 5m, 1h30m... (default 5m)
  --db FILE         the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --allow-private   fetch feeds and pages on loopback, private, link-local and metadata
                    addresses (refused by default, after DNS resolution and on every redirect)
  --once            poll every feed once and stop (for cron)
  -h, --help        this text

Stops cleanly on Ctrl-C or SIGTERM: the item in hand is finished and recorded.`;

/** The options `watch` and `serve --watch` share. */
export const WATCH_OPTIONS = { every: { type: 'string' } } as const;

/**
 * The feeds and the period of a watch, checked: every feed an http(s) URL, a period of at least
 * one second.
 */
export function watchPlan(feeds: readonly string[], every: string | undefined): { everyMs: number } {
  const bad = feeds.find((f) => !isHttpUrl(f));
  if (bad !== undefined) throw new CliError(`a feed is an http(s) URL, not '${bad}'`);
  const everyMs = every === undefined ? 300_000 : parseDuration(every);
  if (everyMs === null || everyMs < 1000) {
    throw new CliError(`--every must be a duration of at least 1s (90s, 5m, 1h), not '${every ?? ''}'`);
  }
  return { everyMs };
}

export const watchCommand: Command = {
  name: 'watch',
  usage: 'watch FEED... [--every DURATION]',
  summary: 'follow RSS/Atom/JSON feeds, ingesting new items',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...DB_OPTION,
        ...WATCH_OPTIONS,
        'allow-private': { type: 'boolean', default: false },
        once: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new CliError('no feed given\n\n' + HELP);
    const { everyMs } = watchPlan(positionals, values.every);
    const db = resolveDb(values.db, loadConfig());
    const engine = await openCommandEngine(db, { fetch: { allowPrivate: values['allow-private'] } });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    console.log(
      `claimline: watching ${positionals.length} feed(s) into ${db}${values.once ? ' (once)' : ''}`,
    );
    try {
      await engine.watch(positionals, { everyMs, signal: stop.signal, once: values.once });
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await engine.close();
    }
    if (stop.signal.aborted) console.log('claimline: watch stopped');
    return 0;
  },
};
