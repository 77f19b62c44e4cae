import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { absentReason, SHARED } from '../eval/datasets/paths.js';
import { runStory } from '../eval/ledger/run-story.js';

const corpus = join(SHARED, 'corpus', 'nk-workers');
const present = existsSync(join(corpus, 'manifest.jsonl'));

/**
 * The main story's timeline on nk-workers, ingested whole as its text files into a fresh store
 * (as the `ledger` eval suite does): the share of its entries with no known time. Measured when
 * written: 57 of 250 (22.8 %, with anchored references; 64 of 251 before), every one from an
 * undated article that neither its text nor its story could date (see the todo below).
 */
describe.skipIf(!present)('nk-workers main-story timeline', () => {
  let entries = 0;
  let undated = 0;

  beforeAll(async () => {
    const ids = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    const docs = ids.map((id) => ({
      id,
      url: null,
      title: null,
      text: readFileSync(join(corpus, 'docs', `${id}.txt`), 'utf8'),
    }));
    const run = await runStory(docs, { plainText: true });
    const main = (await run.engine.ledger.storyOf(run.articleOf.get('seed-000') ?? '')) ?? '';
    const timeline = await run.queries.timeline({ story: main });
    entries = timeline.length;
    undated = timeline.filter((e) => e.time === null).length;
    await run.store.close();
  }, 300_000);

  it('leaves no more of its entries undated than when measured', () => {
    expect(entries).toBeGreaterThan(200);
    expect(undated / entries).toBeLessThanOrEqual(0.23);
  });

  // Known failure, kept on record.
  it.todo(
    'leaves at most 10 % of its entries undated (stays at 22.8 %: undated articles of a story reported over years whose only cue is a weekday, relative times tied to names that fewer than two dated articles date alike, a translation pair with no dated member)',
  );
});

describe.skipIf(present)('nk-workers main-story timeline (absent)', () => {
  it.skip(absentReason('../shared/corpus/nk-workers'), () => {});
});
