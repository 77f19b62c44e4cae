import { describe, expect, it } from 'vitest';
import { attribute } from '../../stages/attribution/test/run.js';
import { attributionLine, attributionsJson } from './attributions.js';

describe('attributions view', () => {
  const article = attribute(
    'Tidewater Radio reported on Friday Governor Ana Ruiz told lawmakers the budget was balanced. “It is,” the governor said.',
  );
  const [first, second] = article.attributions ?? [];

  it('reads the chain from carrier to speaker, then the content', () => {
    expect(first && attributionLine(first, article.text)).toBe(
      'Tidewater Radio (reported) → Ana Ruiz (told lawmakers): the budget was balanced  [indirect · speaker-then-content · 0.85]',
    );
  });

  it('shows the words the text uses when the name comes from an earlier speaker', () => {
    expect(second && attributionLine(second, article.text)).toBe(
      'Ana Ruiz [the governor] (said): “It is”  [direct · quote-then-speaker · 0.81]',
    );
  });

  it('gives the words of every span in the JSON view', () => {
    const [json] = attributionsJson(article) as { source: { text: string }; chain: { text: string }[] }[];
    expect(json?.source.text).toBe('Governor Ana Ruiz');
    expect(json?.chain.map((l) => l.text)).toEqual(['Tidewater Radio', 'Governor Ana Ruiz']);
  });
});
