import { foldedWords, stem } from '../common/words.js';

/**
 * How alike each pair of texts is in what they report: the cosine of their tf-idf vectors of
 * word stems (four letters or more; idf over these texts, so the story's common words weigh
 * little). Used to weigh a story's dated articles by how closely they report what an undated
 * one does: news on one event comes out in one burst.
 *
 * @example contentNearness(['quake hits Chile', 'Chile quake toll rises'])(0, 1) // 0.5
 */
export function contentNearness(texts: readonly string[]): (a: number, b: number) => number {
  const bags = texts.map((t) => {
    const bag = new Map<string, number>();
    for (const w of foldedWords(t)) if (w.length >= 4) bag.set(stem(w), (bag.get(stem(w)) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = bags.length;
  const vectors = bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of bag) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / (df.get(term) ?? 1));
      v.set(term, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) };
  });
  const memo = new Map<number, number>();
  return (a, b) => {
    const key = Math.min(a, b) * n + Math.max(a, b);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const [x, y] = [vectors[a], vectors[b]];
    let dot = 0;
    if (x && y) for (const [term, w] of x.v) dot += w * (y.v.get(term) ?? 0);
    const cos = x && y && x.norm > 0 && y.norm > 0 ? dot / (x.norm * y.norm) : 0;
    memo.set(key, cos);
    return cos;
  };
}
