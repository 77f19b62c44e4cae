import { describe, expect, it } from 'vitest';
import { tokens } from './index.js';
import { textArticle } from '../../../test/helpers/article.js';

const stage = tokens({});

function sentencesOf(body: string): string[] {
  const article = stage.run(textArticle(body));
  return (article.sentences ?? []).map((s) => article.text.slice(s.span.start, s.span.end));
}

describe('tokens stage', () => {
  it.each([
    ['U.S. special envoy Stephen Biegun arrived. He met officials.', 2],
    ['The U.N. Security Council met on Dec. 22. It voted.', 2],
    ['Trump is to meet with Kim in Vietnam from Feb. 27 to 28.', 1],
    ['“China is helping us,” Trump said. “It is a game of chess.” He left.', 3],
    ['Headline without a full stop\n\nBody sentence one. Body sentence two.', 3],
    ['“We need it,” Detik.com quoted the minister as saying. He left.', 2],
    ['Shares of Amazon.com rose. They fell.', 2],
  ])('splits %j into %i sentences', (text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });

  it('reads "U.S." the same after an article that wrote "U.S" without its dot', () => {
    const read = (stage: ReturnType<typeof tokens>, body: string) => {
      const article = stage.run(textArticle(body));
      return {
        words: (article.tokens ?? []).map((t) => article.text.slice(t.span.start, t.span.end)),
        sentences: (article.sentences ?? []).length,
      };
    };
    const body = 'Muslims traveling to the U.S. were stopped. Airbus S.A.S. sold more.';
    const fresh = read(tokens({}), body);
    // wink remembers "U.S" when it reads it first, and splits every later "U.S." after it.
    const used = tokens({});
    read(used, 'Talks between Gorbachev and the U.S government and S.A.S went on.');
    expect(read(used, body)).toEqual(fresh);
    expect(fresh.words).toContain('U.S.');
    expect(fresh.sentences).toBe(2);
  });

  it('keeps a headline apart from the paragraph after a blank line', () => {
    const [headline] = sentencesOf(
      '‘Almost all’ workers repatriated, Russia says\n\nJan. 16 (UPI) — Russia says so.',
    );
    expect(headline).toBe('‘Almost all’ workers repatriated, Russia says');
  });

  it('gives every token exact character offsets', () => {
    const body = 'Pyotr Ilichev said “finished” — since Dec. 22, 2019.\n\nThere are 1,000-2,000 workers.';
    const article = stage.run(textArticle(body));
    const words = (article.tokens ?? []).map((t) => article.text.slice(t.span.start, t.span.end));
    expect(words).toContain('Ilichev');
    expect(words).toContain('“');
    expect(words).toContain('Dec.');
    expect(words).toContain('1,000-2,000');
    expect(words.some((w) => /\s/.test(w))).toBe(false);
    const sentence = article.sentences?.[1];
    expect(sentence && article.text.slice(sentence.span.start, sentence.span.end)).toBe(
      'There are 1,000-2,000 workers.',
    );
  });

  it('keeps offsets exact across unusual whitespace', () => {
    const body = 'Seoul\u00a0said  it\tcan\u2009\u2009not — ok.\nNext line\u3000here. Don’t go.';
    const article = stage.run(textArticle(body));
    const words = (article.tokens ?? []).map((t) => article.text.slice(t.span.start, t.span.end));
    expect(words).toEqual(expect.arrayContaining(['Seoul', 'said', 'it', 'can', 'not', '—', 'here', 'go']));
    expect(words.some((w) => /\s/.test(w))).toBe(false);
  });

  it('tags parts of speech and, when asked, finds number spans', () => {
    expect(stage.run(textArticle('About 11,000 remain.')).numerics).toBeUndefined();
    const article = tokens({ numerics: true }).run(
      textArticle('Matsegora said 34,000 workers declined to about 11,000.'),
    );
    expect(article.tokens?.find((t) => t.normal === 'said')?.pos).toBe('VERB');
    expect((article.numerics ?? []).map((n) => n.text)).toEqual(expect.arrayContaining(['34,000']));
  });
});
