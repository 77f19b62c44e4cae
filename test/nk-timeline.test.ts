import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { absentReason, SHARED } from '../eval/datasets/paths.js';
import { runStory } from '../eval/ledger/run-story.js';

const corpus = join(SHARED, 'corpus', 'nk-workers');
const present = existsSync(join(corpus, 'manifest.jsonl'));

/**
 * The main story's timeline on nk-workers, ingested whole as its text files into a fresh store
 * (as the `ledger` eval suite does): the share of its entries with no known time, and how their
 * sources read. Measured when written: 10 of 247 (4.0 %; 57 of 250 before relative deadlines,
 * month-days dated by the story and copies sharing an estimate), every one from an undated
 * article with no cue to its year (a weekday, "in January", "yesterday").
 */
describe.skipIf(!present)('nk-workers main-story timeline', () => {
  let entries = 0;
  let undated = 0;
  let voices: string[] = [];

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
    voices = timeline.flatMap((e) => [e.speaker, ...e.repeatedBy, ...e.claims.map((c) => c.voice)]);
    // Series repeat and conflicts explain in the same words.
    const series = await run.queries.series(undefined, { story: main });
    voices.push(...series.flatMap((x) => x.points.flatMap((p) => p.repeatedBy)));
    voices.push(...(await run.queries.conflicts({ story: main })).map((c) => c.reason));
    await run.store.close();
  }, 300_000);

  it('leaves at most 10 % of its entries undated', () => {
    expect(entries).toBeGreaterThan(200);
    expect(undated / entries).toBeLessThanOrEqual(0.1);
  });

  it('names every source by a name, an outlet, a title or “the article”, never a file', () => {
    expect(voices.length).toBeGreaterThan(entries);
    expect(voices.filter((v) => /\.txt\b|^(?:d\d+|seed-\d+)$|\bby (?:d\d+|seed-\d+)\b/.test(v))).toEqual([]);
  });
});

describe.skipIf(present)('nk-workers main-story timeline (absent)', () => {
  it.skip(absentReason('../shared/corpus/nk-workers'), () => {});
});
