import { describe, expect, it } from 'vitest';
import { newsStream } from './news-stream.js';

describe('newsStream: synthetic news shaped like real coverage', () => {
  const stream = newsStream(20_000);

  it('gives the same stream for the same total and seed, and another for another seed', () => {
    const again = newsStream(20_000);
    expect([0, 7, 19_999].map((n) => again.article(n))).toEqual([0, 7, 19_999].map((n) => stream.article(n)));
    expect(newsStream(20_000, { seed: 2 }).article(7)).not.toEqual(stream.article(7));
  });

  it('spreads articles over stories with a heavy tail: one story of 3%, most stories single reports', () => {
    const sizes = Array.from({ length: stream.stories }, (_, s) => stream.sizeOf(s)).sort((a, b) => b - a);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(sizes[0]).toBe(600);
    expect(sizes[1]).toBeLessThanOrEqual(360);
    expect(sizes.filter((s) => s === 1).length / sizes.length).toBeGreaterThan(0.5);
    expect(sizes.filter((s) => s >= 50).length).toBeGreaterThanOrEqual(10);
  });

  it('numbers articles in publication order, and a copy follows its original in its own story', () => {
    let copies = 0;
    for (let n = 1; n < 2000; n++) {
      expect(stream.article(n).published >= stream.article(n - 1).published).toBe(true);
      const original = stream.copyOf(n);
      if (original < 0) continue;
      copies++;
      expect(original).toBeLessThan(n);
      expect(stream.storyOf(original)).toBe(stream.storyOf(n));
      expect(stream.article(n).outlet).not.toBe(stream.article(original).outlet);
    }
    expect(copies).toBeGreaterThan(100);
  });

  it('gives each story its own words: reports of one story share names, two stories do not', () => {
    const [a, b] = stream.members(0);
    const other = stream.members(1)[0] ?? 0;
    const names = (n: number) => new Set(stream.article(n).text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []);
    const shared = (x: Set<string>, y: Set<string>) => [...x].filter((w) => y.has(w)).length;
    expect(shared(names(a ?? 0), names(b ?? 0))).toBeGreaterThan(0);
    expect(shared(names(a ?? 0), names(other))).toBe(0);
  });
});
