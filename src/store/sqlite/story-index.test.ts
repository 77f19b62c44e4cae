import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createMemoryStoryIndex } from '../../ledger/stories/memory-index.js';
import type { Story, StoryIndex } from '../../ledger/stories/types.js';
import { sqliteMigrations } from './ddl.js';
import { migrate } from './migrate.js';
import { sqliteStoryIndex } from './story-index.js';

const story = (id: string): Story => ({
  kind: 'story',
  id,
  label: id,
  size: 1,
  mirrors: 0,
  created: 0,
  updated: 0,
  time: null,
  languages: {},
  terms: {},
  entities: {},
  vector: {},
  entityVector: {},
  names: {},
  phrases: {},
});

/** Files stories under shared keys, some given twice in one put, past a cap of 2. */
async function fill(index: StoryIndex): Promise<Map<string, number>[]> {
  await index.put(story('s1'), ['war', 'peace']);
  await index.put(story('s2'), ['war', '#30023', 'war']);
  await index.put(story('s3'), ['peace', 'war']);
  await index.put(story('s1'), ['#30023']);
  await index.put(story('s4'), []);
  return [
    new Map(await index.lookup(['war'])),
    new Map(await index.lookup(['peace'])),
    new Map(await index.lookup(['#30023'])),
  ];
}

describe('sqlite story index: postings filed in one statement per story', () => {
  it('keeps the cap most recent stories of each key, as the memory index does', async () => {
    const db = new Sqlite(':memory:');
    migrate(db, sqliteMigrations(), ':memory:');
    const sqlite = await fill(sqliteStoryIndex(db, 2));
    const memory = await fill(createMemoryStoryIndex({ postingCap: 2 }));
    expect(sqlite).toEqual(memory);
    // 'war' was filed by s1, s2 (twice) and s3: the two most recent are s2 and s3.
    expect([...(sqlite[0]?.keys() ?? [])].sort()).toEqual(['s2', 's3']);
  });
});
