import { wholeStoreLists } from '../../engine/index.js';
import { bindRefusal, createApp, defaultWebRoot, listen } from '../../server/index.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { WATCH_OPTIONS, watchPlan } from './watch.js';
import {
  DB_OPTION,
  loadConfig,
  openCommandEngine,
  parseCommandArgs,
  resolveDb,
  wholeNumber,
} from '../options.js';

const HELP = `Usage: claimline serve [--db FILE] [--host ADDR] [--port N] [--token T] [--workers N] [--create] [--watch FEED]...

Serves the web UI and the JSON API (under /api/, described at /api/openapi.json) over a store.

Options:
  --db FILE     the store (default: "db" in ./claimline.config.json, else ./claimline.db)
  --host ADDR   the address to listen on (default 127.0.0.1: this machine only)
  --port N      the port (default 8080; 0: any free port)
  --token T     the access token every API request must carry (Authorization: Bearer T);
                better given as the environment variable CLAIMLINE_TOKEN (not shown by ps)
  --workers N   threads analysing POSTed articles, started once and kept (default 1)
  --create      start an empty store when there is none at --db (else that is an error)
  --allow-private  let POST /api/articles {"url": …} (and --watch) fetch loopback, private,
                link-local and metadata addresses (refused by default, after DNS resolution and
                on every redirect)
  --watch FEED  follow an RSS/Atom/JSON feed beside the API, as \`claimline watch\` does (repeat
                it for several feeds); --every DURATION sets how often (default 5m)
  -h, --help    this text

Listening on any address other than loopback (127.0.0.1, ::1, localhost) requires a token of
at least 12 characters: without one, serve refuses to start (exit code 2). Without a token the
server answers only requests addressed to a loopback host name.`;

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--db FILE] [--host ADDR] [--port N]',
  summary: 'serve the web UI and the HTTP API',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...DB_OPTION,
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string' },
        token: { type: 'string' },
        workers: { type: 'string' },
        create: { type: 'boolean', default: false },
        'allow-private': { type: 'boolean', default: false },
        watch: { type: 'string', multiple: true },
        ...WATCH_OPTIONS,
        help: { type: 'boolean', short: 'h' },
      },
      HELP,
    );
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new CliError(`unexpected argument '${positionals[0]}'\n\n${HELP}`);
    const port = wholeNumber(values.port, 'port') ?? 8080;
    if (port > 65535) throw new CliError(`--port must be at most 65535, not ${port}`);
    const envToken = process.env['CLAIMLINE_TOKEN'];
    const token = values.token ?? (envToken !== undefined && envToken !== '' ? envToken : undefined);
    const refusal = bindRefusal(values.host, token);
    if (refusal) throw new CliError(refusal);
    const feeds = values.watch ?? [];
    if (feeds.length === 0 && values.every !== undefined)
      throw new CliError('--every goes with --watch FEED');
    const { everyMs } = watchPlan(feeds, values.every);

    const db = resolveDb(values.db, loadConfig());
    const ingestWorkers = wholeNumber(values.workers, 'workers', 1) ?? 1;
    const engine = await openCommandEngine(db, {
      create: values.create,
      ingestWorkers,
      fetch: { allowPrivate: values['allow-private'] },
    });
    const webRoot = defaultWebRoot();
    // The whole store's series and conflicts are built in a thread of their own, over its own connection.
    const wholeStore = wholeStoreLists(engine.location);
    const app = createApp({
      wholeStore,
      queries: engine.queries,
      ingest: engine.ingestOne,
      judgeConflict: engine.judgeConflict,
      entityEdits: engine.entityEdits,
      readUrl: engine.readUrl,
      ...(token !== undefined ? { token } : {}),
      ...(webRoot ? { webRoot } : {}),
    });
    let server;
    try {
      server = await listen(app, values.host, port);
    } catch (error) {
      await wholeStore.close();
      await engine.close();
      throw new CliError(
        `cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
        1,
      );
    }
    console.log(`claimline: serving ${db} at ${server.url}${token ? ' (access token required)' : ''}`);
    if (!webRoot) console.log('claimline: the web UI is not built (npm run build); serving the API only');
    // The watcher runs beside the API; a shutdown stops it first (the item in hand is recorded).
    const halt = new AbortController();
    const watching =
      feeds.length > 0
        ? engine.watch(feeds, { everyMs, signal: halt.signal }).catch((error: unknown) => {
            console.error(
              `claimline: watch stopped: ${error instanceof Error ? error.message : String(error)}`,
            );
          })
        : Promise.resolve();
    if (feeds.length > 0) console.log(`claimline: watching ${feeds.length} feed(s)`);
    const stop = async () => {
      halt.abort();
      await watching;
      await server.close();
      await wholeStore.close();
      await engine.close();
    };
    await new Promise<void>((resolve) => {
      const onSignal = () => void stop().then(resolve);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    });
    return 0;
  },
};
