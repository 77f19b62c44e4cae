import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/order.js';
import { textInput } from '../../test/helpers/article.js';
import { LINK_FEATURES_VERSION, linkFeaturer, parseLinkFeatures } from './features.js';
import { createLedgerLinker } from './ledger-linker.js';

const pipeline = createPipeline();
const sample = join(import.meta.dirname, '..', '..', 'sample');
const seed = (name: string) => pipeline.run(textInput(readFileSync(join(sample, name), 'utf8'), name));

describe('link features', () => {
  const articles = [seed('seed-000.txt'), seed('seed-001.txt')];
  const featuresOf = linkFeaturer();

  it('link as the articles they were derived from, after a round trip through JSON', async () => {
    const fromArticles = createLedgerLinker();
    const fromFeatures = createLedgerLinker();
    for (const [i, article] of articles.entries()) {
      const stored = parseLinkFeatures(JSON.stringify(featuresOf(article)));
      expect(stored).not.toBeNull();
      expect(await fromFeatures.add(stored ?? article, i)).toEqual(await fromArticles.add(article, i));
    }
    expect(await fromFeatures.indexes.stories.stories()).toEqual(
      await fromArticles.indexes.stories.stories(),
    );
  });

  it.each([
    ['another version', JSON.stringify({ kind: 'link-features', version: LINK_FEATURES_VERSION + 1 })],
    ['another kind', JSON.stringify({ kind: 'article', version: LINK_FEATURES_VERSION })],
    ['nothing stored', null],
  ])('are not used when they are of %s', (_, json) => {
    expect(parseLinkFeatures(json)).toBeNull();
  });
});
