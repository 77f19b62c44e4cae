import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textInput } from '../../../test/helpers/article.js';
import { createLedgerLinker } from '../../ledger/index.js';
import type { Article } from '../../model/index.js';
import { createPipeline } from '../../pipeline/order.js';
import { encodeArticle } from '../encode.js';
import type { StoreLedger } from '../ledger.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pipeline = createPipeline();
const seed = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'sample', name), 'utf8');
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

/** What the ledger says about some articles: enough to tell two differently linked stores apart. */
function answers(ledger: StoreLedger, articles: readonly Article[]) {
  return articles.map((a) => ({
    group: ledger.groupOf(a.id),
    story: ledger.storyOf(a.id),
    entities: (a.entities ?? []).map((e) => ledger.entityOf(a.id, e.id)?.id ?? null),
  }));
}

describe('the SQLite ledger', () => {
  it('gives the same answers after the store is closed and opened again, and goes on linking', async () => {
    const file = join(dir, 'reopen.db');
    const first = await openSqliteStore(file);
    await first.put([seed0, seed1].map((a) => encodeArticle(a)));
    const ledger = await first.ledger();
    await ledger.linkPending();
    const before = answers(ledger, [seed0, seed1]);
    const stories = ledger.stories();
    await first.close();

    const again = await openSqliteStore(file);
    const reopened = await again.ledger();
    expect(answers(reopened, [seed0, seed1])).toEqual(before);
    expect(reopened.stories()).toEqual(stories);
    await again.put([copy, ferry].map((a) => encodeArticle(a)));
    expect(await reopened.linkPending()).toBe(2);
    expect(reopened.groupOf(copy.id)).toBe(seed1.id);
    expect(reopened.storyOf(copy.id)).toBe(reopened.storyOf(seed0.id));
    expect(reopened.storyOf(ferry.id)).not.toBe(reopened.storyOf(seed0.id));
    await again.close();
  });

  it('links as the in-memory linker does: the same mirrors, stories and canonical entities', async () => {
    const store = await openSqliteStore(':memory:');
    const articles = [seed0, seed1, copy, ferry];
    await store.put(articles.map((a) => encodeArticle(a)));
    const ledger = await store.ledger();
    await ledger.linkPending();
    const memory = createLedgerLinker();
    articles.forEach((a, i) => memory.add(a, i + 1));
    expect(answers(ledger, articles)).toEqual(
      articles.map((a) => ({
        group: memory.groupOf(a.id),
        story: memory.indexes.stories.storyOf(a.id) ?? null,
        entities: (a.entities ?? []).map((e) => memory.entities.entityOf(a.id, e.id)?.id ?? null),
      })),
    );
    expect(ledger.stories().items.map((s) => s.label)).toEqual(
      [...memory.indexes.stories.stories()].sort((a, b) => b.size - a.size).map((s) => s.label),
    );
    await store.close();
  });

  it('gives the seeds one story and one entity each for the people and bodies they share', async () => {
    const store = await openSqliteStore(':memory:');
    await store.put([seed0, seed1].map((a) => encodeArticle(a)));
    const ledger = await store.ledger();
    await ledger.linkPending();
    expect(ledger.stats()).toMatchObject({ linked: 2, stories: 1, mirrors: 0 });
    const story = ledger.story(ledger.storyOf(seed0.id) ?? '');
    expect(story).toMatchObject({ members: [seed0.id, seed1.id], first: '2019-02-07', last: '2020-01-16' });
    expect(story?.label).toMatch(/North Korean/);
    for (const name of ['Donald Trump', 'Kim Jong Un', 'Resolution 2397', 'Russia']) {
      const found = ledger.findEntities(name);
      expect(found[0]?.name, name).toBe(name);
      expect(
        found.filter((e) => e.name === name),
        name,
      ).toHaveLength(1);
      expect(ledger.entity(found[0]?.id ?? '')?.articles, name).toBe(2);
    }
    await store.close();
  });

  it('rebuilds from the stored articles and replays the users’ decisions', async () => {
    const store = await openSqliteStore(':memory:');
    await store.put([seed0, seed1].map((a) => encodeArticle(a)));
    const ledger = await store.ledger();
    await ledger.linkPending();
    const [trump] = ledger.findEntities('Donald Trump');
    const split = await ledger.split(trump?.id ?? '', { article: seed1.id });
    expect(split.changed).toBe(true);
    const before = answers(ledger, [seed0, seed1]);
    expect(await ledger.rebuild()).toBe(2);
    expect(answers(ledger, [seed0, seed1])).toEqual(before);
    expect(ledger.findEntities('Donald Trump')).toHaveLength(2);
    await store.close();
  });
});
