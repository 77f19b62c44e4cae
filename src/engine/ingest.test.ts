import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticInput } from '../../bench/synthetic.js';
import { textInput } from '../../test/helpers/article.js';
import { message } from '../model/index.js';
import type { ArticleInput } from '../model/index.js';
import { createPipeline } from '../pipeline/order.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { openLedger } from '../ledger/index.js';
import { ingest, ingestPaths } from './ingest.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'sample');
const SEEDS = [join(SAMPLE, 'seed-000.txt'), join(SAMPLE, 'seed-001.txt')];
const dir = mkdtempSync(join(tmpdir(), 'claimline-ingest-'));
let n = 0;
const fresh = () => openSqliteStore(join(dir, `s${++n}.db`));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* inputs(list: readonly ArticleInput[]): AsyncGenerator<ArticleInput> {
  yield* list;
}

describe('ingest engine', () => {
  it.each([[0], [2]])(
    'stores the seeds as the pipeline makes them, then adds nothing (%i workers)',
    async (workers) => {
      const store = await fresh();
      const first = await ingestPaths(store, SEEDS, { workers });
      expect(first).toMatchObject({ added: 2, existing: 0, failures: 0, done: 2 });
      const again = await ingestPaths(store, SEEDS, { workers });
      expect(again).toMatchObject({ added: 0, existing: 2, newSources: 0, failures: 0 });
      const expected = createPipeline().run(textInput(await readText(SEEDS[0] as string), SEEDS[0]));
      expect(await store.get(expected.id)).toStrictEqual(expected);
      expect((await store.stats()).articles).toBe(2);
      await store.close();
    },
  );

  it('links what it stored across articles, and a re-run links nothing', async () => {
    const store = await fresh();
    const phases: string[] = [];
    const first = await ingestPaths(store, SEEDS, {
      workers: 0,
      onProgress: (p) => phases.push(p.phase ?? ''),
    });
    expect(first.ledger).toMatchObject({ linked: 2, failed: 0, stories: 1, mirrors: 0, mirrorsFound: 0 });
    expect(phases.at(-1)).toBe('link');
    const again = await ingestPaths(store, SEEDS, { workers: 0 });
    expect(again.ledger).toMatchObject({ linked: 0, stories: 1 });
    const ledger = await openLedger(store);
    expect(await ledger.stats()).toMatchObject({ linked: 2, pending: 0 });
    await store.close();
  });

  it('leaves linking to a later run when asked not to link', async () => {
    const store = await fresh();
    const summary = await ingestPaths(store, SEEDS, { workers: 0, link: false });
    expect(summary.ledger).toBeNull();
    expect(await (await openLedger(store)).pending()).toBe(2);
    await store.close();
  });

  it('records the same content read from two paths as one article with two sources', async () => {
    const store = await fresh();
    const copy = join(dir, 'copy-of-seed.txt');
    copyFileSync(SEEDS[0] as string, copy);
    const summary = await ingestPaths(store, [SEEDS[0] as string, copy], { workers: 1 });
    expect(summary).toMatchObject({ added: 1, existing: 1, newSources: 1 });
    const [only] = await store.list();
    expect(only?.sources).toEqual([SEEDS[0], copy]);
    await store.close();
  });

  it('lists bad inputs with their source and reason, and stores the rest', async () => {
    const store = await fresh();
    const fatal = message('fatal', 'binary file (NUL bytes)', {
      ruleId: 'binary',
      stage: 'read',
      source: 'x.bin',
    });
    const bad: ArticleInput = { ...textInput('', 'x.bin'), messages: [fatal] };
    const summary = await ingest(store, inputs([syntheticInput(1), bad, syntheticInput(2)]), { workers: 0 });
    expect(summary).toMatchObject({
      added: 2,
      failures: 1,
      failed: [{ source: 'x.bin', reason: 'binary file (NUL bytes)' }],
    });
    const missing = await ingestPaths(store, [join(dir, 'no-such-file.txt'), SEEDS[1] as string], {
      workers: 0,
    });
    expect(missing.failed.map((f) => f.source)).toEqual([join(dir, 'no-such-file.txt')]);
    expect(missing.failed[0]?.reason).toMatch(/no such file/);
    expect(missing.added).toBe(1);
    await store.close();
  });

  it('never holds more than its window of inputs between reading and writing', async () => {
    const store = await fresh();
    let pulled = 0;
    let written = 0;
    let widest = 0;
    async function* counted(): AsyncGenerator<ArticleInput> {
      for (let i = 0; i < 60; i++) {
        widest = Math.max(widest, pulled - written);
        pulled++;
        yield syntheticInput(i);
      }
    }
    // The window is the read and write phase's: linking (and the stories' views it makes) comes after.
    const summary = await ingest(store, counted(), {
      workers: 1,
      link: false,
      onProgress: (p) => (written = p.done),
    });
    expect(summary.added).toBe(60);
    // The window for one worker is 4 inputs; the one being pulled makes 5.
    expect(widest).toBeLessThanOrEqual(5);
    await store.close();
  });

  it('stops reading when its signal is aborted and stores what it read', async () => {
    const store = await fresh();
    const stop = new AbortController();
    async function* endless(): AsyncGenerator<ArticleInput> {
      for (let i = 0; ; i++) {
        if (i === 5) stop.abort();
        yield syntheticInput(i);
      }
    }
    const summary = await ingest(store, endless(), { workers: 0, signal: stop.signal });
    expect(summary.added).toBe(5);
    expect((await store.stats()).articles).toBe(5);
    await store.close();
  });
});

async function readText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
