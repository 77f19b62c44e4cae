import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLedgerStore, openLedger } from '../../src/ledger/index.js';
import type { Ledger, LedgerSource } from '../../src/ledger/index.js';
import type { Article } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { textInput } from '../helpers/article.js';
import { bareArticle, layeredArticle } from './fixtures.js';

/** A store as the ledger suite sees it: somewhere to put articles, and the ledger's source. */
export interface LedgerSubject {
  /**
   * Stores articles; a store backend stores them with their link features (as the extraction
   * workers do) unless `features` is false (as an older writer did).
   */
  readonly put: (articles: readonly Article[], options?: { readonly features?: boolean }) => Promise<void>;
  readonly source: LedgerSource;
  readonly close: () => Promise<void>;
  /** Opens the same store again (persistent backends only). */
  readonly reopen?: () => Promise<LedgerSubject>;
}

/** Whether the backend rolls an article's linking back when it fails (the memory one cannot). */
export interface LedgerTraits {
  readonly atomic: boolean;
}

const pipeline = createPipeline();
const sample = join(import.meta.dirname, '..', '..', 'sample');
const seed = (name: string) => readFileSync(join(sample, name), 'utf8');
const seeds = () => {
  const seed0 = pipeline.run(textInput(seed('seed-000.txt'), 'seed-000.txt'));
  const seed1 = pipeline.run(textInput(seed('seed-001.txt'), 'seed-001.txt'));
  const copy = pipeline.run(textInput(seed('seed-001.txt').slice(0, 1500), 'copy.txt'));
  const ferry = pipeline.run(
    textInput(
      'Ferry crews on the Tessel islands walked out over pay on Monday, stranding hundreds of passengers. ' +
        'The union said sailings would stop until wages rise, and the operators said talks would resume.',
      'ferry.txt',
    ),
  );
  return { seed0, seed1, copy, ferry };
};

/** What the ledger says about some articles: enough to tell two differently linked stores apart. */
async function answers(ledger: Ledger, articles: readonly Article[]) {
  const out = [];
  for (const a of articles) {
    const entities = [];
    for (const e of a.entities ?? []) entities.push((await ledger.entityOf(a.id, e.id))?.id ?? null);
    out.push({ group: await ledger.groupOf(a.id), story: await ledger.storyOf(a.id), entities });
  }
  return out;
}

/**
 * The ledger half of the conformance suite: linking, its log, the reads and the users'
 * corrections, over a backend's indexes. Runs on every store backend and on the memory one;
 * a database backend must also give the memory backend's answers.
 *
 * @example runLedgerConformance('memory', async () => memorySubject(), { atomic: false })
 */
export function runLedgerConformance(
  backend: string,
  open: () => Promise<LedgerSubject>,
  traits: LedgerTraits,
): void {
  describe(`ledger conformance: ${backend}`, () => {
    let subject: LedgerSubject;
    let ledger: Ledger;
    beforeEach(async () => {
      subject = await open();
      ledger = await openLedger(subject.source);
    });
    afterEach(async () => {
      await subject.close();
    });

    /** An article of one story and an unrelated one of another, stored and linked by `l`. */
    const twoStories = async (l: Ledger) => {
      const a = layeredArticle(' One.');
      const other = bareArticle('Ein ganz anderer Text über Fähren, Häfen und das Wetter im Norden.');
      await subject.put([a, other]);
      await l.linkPending();
      return { a, story: (await l.storyOf(a.id)) ?? '', elsewhere: (await l.storyOf(other.id)) ?? '' };
    };

    it('links stored articles once, in order, and answers for the cross-article layer', async () => {
      const a = layeredArticle(' One.');
      const b = layeredArticle(' Two.');
      const other = bareArticle('Ein ganz anderer Text über Fähren, Häfen und das Wetter im Norden.');
      await subject.put([a, b, other]);
      expect(await ledger.pending()).toBe(3);
      const seen: number[] = [];
      expect(await ledger.linkPending({ onLinked: (done) => seen.push(done) })).toBe(3);
      expect(seen).toEqual([1, 2, 3]);
      expect(await ledger.linkPending()).toBe(0);
      expect(await ledger.stats()).toMatchObject({ linked: 3, pending: 0, failed: 0 });
      const petrova = await ledger.entityOf(a.id, 'e1');
      expect(petrova?.name).toBe('Anna Petrova');
      expect((await ledger.entityOf(b.id, 'e1'))?.id).toBe(petrova?.id);
      expect((await ledger.findEntities('anna PETROVA')).map((e) => e.id)).toEqual([petrova?.id]);
      expect((await ledger.entities({ query: 'petr' })).items.map((e) => e.entity.id)).toEqual([petrova?.id]);
      expect(await ledger.entity(petrova?.id ?? '')).toMatchObject({ articles: 2, mentions: 2 });
      const story = await ledger.storyOf(a.id);
      expect(story).not.toBeNull();
      expect(await ledger.storyOf(b.id)).toBe(story);
      expect(await ledger.storyOf(other.id)).not.toBe(story);
      expect(await ledger.story(story ?? '')).toMatchObject({ members: [a.id, b.id], first: '2021-03-08' });
      expect((await ledger.stories()).total).toBe(2);
      expect(await ledger.storyOf('f'.repeat(32))).toBeNull();
      expect(await ledger.groupOf(other.id)).toBe(other.id);
    });

    it('links only what was added since the last run', async () => {
      await subject.put([layeredArticle(' First.')]);
      expect(await ledger.linkPending()).toBe(1);
      await subject.put([layeredArticle(' First.'), layeredArticle(' Second.')]);
      expect(await ledger.pending()).toBe(1);
      expect(await ledger.linkPending()).toBe(1);
    });

    it('links each article once when two runs are asked for at once', async () => {
      await subject.put([1, 2, 3, 4].map((i) => layeredArticle(` Run ${i}.`)));
      const [first, second] = await Promise.all([ledger.linkPending(), ledger.linkPending()]);
      expect((first ?? 0) + (second ?? 0)).toBe(4);
      expect(await ledger.stats()).toMatchObject({ linked: 4, pending: 0 });
    });

    it('records a user split and merge, says what changed, and refuses what cannot be done', async () => {
      const a = layeredArticle(' One.');
      const b = layeredArticle(' Two.');
      await subject.put([a, b]);
      await ledger.linkPending();
      const petrova = (await ledger.entityOf(a.id, 'e1'))?.id ?? '';
      const split = await ledger.split(petrova, { article: b.id });
      expect(split).toMatchObject({ changed: true, decision: { kind: 'split' } });
      expect(split.summary).toMatch(/split 1 unit of article .* off “Anna Petrova”/);
      const apart = (await ledger.entityOf(b.id, 'e1'))?.id ?? '';
      expect(apart).not.toBe(petrova);
      expect((await ledger.merge(petrova, petrova)).changed).toBe(false);
      expect((await ledger.merge(petrova, 'entity-unknown')).summary).toBe('no entity entity-unknown');
      const merged = await ledger.merge(apart, petrova, 'same minister');
      expect(merged).toMatchObject({ changed: true, decision: { kind: 'merge', note: 'same minister' } });
      expect((await ledger.entityOf(b.id, 'e1'))?.id).toBe((await ledger.entityOf(a.id, 'e1'))?.id);
      expect((await ledger.entity(apart))?.decisions.map((d) => d.kind)).toEqual(['split', 'merge']);
      const wrong = await ledger.split(petrova, { article: a.id, mention: 'Nobody' });
      expect(wrong).toMatchObject({ changed: false });
      expect(wrong.summary).toContain('“Anna Petrova”');
    });

    it('gives the seeds one story and one entity each for the people and bodies they share', async () => {
      const { seed0, seed1 } = seeds();
      await subject.put([seed0, seed1]);
      await ledger.linkPending();
      expect(await ledger.stats()).toMatchObject({ linked: 2, stories: 1, mirrors: 0 });
      const story = await ledger.story((await ledger.storyOf(seed0.id)) ?? '');
      expect(story).toMatchObject({
        members: [seed0.id, seed1.id],
        first: '2019-02-07',
        last: '2020-01-16',
      });
      expect(story?.label).toMatch(/North Korean/);
      for (const name of ['Donald Trump', 'Kim Jong Un', 'Resolution 2397', 'Russia']) {
        const found = await ledger.findEntities(name);
        expect(found[0]?.name, name).toBe(name);
        expect(
          found.filter((e) => e.name === name),
          name,
        ).toHaveLength(1);
        expect((await ledger.entity(found[0]?.id ?? ''))?.articles, name).toBe(2);
      }
    });

    it('links as the memory backend does: the same mirrors, stories, entities and labels', async () => {
      const { seed0, seed1, copy, ferry } = seeds();
      const articles = [seed0, seed1, copy, ferry];
      await subject.put(articles);
      await ledger.linkPending();
      const memory = memoryLedgerStore();
      for (const a of articles) memory.put(a);
      const reference = await openLedger(memory);
      await reference.linkPending();
      expect(await answers(ledger, articles)).toEqual(await answers(reference, articles));
      expect((await ledger.stories()).items).toEqual((await reference.stories()).items);
      expect(await ledger.mirrorOf(copy.id)).toMatchObject({ mirrorOf: seed1.id });
      expect(await ledger.mirrorsOf(seed1.id)).toEqual([copy.id]);
    });

    it('links articles stored without their link features as those stored with them', async () => {
      const { seed0, seed1, copy, ferry } = seeds();
      await subject.put([seed0, copy], { features: false });
      await subject.put([seed1, ferry]);
      await ledger.linkPending();
      const memory = memoryLedgerStore();
      for (const a of [seed0, copy, seed1, ferry]) memory.put(a);
      const reference = await openLedger(memory);
      await reference.linkPending();
      const articles = [seed0, seed1, copy, ferry];
      expect(await answers(ledger, articles)).toEqual(await answers(reference, articles));
      expect((await ledger.stories()).items).toEqual((await reference.stories()).items);
      expect(await ledger.mirrorOf(copy.id)).toMatchObject({ mirrorOf: seed1.id });
    });

    it('lists entities with the article and mention counts of their units, after links, splits and merges', async () => {
      const { seed0, seed1, copy, ferry } = seeds();
      // Recounted from the units each entity lists, against what the list and the entity say.
      const check = async () => {
        const page = await ledger.entities({ limit: 10000 });
        expect(page.items.length).toBeGreaterThan(0);
        for (const { entity, articles, mentions } of page.items) {
          const units = (await ledger.entity(entity.id))?.units ?? [];
          const recounted = {
            articles: new Set(units.map((u) => u.unit.article)).size,
            mentions: units.reduce((sum, u) => sum + u.unit.mentions.length, 0),
          };
          expect({ articles, mentions }, entity.name).toEqual(recounted);
          expect(await ledger.entity(entity.id), entity.name).toMatchObject(recounted);
        }
        return page.items;
      };
      await subject.put([seed0, seed1]);
      await ledger.linkPending();
      await check();
      await subject.put([copy, ferry]);
      await ledger.linkPending();
      const linked = await check();
      const [trump] = await ledger.findEntities('Donald Trump');
      const [kim] = await ledger.findEntities('Kim Jong Un');
      expect((await ledger.split(trump?.id ?? '', { article: seed1.id })).changed).toBe(true);
      await check();
      const apart = (await ledger.findEntities('Donald Trump')).find((e) => e.id !== trump?.id);
      expect((await ledger.merge(apart?.id ?? '', kim?.id ?? '')).changed).toBe(true);
      await check();
      expect((await ledger.merge(kim?.id ?? '', trump?.id ?? '')).changed).toBe(true);
      const after = await check();
      expect(after.length).toBeLessThan(linked.length);
    });

    it('rebuilds from the stored articles and replays the users’ decisions', async () => {
      const { seed0, seed1 } = seeds();
      await subject.put([seed0, seed1]);
      await ledger.linkPending();
      const [trump] = await ledger.findEntities('Donald Trump');
      expect((await ledger.split(trump?.id ?? '', { article: seed1.id })).changed).toBe(true);
      const before = await answers(ledger, [seed0, seed1]);
      expect(await ledger.rebuild()).toBe(2);
      expect(await answers(ledger, [seed0, seed1])).toEqual(before);
      expect(await ledger.findEntities('Donald Trump')).toHaveLength(2);
    });

    it('keeps a story’s view until a write changes its inputs, and never one computed across a write', async () => {
      const { a, story, elsewhere } = await twoStories(ledger);
      const items = async (s: string) => (await ledger.storedView(s, 'timeline')).view?.items ?? null;
      expect(await ledger.storedView(story, 'timeline')).toMatchObject({ view: null });
      const { epoch } = await ledger.storedView(story, 'timeline');
      await ledger.keepView(story, 'timeline', ['"a"'], epoch);
      await ledger.keepView(elsewhere, 'timeline', ['"other"'], epoch);
      expect(await items(story)).toEqual(['"a"']);
      // A new member makes its story's view stale, not the other story's.
      const late = (await ledger.storedView(story, 'timeline')).epoch;
      await subject.put([layeredArticle(' Two.')]);
      await ledger.linkPending();
      expect(await items(story)).toBeNull();
      expect(await items(elsewhere)).toEqual(['"other"']);
      // Computed before that write: not kept.
      await ledger.keepView(story, 'timeline', ['"stale"'], late);
      expect(await items(story)).toBeNull();
      const now = (await ledger.storedView(story, 'timeline')).epoch;
      expect(now).toBeGreaterThan(late);
      await ledger.keepView(story, 'timeline', ['"a"', '"b"'], now);
      expect(await items(story)).toEqual(['"a"', '"b"']);
      await ledger.keepView(elsewhere, 'timeline', ['"other"'], now);
      // A verdict: the views of its claims' stories go, not the others'.
      await ledger.judge({
        conflict: 'c-1',
        type: 'values-differ',
        claims: [`${a.id}/c1`],
        verdict: 'wrong',
        note: null,
      });
      expect(await items(story)).toBeNull();
      expect(await items(elsewhere)).toEqual(['"other"']);
      const again = (await ledger.storedView(story, 'timeline')).epoch;
      // Made again over the items a stale view left: the changed ones written, the rest cut.
      await ledger.keepView(story, 'timeline', ['"x"', '"b"', '"c"'], again);
      expect(await items(story)).toEqual(['"x"', '"b"', '"c"']);
      await ledger.keepView(story, 'timeline', ['"y"'], again);
      expect(await items(story)).toEqual(['"y"']);
      expect((await ledger.storedView(story, 'timeline', { offset: 1, limit: 5 })).view?.items).toEqual([]);
      await ledger.keepView(story, 'timeline', ['"a"', '"b"'], again);
      await ledger.rebuild();
      expect(await items(story)).toBeNull();
    });

    it('makes the views of the stories a linking run touched once it is committed, with its maker', async () => {
      const made: string[] = [];
      const viewing = await openLedger(subject.source, {
        views: (self) => async (story) => {
          made.push(story);
          const members = (await self.story(story))?.members ?? [];
          return new Map([['members', [JSON.stringify(members.length)]]]);
        },
      });
      const { story, elsewhere } = await twoStories(viewing);
      const members = async (s: string) => (await viewing.storedView(s, 'members')).view?.items ?? null;
      expect(await members(story)).toEqual(['1']);
      expect(await members(elsewhere)).toEqual(['1']);
      expect([...made].sort()).toEqual([story, elsewhere].sort());
      // A new member: its story is made again (once), the other is left as kept.
      made.length = 0;
      await subject.put([layeredArticle(' Two.'), layeredArticle(' Three.')]);
      await viewing.linkPending();
      expect(made).toEqual([story]);
      expect(await members(story)).toEqual(['3']);
      expect(await members(elsewhere)).toEqual(['1']);
      // Asked for every story: each live one, once.
      made.length = 0;
      expect(await viewing.keepViews()).toBe(2);
      expect([...made].sort()).toEqual([story, elsewhere].sort());
    });

    it('reads a page of a kept view: the same items as the slice of the whole, and its size', async () => {
      const a = layeredArticle(' One.');
      await subject.put([a]);
      await ledger.linkPending();
      const story = (await ledger.storyOf(a.id)) ?? '';
      const whole = Array.from({ length: 23 }, (_, k) => JSON.stringify({ k, text: `entry ${k}` }));
      await ledger.keepView(story, 'timeline', whole, (await ledger.storedView(story, 'timeline')).epoch);
      // An empty view is kept too: read as no items, not as no view.
      await ledger.keepView(story, 'series', [], (await ledger.storedView(story, 'series')).epoch);
      expect((await ledger.storedView(story, 'series', { offset: 0, limit: 5 })).view).toEqual({
        items: [],
        total: 0,
      });
      for (const limit of [1, 5, 10, 50])
        for (let offset = 0; offset <= 25; offset += 3) {
          const { view } = await ledger.storedView(story, 'timeline', { offset, limit });
          expect(view).toEqual({ items: whole.slice(offset, offset + limit), total: whole.length });
        }
      // Kept again shorter (at the same epoch): no item of the longer view is left behind.
      await ledger.keepView(
        story,
        'timeline',
        whole.slice(0, 4),
        (await ledger.storedView(story, 'timeline')).epoch,
      );
      expect((await ledger.storedView(story, 'timeline', { offset: 2, limit: 10 })).view).toEqual({
        items: whole.slice(2, 4),
        total: 4,
      });
      expect((await ledger.storedView(story, 'timeline')).view).toEqual({
        items: whole.slice(0, 4),
        total: 4,
      });
      expect((await ledger.storedView('no-such-story', 'timeline', { offset: 0, limit: 5 })).view).toBeNull();
    });

    it('keeps a view made again with items inserted, removed and moved anywhere: the new items in order', async () => {
      const { story } = await twoStories(ledger);
      const item = (k: number | string) => JSON.stringify({ k });
      const base = Array.from({ length: 10 }, (_, k) => item(k));
      const edits: string[][] = [
        base,
        [item('a'), ...base],
        [item('a'), ...base.slice(0, 4), item('b'), item('c'), ...base.slice(4), item('d')],
        [...base.slice(0, 3), ...base.slice(6)],
        [...base.slice(0, 3), item('x'), ...base.slice(6)],
        [...base].reverse(),
        [...base.slice(5), ...base.slice(0, 5)],
        [item(1), item(1), item(1)],
        [item(1), item(2), item(1), item(1)],
        [],
        base,
      ];
      for (const items of edits) {
        await ledger.keepView(story, 'timeline', items, (await ledger.storedView(story, 'timeline')).epoch);
        expect((await ledger.storedView(story, 'timeline')).view).toEqual({ items, total: items.length });
        const { view } = await ledger.storedView(story, 'timeline', { offset: 2, limit: 3 });
        expect(view).toEqual({ items: items.slice(2, 5), total: items.length });
      }
    });

    it('reads the kept views of several stories at once: each what the one-story read gives', async () => {
      const { story, elsewhere } = await twoStories(ledger);
      expect(story).not.toBe(elsewhere);
      const whole = Array.from({ length: 12 }, (_, k) => JSON.stringify({ k, text: `entry ${k}` }));
      await ledger.keepView(story, 'summary', whole, (await ledger.storedView(story, 'summary')).epoch);
      await ledger.keepView(elsewhere, 'summary', [], (await ledger.storedView(elsewhere, 'summary')).epoch);
      // Another kind of the same story is not read as this kind.
      await ledger.keepView(
        elsewhere,
        'timeline',
        ['"t"'],
        (await ledger.storedView(elsewhere, 'timeline')).epoch,
      );
      const asked = [elsewhere, 'no-such-story', story];
      const { views, epoch } = await ledger.storedViews(asked, 'summary');
      expect(epoch).toBe((await ledger.storedView(story, 'summary')).epoch);
      for (const s of asked)
        expect(views.get(s) ?? null).toEqual((await ledger.storedView(s, 'summary')).view);
      expect([...views.keys()].sort()).toEqual([story, elsewhere].sort());
      expect(views.get(story)).toEqual({ items: whole, total: whole.length });
      expect((await ledger.storedViews([], 'summary')).views.size).toBe(0);
      // A stale story's view is no longer read; the others still are.
      await ledger.keepView(story, 'summary', whole, epoch);
      await subject.put([layeredArticle(' Two.')]);
      await ledger.linkPending();
      const after = await ledger.storedViews(asked, 'summary');
      for (const s of asked)
        expect(after.views.get(s) ?? null).toEqual((await ledger.storedView(s, 'summary')).view);
    });

    it('keeps the users’ verdicts on conflicts through a rebuild, in the order given', async () => {
      const { seed0, seed1 } = seeds();
      await subject.put([seed0, seed1]);
      await ledger.linkPending();
      const claims = ['a/c1', 'b/c1'];
      const first = await ledger.judge({
        conflict: 'c-1',
        type: 'values-differ',
        claims,
        verdict: 'wrong',
        note: 'two measures',
      });
      await ledger.judge({
        conflict: 'c-1',
        type: 'values-differ',
        claims,
        verdict: 'confirmed',
        note: null,
      });
      expect(first).toMatchObject({ kind: 'conflict-verdict', verdict: 'wrong', note: 'two measures' });
      expect(await ledger.rebuild()).toBe(2);
      expect((await ledger.verdicts()).map((v) => [v.conflict, v.verdict, v.claims])).toEqual([
        ['c-1', 'wrong', claims],
        ['c-1', 'confirmed', claims],
      ]);
    });

    it('records an article whose linking fails, skips it, and links the rest', async () => {
      const good = layeredArticle(' Good.');
      // An entity without its aliases breaks the entity linker: a content problem, not the database's.
      const odd = layeredArticle(' Broken.');
      const broken = {
        ...odd,
        entities: (odd.entities ?? []).map((e) => ({ ...e, aliases: null })),
      } as unknown as Article;
      await subject.put([broken, good]);
      expect(await ledger.linkPending()).toBe(2);
      expect(await ledger.stats()).toMatchObject({ linked: 1, failed: 1, pending: 0 });
      expect((await ledger.failures()).map((f) => f.article)).toEqual([broken.id]);
      expect(await ledger.storyOf(good.id)).not.toBeNull();
      if (traits.atomic) {
        // Its mirror signature was written before the entity linker failed: rolled back with it.
        expect(await ledger.storyOf(broken.id)).toBeNull();
        expect(await ledger.groupOf(broken.id)).toBe(broken.id);
      }
    });

    it('gives the same answers after the store is opened again, and goes on linking', async () => {
      if (!subject.reopen) return;
      const { seed0, seed1, copy, ferry } = seeds();
      await subject.put([seed0, seed1]);
      await ledger.linkPending();
      const before = await answers(ledger, [seed0, seed1]);
      const stories = await ledger.stories();
      const again = await subject.reopen();
      subject = again;
      const reopened = await openLedger(again.source);
      expect(await answers(reopened, [seed0, seed1])).toEqual(before);
      expect(await reopened.stories()).toEqual(stories);
      await again.put([copy, ferry]);
      expect(await reopened.linkPending()).toBe(2);
      expect(await reopened.groupOf(copy.id)).toBe(seed1.id);
      expect(await reopened.storyOf(copy.id)).toBe(await reopened.storyOf(seed0.id));
      expect(await reopened.storyOf(ferry.id)).not.toBe(await reopened.storyOf(seed0.id));
    });
  });
}

/** The memory backend as a subject: the reference the database backends are held to. */
export async function memorySubject(): Promise<LedgerSubject> {
  const store = memoryLedgerStore();
  return {
    put: async (articles) => articles.forEach((a) => store.put(a)),
    source: store,
    close: async () => undefined,
  };
}
