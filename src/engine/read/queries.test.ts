import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { ingestPaths } from '../ingest.js';
import type { Queries } from '../queries.js';
import type { TimelineEntryView } from '../views.js';
import { interval } from '../../ledger/time/interval.js';
import { openQueries } from './open.js';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'sample');
const dir = mkdtempSync(join(tmpdir(), 'claimline-queries-'));
let store: Store;
let q: Queries;
let timeline: readonly TimelineEntryView[];

beforeAll(async () => {
  store = await openSqliteStore(join(dir, 'seeds.db'));
  await ingestPaths(store, [join(SAMPLE, 'seed-000.txt'), join(SAMPLE, 'seed-001.txt')], { workers: 0 });
  q = await openQueries(store);
  timeline = await q.timeline();
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Where the first entry at `time` whose text matches `words` sits in the timeline (-1: absent). */
const at = (time: string, words: RegExp) =>
  timeline.findIndex((e) => e.time?.value === time && e.claims.some((c) => words.test(c.text)));

describe('the seeds in a fresh store (issue 4)', () => {
  // The timeline the issue asks for, in this order, by the time each entry refers to.
  const expected: [string, RegExp][] = [
    ['2017-12', /Resolution 2397/],
    ['2018', /summits/],
    ['2018-11', /34,000/],
    ['2019-W06', /complies with international rules/],
    ['2019-02-08', /Biegun is to return from Pyongyang/],
    ['2019-02-27/2019-02-28', /meet with Kim in Vietnam/],
    ['2019-12', /contracts .* “finished”/],
    ['2019-12-22', /sanctions deadline/],
    ['2019-12-23', /dozens of workers were entering Russia/],
    ['2020-01-15', /China is helping us/],
    ['2020-01-16', /no North Koreans in employment/],
  ];

  it.each(expected)('has an entry at %s for %s', (time, words) => {
    expect(at(time, words)).toBeGreaterThanOrEqual(0);
  });

  it('orders those entries by the time they refer to', () => {
    const positions = expected.map(([time, words]) => at(time, words));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('puts the plan to repatriate all by the end of 2019 in the week of Topilin’s statement', () => {
    const plan = timeline.find((e) => e.claims.some((c) => /repatriate all/.test(c.text)));
    expect(plan?.modality).toBe('planned');
    expect(plan?.claims[0]?.deadline?.value).toMatch(/^2019/);
    expect(at('2019-W06', /complies/)).toBeLessThan(timeline.indexOf(plan!));
    expect(timeline.indexOf(plan!)).toBeLessThan(at('2019-02-08', /Biegun/));
  });

  it('merges Resolution 2397 from both articles into one entry at the finer date', () => {
    const entry = timeline[at('2017-12', /Resolution 2397/)];
    expect(new Set(entry?.claims.map((c) => c.articleId)).size).toBe(2);
    expect(entry?.firstReported.published).toBe('2019-02-07');
    expect(entry?.repeatedBy).toEqual(['UPI']);
  });

  it('shows Topilin’s statement carried by RIA Novosti', () => {
    const claim = timeline[at('2019-W06', /complies/)]?.claims[0];
    expect(claim?.speaker?.name).toBe('Maxim Topilin');
    expect(claim?.carriers.join(' ')).toMatch(/Ria Novosti/i);
  });

  it.each(['Donald Trump', 'Kim Jong Un', 'Resolution 2397', 'Russia'])(
    '%s is one entity across the two articles',
    async (name) => {
      const found = (await q.entities(name)).items.filter((e) => e.name === name);
      expect(found).toHaveLength(1);
      expect(found[0]?.articles).toBe(2);
    },
  );

  it('the U.N. Security Council is one entity across the two articles', async () => {
    const found = (await q.entities('Security Council')).items.filter((e) => e.type === 'organization');
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toBe(2);
  });

  it('gives the series of North Korean workers in Russia: 34,000, about 11,000, then none employed', async () => {
    const [series] = await q.series('North Korean workers in Russia');
    expect(series?.label).toBe('North Korean workers in Russia');
    const points = series?.points.map((p) => [p.value, p.approximate, p.time?.value]);
    expect(points).toEqual([
      [34000, false, '2018-11'],
      [11000, true, '2018-11'],
      [0, false, '2020-01-16'],
    ]);
    expect(series?.points[0]?.timeIs).toBe('before');
  });

  it('names each point’s claim by key in its series’ claims, each claim once', async () => {
    for (const series of await q.series()) {
      const keys = series.points.map((p) => p.claim);
      expect(Object.keys(series.claims).sort()).toEqual([...new Set(keys)].sort());
      for (const key of keys) expect(series.claims[key]?.key).toBe(key);
    }
    const [workers] = await q.series('North Korean workers in Russia');
    const speakers = workers?.points.map((p) => workers.claims[p.claim]?.speaker?.name);
    expect(speakers).toContain('Pyotr Ilichev');
  });

  it('finds NHK against Ilichev, and the end-of-2019 commitment against the January 2020 reports', async () => {
    const conflicts = await q.conflicts();
    const nhk = conflicts.find((c) => c.type === 'contradicted');
    expect(nhk?.claims.map((c) => c.speaker?.name)).toEqual(expect.arrayContaining(['Pyotr Ilichev', 'NHK']));
    const unmet = conflicts.filter((c) => c.type === 'commitment-unmet');
    expect(unmet).toHaveLength(1);
    expect(unmet[0]?.claims[0]?.text).toMatch(/repatriate all/);
    const later = unmet[0]?.claims
      .slice(1)
      .map((c) => c.text)
      .join(' ');
    expect(later).toMatch(/almost all/);
    expect(later).toMatch(/remain in Russia/);
    // Every conflict is marked on the timeline entries of its claims.
    const marked = new Set(timeline.flatMap((e) => e.conflicts));
    for (const c of conflicts) expect(marked.has(c.id)).toBe(true);
  });

  it('puts the two seeds in one story with a label a reader recognises', async () => {
    const stories = await q.stories();
    expect(stories.total).toBe(1);
    expect(stories.items[0]).toMatchObject({ articles: 2, first: '2019-02-07', last: '2020-01-16' });
    expect(stories.items[0]?.label).toMatch(/North Korea/);
    const story = stories.items[0]!.id;
    expect((await q.timeline({ story })).length).toBe(timeline.length);
  });

  it('filters claims by source, outlet, modality and dates', async () => {
    const ilichev = await q.claims({ source: 'Ilichev' });
    expect(ilichev.total).toBeGreaterThanOrEqual(3);
    for (const c of ilichev.items) expect(c.speaker?.name).toBe('Pyotr Ilichev');
    const planned = await q.claims({ modality: 'planned' });
    for (const c of planned.items) expect(c.modality).toBe('planned');
    const in2018 = await q.claims({ from: '2018-01-01', to: '2018-12-31' });
    expect(in2018.items.map((c) => c.times.refers?.value)).toEqual(['2018', '2018-11']);
    expect((await q.claims({ outlet: 'NoSuchOutlet' })).total).toBe(0);
  });

  it('pages the whole store’s claims from the store: each once, in time order, as claims and as entries', async () => {
    const stored = (await store.stats()).records.claims;
    const claims = [];
    const entries = [];
    for (let offset = 0; offset < stored; offset += 7) {
      const page = await q.claims({}, { offset, limit: 7 });
      expect(page.total).toBe(stored);
      claims.push(...page.items);
      entries.push(...(await q.timelinePage({}, { offset, limit: 7 })).items);
    }
    expect(new Set(claims.map((c) => c.key)).size).toBe(stored);
    expect(entries.map((e) => e.claims.map((c) => c.key))).toEqual(claims.map((c) => [c.key]));
    // Days, months, years and ranges of them by their start; a week sorts after its year's days.
    const dated = claims.flatMap((c) => c.times.refers?.value ?? []).filter((v) => /^[\d/-]+$/.test(v));
    const starts = dated.map((v) => interval(v)?.start);
    expect(starts).toEqual([...starts].sort((a, b) => (a ?? 0) - (b ?? 0)));
    // The claims with no time come after every timed one.
    const timed = claims.map((c) => c.times.refers !== null);
    expect(timed).toEqual([...timed].sort((a, b) => Number(b) - Number(a)));
  });

  it('describes an entity with its role and statements in order', async () => {
    const ilichev = await q.entity('Pyotr Ilichev');
    expect(ilichev?.roles.map((r) => r.title).join(' ')).toMatch(/director/i);
    const times = ilichev?.statements.map((s) => s.times.refers?.value);
    expect(times?.[0]).toBe('2019-12');
    expect(await q.entity('Nobody Atall')).toBeNull();
  });

  it('opens an article with its layers, and each claim with the sentence it came from', async () => {
    const { items } = await q.articles();
    const detail = await q.article(items[1]!.id);
    expect(detail?.story).not.toBeNull();
    const text = (detail?.layers as { text: string }).text;
    for (const claim of detail?.claims ?? []) {
      // A quote in several parts is joined in `text`; its span covers all the parts.
      const words = text.slice(claim.span.start, claim.span.end);
      expect(words.startsWith(claim.text.slice(0, 30))).toBe(true);
      expect(words.endsWith(claim.text.slice(-30))).toBe(true);
      expect(text.slice(claim.sentence.span.start, claim.sentence.span.end)).toContain(words);
    }
    expect(await q.article('nope')).toBeNull();
  });

  it('searches with the matched words as segments, never markup', async () => {
    const hits = await q.search('Vladivostok');
    expect(hits.items).toHaveLength(1);
    expect(hits.items[0]?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Vladivostok']);
    expect((await q.search('Vladivostok', { outlet: 'Nobody' })).items).toHaveLength(0);
  });
});

describe('the same articles stored in another order', () => {
  it('read the same timeline, series and conflicts', async () => {
    const other = await openSqliteStore(join(dir, 'reversed.db'));
    await ingestPaths(other, [join(SAMPLE, 'seed-001.txt'), join(SAMPLE, 'seed-000.txt')], { workers: 0 });
    const r = await openQueries(other);
    const read = async (x: Queries) =>
      JSON.stringify([await x.timeline(), await x.series(), await x.conflicts()]);
    expect(await read(r)).toBe(await read(q));
    await other.close();
  });
});
