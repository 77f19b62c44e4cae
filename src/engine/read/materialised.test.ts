import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../ledger/orchestration/ledger.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { ingestPaths } from '../ingest.js';
import { openViewsLedger } from './materialise.js';
import { VIEWS, createQueries } from './queries.js';

/**
 * Stories' timelines, series and conflicts kept at link time against timelines built from the members at each read, on
 * the seeds and the nk-workers corpus: the same output, made by the write that changes a story's
 * inputs (new members, decisions, verdicts) once it is committed, so that no read builds one.
 */
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'sample');
const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'nk-workers', 'docs');
const docs = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.html') || f.endsWith('.json'))
  .sort()
  .map((f) => join(CORPUS, f));
const dir = mkdtempSync(join(tmpdir(), 'claimline-materialised-'));
let store: Store;
let ledger: Ledger;

const KIND = VIEWS.timeline;
const PAGE = 7;
const pageOf = <T>(all: readonly T[], offset: number) => ({
  items: all.slice(offset, offset + PAGE),
  total: all.length,
  offset,
  limit: PAGE,
});
const stories = async () => (await ledger.stories({ limit: 1000 })).items.map((s) => s.id);
const KINDS = Object.values(VIEWS);

/** The stories of which a kind of view is not kept (a read would have to build it). */
async function unkept(): Promise<string[]> {
  const missing = [];
  for (const story of await stories())
    for (const kind of KINDS)
      if ((await ledger.storedView(story, kind)).view === null) missing.push(`${story} ${kind}`);
  return missing;
}

/** Every story's kept views as they are now, by story and kind. */
async function snapshot(): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const story of await stories())
    for (const kind of KINDS)
      out.set(`${story} ${kind}`, (await ledger.storedView(story, kind)).view?.items.join('\n'));
  return out;
}

/** Every story's timeline read twice (built, then as stored), each against the one built anew. */
async function compareAll(): Promise<number> {
  const kept = createQueries(store, ledger);
  const built = createQueries(store, ledger, { materialised: false });
  let stored = 0;
  // Story summaries, kept as views are: the same page before and after they are kept.
  const summaries = await built.stories({ limit: 1000 });
  expect(await kept.stories({ limit: 1000 })).toEqual(summaries);
  expect(await kept.stories({ limit: 1000 })).toEqual(summaries);
  expect(await kept.stories({ offset: 1, limit: 2 })).toEqual({
    ...summaries,
    items: summaries.items.slice(1, 3),
    offset: 1,
    limit: 2,
  });
  for (const story of await stories()) {
    expect((await ledger.storedView(story, 'summary/1')).view?.items).toHaveLength(1);
    expect(await kept.story(story)).toEqual(await built.story(story));
    const reference = await built.timeline({ story });
    const series = await built.series(undefined, { story });
    const conflicts = await built.conflicts({ story });
    // The first read of a page builds the view and keeps it, and gives the page of what it keeps.
    expect(await kept.timelinePage({ story }, { offset: 1, limit: PAGE })).toEqual(pageOf(reference, 1));
    expect(await kept.timeline({ story })).toEqual(reference);
    expect(await kept.series(undefined, { story })).toEqual(series);
    expect(await kept.conflicts({ story })).toEqual(conflicts);
    if ((await ledger.storedView(story, KIND)).view !== null) stored++;
    expect((await ledger.storedView(story, VIEWS.series)).view).not.toBeNull();
    expect(await kept.timeline({ story })).toEqual(reference);
    expect(await kept.series(undefined, { story })).toEqual(series);
    expect(await kept.conflicts({ story })).toEqual(conflicts);
    // Page k of a kept view is slice k of the whole view built anew (and past the end, none).
    for (let offset = 0; offset <= reference.length + PAGE; offset += PAGE)
      expect(await kept.timelinePage({ story }, { offset, limit: PAGE })).toEqual(pageOf(reference, offset));
    for (let offset = 0; offset <= conflicts.length; offset += 2)
      expect(await kept.conflictsPage({ story }, { offset, limit: 2 })).toEqual({
        items: conflicts.slice(offset, offset + 2),
        total: conflicts.length,
        offset,
        limit: 2,
      });
    const claims = await built.claims({ story }, { limit: 1000 });
    for (const offset of [0, 3, claims.total])
      for (let round = 0; round < 2; round++)
        expect(await kept.claims({ story }, { offset, limit: 3 })).toEqual({
          ...claims,
          items: claims.items.slice(offset, offset + 3),
          offset,
          limit: 3,
        });
    expect(await kept.seriesPage(undefined, { story }, { offset: 1, limit: 2 })).toEqual({
      items: series.slice(1, 3),
      total: series.length,
      offset: 1,
      limit: 2,
    });
    const measure = series[0]?.measure;
    if (measure)
      expect(await kept.series(measure, { story })).toEqual(await built.series(measure, { story }));
  }
  return stored;
}

beforeAll(async () => {
  store = await openSqliteStore(join(dir, 'nk.db'));
  await ingestPaths(store, [join(SAMPLE, 'seed-000.txt'), ...docs.filter((_, k) => k % 2 === 0)], {
    workers: 0,
  });
  ledger = await openViewsLedger(store);
}, 300_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('timelines kept at link time', () => {
  it('keeps the views of every story when linking, as built from its members', async () => {
    expect((await stories()).length).toBeGreaterThan(1);
    expect(await unkept()).toEqual([]);
    expect(await compareAll()).toBe((await stories()).length);
  }, 300_000);

  it('makes again the stories new articles joined', async () => {
    const before = await snapshot();
    await ingestPaths(store, [join(SAMPLE, 'seed-001.txt'), ...docs.filter((_, k) => k % 2 === 1)], {
      workers: 0,
    });
    ledger = await openViewsLedger(store);
    expect(await unkept()).toEqual([]);
    const after = await snapshot();
    const changed = [...after].filter(
      ([key, items]) => before.get(key) !== undefined && before.get(key) !== items,
    );
    expect(changed.length).toBeGreaterThan(0);
    await compareAll();
  }, 300_000);

  it('makes the stories a user decision or verdict touched again, alike', async () => {
    const [a, b] = (await ledger.entities({ limit: 2 })).items;
    const before = await snapshot();
    await ledger.merge(a!.entity.id, b!.entity.id, 'test');
    expect(await unkept()).toEqual([]);
    expect([...(await snapshot())].some(([key, items]) => before.get(key) !== items)).toBe(true);
    await compareAll();
    const story = (await stories())[0]!;
    const conflicts = await createQueries(store, ledger).conflicts({ story });
    const conflict = conflicts[0];
    if (conflict) {
      await ledger.judge({
        conflict: conflict.id,
        type: conflict.type,
        verdict: 'wrong',
        note: 'test',
        claims: conflict.claims.map((c) => c.key),
      });
      // Kept with the verdict before any read.
      const kept = (await ledger.storedView(story, VIEWS.conflicts)).view?.items ?? [];
      expect(kept.some((item) => item.includes('"verdict":"wrong"'))).toBe(true);
    }
    await compareAll();
  }, 300_000);

  it('leaves views to the reads when the ledger has no view maker', async () => {
    const plain = await openLedger(store);
    const story = (await stories())[0]!;
    const [a, b] = (await plain.entities({ limit: 2 })).items;
    const change = await plain.merge(a!.entity.id, b!.entity.id, 'test');
    if (change.changed) {
      ledger = plain;
      expect((await unkept()).length).toBeGreaterThan(0);
      await compareAll();
      expect(await unkept()).toEqual([]);
    }
    expect(story).toBeTruthy();
  }, 300_000);
});
