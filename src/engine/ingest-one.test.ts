import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticInput } from '../../bench/synthetic.js';
import { textInput } from '../../test/helpers/article.js';
import { openLedger } from '../ledger/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { residentIngest } from './ingest-one.js';
import { openViewsLedger } from './read/materialise.js';
import { createQueries } from './read/queries.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-resident-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resident ingest (the server’s POSTs)', () => {
  it('stores and links many concurrent posts through one pool and one writer', async () => {
    const store = await openSqliteStore(join(dir, 'posts.db'));
    const ledger = await openLedger(store);
    const resident = residentIngest(store, ledger, { workers: 1 });
    const inputs = Array.from({ length: 24 }, (_, i) => syntheticInput(i));
    const outcomes = await Promise.all(inputs.map((input) => resident.ingestOne(input)));
    // The same articles again, concurrently: each is recognised, none stored twice.
    const again = await Promise.all(inputs.slice(0, 6).map((input) => resident.ingestOne(input)));
    await resident.close();
    expect(outcomes.map((o) => o.status)).toEqual(inputs.map(() => 'added'));
    expect(again.map((o) => o.status)).toEqual(inputs.slice(0, 6).map(() => 'existing'));
    expect(new Set(outcomes.map((o) => ('id' in o ? o.id : ''))).size).toBe(24);
    expect((await store.stats()).articles).toBe(24);
    expect(await ledger.pending()).toBe(0);
    await store.close();
  });

  it('fails an article over its time budget with the reason, and goes on', async () => {
    const store = await openSqliteStore(join(dir, 'budget.db'));
    const ledger = await openLedger(store);
    // A budget no analysis can meet, then one any can: the worker is replaced in between.
    const tight = residentIngest(store, ledger, {
      workers: 1,
      budget: { minSeconds: 0, secondsPer100KB: 0 },
    });
    const over = await tight.ingestOne(
      textInput('Officials said 300 workers left on Monday.\n\nMore follow.'),
    );
    expect(over).toMatchObject({ status: 'failed', reason: expect.stringMatching(/over its time budget/) });
    await tight.close();
    const roomy = residentIngest(store, ledger, { workers: 1 });
    expect(await roomy.ingestOne(syntheticInput(1))).toMatchObject({ status: 'added' });
    await roomy.close();
    expect((await store.stats()).articles).toBe(1);
    await store.close();
  });

  it('leaves a touched story’s views to its next read, which shows the new article', async () => {
    const store = await openSqliteStore(join(dir, 'views.db'));
    const ledger = await openViewsLedger(store);
    const queries = createQueries(store, ledger);
    const resident = residentIngest(store, ledger, { workers: 1 });
    await resident.ingestOne(syntheticInput(1));
    const [story] = (await queries.stories()).items;
    const before = (await queries.timelinePage({ story: story!.id }, { limit: 1000 })).total;
    await resident.ingestOne(syntheticInput(2));
    await resident.close();
    const [after] = (await queries.stories()).items;
    expect(after?.articles).toBe(2);
    expect((await queries.timelinePage({ story: after!.id }, { limit: 1000 })).total).toBeGreaterThan(before);
    await store.close();
  });
});
