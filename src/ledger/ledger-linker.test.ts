import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textInput } from '../../test/helpers/article.js';
import { createPipeline } from '../pipeline/order.js';
import { INDEX_BACKENDS } from '../../test/helpers/ledger-indexes.js';
import { createLedgerLinker } from './ledger-linker.js';

const sample = join(import.meta.dirname, '..', '..', 'sample');
const pipeline = createPipeline();
const read = (name: string) => readFileSync(join(sample, name), 'utf8');

describe.each(INDEX_BACKENDS)('createLedgerLinker ($name index)', ({ open }) => {
  it('puts the two seed reports in one story and links a truncated copy to its original', async () => {
    const ledger = createLedgerLinker(open());
    const seed0 = pipeline.run(textInput(read('seed-000.txt'), 'seed-000.txt'));
    const seed1 = pipeline.run(textInput(read('seed-001.txt'), 'seed-001.txt'));
    const copy = pipeline.run(textInput(read('seed-001.txt').slice(0, 1500), 'copy.txt'));
    const [a, b, c] = [await ledger.add(seed0, 0), await ledger.add(seed1, 1), await ledger.add(copy, 2)];
    expect(b.story.story).toBe(a.story.story);
    expect(b.mirror.link).toBeNull();
    expect(c.mirror.link).toMatchObject({ mirrorOf: seed1.id, rule: 'contained' });
    expect(c.story).toMatchObject({ rule: 'mirror', story: a.story.story });
    expect(await ledger.groupOf(copy.id)).toBe(seed1.id);
    expect((await ledger.indexes.stories.story(a.story.story))?.label).toMatch(/North Korean/);
  });

  it.each([
    ['an empty text', ''],
    ['only markup', '<br /><br />&nbsp;<p></p>'],
    ['only figures', '1 2 3 4 5 30,023 11.490 2019 2020'],
    ['emoji and symbols', '🙂🙂 ### *** --- ???'],
    ['one very long word', 'x'.repeat(20_000)],
  ])('does not throw on %s', async (_what, text) => {
    const ledger = createLedgerLinker(open());
    const article = pipeline.run(textInput(text, 'odd.txt'));
    expect((await ledger.add(article, 0)).story.rule).toBe('new-story');
  });
});
