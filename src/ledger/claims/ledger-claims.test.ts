import { describe, expect, it } from 'vitest';
import { textInput } from '../../../test/helpers/article.js';
import { createPipeline } from '../../pipeline/order.js';
import { articleRef, byName, ledgerClaims, voiceOf } from './ledger-claims.js';

describe('speakers as a reader sees them', () => {
  const pipeline = createPipeline();
  const speakers = (text: string) => {
    const article = pipeline.run(textInput(text, 'a.txt'));
    return ledgerClaims(article, articleRef(article), byName).map((c) => c.speakerName);
  };

  it.each([
    ['“We expect them to come back as tourists,” the source said.', 'the source'],
    ['Officials said on Friday that a source told them the workers had left by train.', 'a source'],
    ['A source said the workers had left the city by train.', 'A source'],
  ])('%s → %s', (text, expected) => {
    expect(speakers(text)).toContain(expected);
  });

  it('gives the article’s own voice its outlet or where it came from, never “the article”', () => {
    expect(voiceOf({ outlet: 'UPI', source: 'a.txt' })).toBe('UPI');
    expect(voiceOf({ outlet: null, source: 'https://www.sacbee.com/news/a.html' })).toBe('sacbee.com');
    expect(voiceOf({ outlet: null, source: '/data/d12.txt' })).toBe('d12.txt');
  });
});
