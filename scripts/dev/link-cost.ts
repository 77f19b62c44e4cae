/**
 * Development aid: CPU time per article by phase of an ingest — analyse, encode, store, link
 * (with and without the stories' views made at link time) — in one process, on synthetic
 * articles (the news stream's stories and copies, or the uniform generator). CPU time, not wall
 * time: the machine is shared. Usage:
 *   npx tsx scripts/dev/link-cost.ts [count=250] [stream|synthetic] [rounds=1]
 * `LINK_PROFILE=1` writes a CPU profile of the link phase (after, without views) to ./link-<time>.cpuprofile.
 * "Before" stores the articles without their link features (linking decodes each article and
 * derives them, as before the extraction workers did); "after" with them. Both link the same
 * articles in the same run, each with and without the stories' views made at link time.
 * Each round uses new stores; phases are reported per round and as the median of the rounds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsStream } from '../../bench/news-stream.js';
import { syntheticInput } from '../../bench/synthetic.js';
import { openViewsLedger } from '../../src/engine/read/materialise.js';
import { openLedger } from '../../src/ledger/index.js';
import { linkFeaturer } from '../../src/ledger/features.js';
import type { Article, ArticleInput } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle, Store } from '../../src/store/store.js';

const count = Number(process.argv[2] ?? 250);
const source = process.argv[3] ?? 'stream';
const rounds = Number(process.argv[4] ?? 1);
const profile = process.env['LINK_PROFILE'] === '1';
const STORE_BATCH = 64;

/** Starts the V8 profiler; the function it returns writes the profile to a file. */
async function startProfile() {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return async (file: string) => {
    const { profile: data } = (await post('Profiler.stop')) as { profile: object };
    writeFileSync(file, JSON.stringify(data));
    session.disconnect();
  };
}

const cpu = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const stream = newsStream(Math.max(count, 1000));
const inputOf = (n: number): ArticleInput => (source === 'stream' ? stream.input(n) : syntheticInput(n));

/** Stores the articles in a new store; returns the CPU time it took. */
async function fill(file: string, encoded: readonly EncodedArticle[]) {
  const store = await openSqliteStore(file);
  const t = process.cpuUsage();
  for (let i = 0; i < encoded.length; i += STORE_BATCH) await store.put(encoded.slice(i, i + STORE_BATCH));
  return { store, ms: cpu(t) };
}

/** Links a store's pending articles (making the touched stories' views with `views`); CPU time. */
async function link(store: Store, views: boolean, profileTo?: string) {
  const ledger = views ? await openViewsLedger(store) : await openLedger(store);
  const stop = profileTo ? await startProfile() : null;
  const t = process.cpuUsage();
  await ledger.linkPending();
  const ms = cpu(t);
  if (stop && profileTo) await stop(profileTo);
  const stats = await ledger.stats();
  await store.close();
  return { ms, stories: stats.stories, mirrors: stats.mirrors };
}

async function round(dir: string) {
  const pipeline = createPipeline();
  const featuresOf = linkFeaturer();
  const inputs = Array.from({ length: count }, (_, n) => inputOf(n));
  let t = process.cpuUsage();
  const articles: Article[] = inputs.map((input) => pipeline.run(input));
  const analyse = cpu(t);
  t = process.cpuUsage();
  const features = articles.map((a) => JSON.stringify(featuresOf(a)));
  const derive = cpu(t);
  t = process.cpuUsage();
  const encoded: EncodedArticle[] = articles.map((a, i) => encodeArticle(a, features[i] ?? null));
  const encode = cpu(t);
  // Before: stored without features, so linking decodes each article and derives them.
  const bare = encoded.map((e) => ({ ...e, article: { ...e.article, link: null } }));
  const before = await fill(join(dir, 'before.db'), bare);
  const after = await fill(join(dir, 'after.db'), encoded);
  const beforeViews = await fill(join(dir, 'before-views.db'), bare);
  const afterViews = await fill(join(dir, 'after-views.db'), encoded);
  const linked = {
    before: await link(before.store, false),
    after: await link(
      after.store,
      false,
      profile ? join(process.cwd(), `link-${Date.now()}.cpuprofile`) : undefined,
    ),
    beforeViews: await link(beforeViews.store, true),
    afterViews: await link(afterViews.store, true),
  };
  const same = Object.values(linked).every(
    (l) => l.stories === linked.before.stories && l.mirrors === linked.before.mirrors,
  );
  if (!same) console.error('stories or mirrors differ:', JSON.stringify(linked));
  const per = (ms: number) => ms / count;
  return {
    analyse: per(analyse),
    features: per(derive),
    encode: per(encode),
    storeBefore: per(before.ms),
    storeAfter: per(after.ms),
    linkBefore: per(linked.before.ms),
    linkAfter: per(linked.after.ms),
    linkViewsBefore: per(linked.beforeViews.ms),
    linkViewsAfter: per(linked.afterViews.ms),
    stories: linked.before.stories,
    mirrors: linked.before.mirrors,
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const dir = mkdtempSync(join(tmpdir(), 'link-cost-'));
try {
  const results: Awaited<ReturnType<typeof round>>[] = [];
  for (let r = 0; r < rounds; r++) {
    const sub = join(dir, String(r));
    mkdirSync(sub);
    results.push(await round(sub));
    console.log(JSON.stringify(results.at(-1)));
  }
  const m = (k: keyof (typeof results)[number]) => median(results.map((x) => x[k]));
  const f = (x: number) => x.toFixed(2);
  const pct = (x: number) => `+${((100 * x) / m('analyse')).toFixed(0)}%`;
  // Before: the linker derives the features; after: the worker does (features counted with encode).
  const before = m('encode') + m('storeBefore');
  const after = m('features') + m('encode') + m('storeAfter');
  console.log(
    [
      `${count} ${source} articles, CPU ms per article (median of ${rounds} rounds):`,
      `  analyse ${f(m('analyse'))}`,
      `  before: encode ${f(m('encode'))}, store ${f(m('storeBefore'))}, link ${f(m('linkBefore'))}` +
        ` (with views ${f(m('linkViewsBefore'))}): ${pct(before + m('linkBefore'))} of analyse (${pct(before + m('linkViewsBefore'))} with views)`,
      `  after:  features ${f(m('features'))}, encode ${f(m('encode'))}, store ${f(m('storeAfter'))}, link ${f(m('linkAfter'))}` +
        ` (with views ${f(m('linkViewsAfter'))}): ${pct(after + m('linkAfter'))} of analyse (${pct(after + m('linkViewsAfter'))} with views)`,
      `  stories ${m('stories')}, mirrors ${m('mirrors')}`,
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
