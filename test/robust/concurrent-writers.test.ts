import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.js';
import { engineOver } from '../../src/engine/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { textInput } from '../helpers/article.js';
import { finished, startCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-writers-'));
const docs = join(dir, 'docs');
const db = join(dir, 'store.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const file = (i: number) => join(docs, `a-${String(i).padStart(3, '0')}.txt`);

describe('several writers on one SQLite store', () => {
  it('two ingests and a loop of posts wait for each other and store every article once', async () => {
    mkdirSync(docs);
    for (const i of range(0, 40)) writeFileSync(file(i), syntheticArticle(i).text);
    // Overlapping sets: 0–24 and 15–39 from two CLIs; 20–29 (new sources) and 40–44 posted.
    const one = finished(
      startCli(['ingest', ...range(0, 25).map(file), '--db', db, '--workers', '1', '--json']),
    );
    const two = finished(
      startCli(['ingest', ...range(15, 40).map(file), '--db', db, '--workers', '1', '--json']),
    );
    const engine = await engineOver(await openSqliteStore(db));
    const posted = [];
    for (const i of [...range(20, 30), ...range(40, 45)]) {
      posted.push(await engine.ingestOne(textInput(syntheticArticle(i).text, `post-${i}`)));
    }
    const [a, b] = await Promise.all([one, two]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    for (const run of [a, b]) expect(JSON.parse(run.stdout)).toMatchObject({ done: 25, failures: 0 });
    expect(posted.filter((p) => p.status === 'failed')).toEqual([]);

    const stats = await engine.stats();
    expect(stats.articles).toBe(45);
    expect(stats.sources).toBe(40 + 15);
    // Whatever linked last, everything is linked, once.
    await engine.ledger.linkPending();
    expect(await engine.ledger.stats()).toMatchObject({ linked: 45, failed: 0, pending: 0 });
    await engine.close();
  }, 600_000);
});
