import { textArticle } from '../../test/helpers/article.js';
import type { Article, Entity } from '../../src/model/index.js';
import { createLedgerLinker } from '../../src/ledger/index.js';
import type { BenchSuite } from '../suite.js';

const SIZES = [1_000, 10_000, 100_000];
const MEASURED = 300;
const WORDS = 120;

/**
 * The cost of adding one article to the cross-article layer (mirrors, entities, stories) when the
 * indexes already hold 1k, 10k and 100k articles. The articles are synthetic but shaped like a
 * news stream (see `syntheticArticle`); they go through the real signature functions and the
 * in-memory indexes. At each size the next 300 articles are timed one by one (they are added
 * for real), and the ratio of the per-article cost at 100k to that at 1k shows whether the cost
 * grows with the store: the design keeps it flat (capped postings, bounded candidates).
 */
export const suite: BenchSuite = {
  name: 'linking',
  async run() {
    const ledger = createLedgerLinker();
    const stream = syntheticStream(20260101);
    const rows = [];
    let added = 0;
    const perArticle = new Map<number, number>();
    for (const size of SIZES) {
      while (added < size) await ledger.add(stream.next(), added++);
      const articles = Array.from({ length: MEASURED }, () => stream.next());
      const started = performance.now();
      for (const article of articles) await ledger.add(article, added++);
      const ms = (performance.now() - started) / MEASURED;
      perArticle.set(size, ms);
      rows.push({
        label: `add one article to an index of ${size.toLocaleString('en-US')}`,
        value: ms,
        unit: 'ms',
      });
    }
    const first = perArticle.get(SIZES[0] ?? 0) ?? 1;
    const last = perArticle.get(SIZES[SIZES.length - 1] ?? 0) ?? 1;
    const heap = process.memoryUsage().heapUsed / 1e6;
    return {
      notes: [
        'synthetic stream: 120-word articles, 60% of words from their story, 40% from a Zipf vocabulary of 20,000 words; a new story every 4th article, otherwise a recent one; 3–6 entities from the story and a shared pool; one article in 20 a truncated copy of an earlier one; dates advance a day per 100 articles',
        `at the end: ${added.toLocaleString('en-US')} articles in ${(await ledger.indexes.stories.stories()).length.toLocaleString('en-US')} stories (${stream.stories().toLocaleString('en-US')} generated), ${(await ledger.indexes.entities.entities()).length.toLocaleString('en-US')} canonical entities; in-memory indexes use ${Math.round(heap).toLocaleString('en-US')} MB of heap (the store keeps them in SQLite)`,
      ],
      rows,
      ratios: [{ label: 'median cost at 100k / at 1k (flat is 1)', ratio: last / first }],
    };
  },
};

/** A deterministic stream of synthetic articles (mulberry32). */
function syntheticStream(seed: number): { next: () => Article; stories: () => number } {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const zipf = (n: number) => Math.floor(Math.exp(random() * Math.log(n + 1))) - 1;
  // Letters only: the term extractors skip tokens with digits, as they should for real words.
  const letters = (i: number): string =>
    (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
  const word = (i: number) => `w${letters(i)}`;
  const texts: string[] = [];
  let stories = 0;
  let count = 0;
  const next = (): Article => {
    count++;
    if (count % 20 === 0 && texts.length > 0) {
      const source = texts[texts.length - 1 - zipf(Math.min(texts.length, 2000))] ?? '';
      return textArticle(source.slice(0, Math.floor(source.length * 0.8)), `copy-${count}.txt`);
    }
    const story = random() < 0.25 || stories === 0 ? stories++ : stories - 1 - zipf(Math.min(stories, 500));
    const words: string[] = [];
    for (let i = 0; i < WORDS; i++) {
      words.push(
        random() < 0.6 ? `s${letters(story)}x${letters(Math.floor(random() * 40))}` : word(zipf(20_000)),
      );
    }
    const day = Math.floor(count / 100);
    const date = new Date(Date.UTC(2019, 0, 1 + day)).toISOString().slice(0, 10);
    const text = ` date ${date} ${words.join(' ')}.`;
    texts.push(text);
    const article = textArticle(text, `syn-${count}.txt`);
    const entities: Entity[] = [];
    const n = 3 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) {
      const shared = random() < 0.3;
      const pool = shared ? zipf(300) : Math.floor(random() * 5);
      const name = shared ? `Person${pool} Common${pool}` : `Given${story}n${pool} Family${story}n${pool}`;
      entities.push({
        kind: 'entity',
        id: `e${i}`,
        type: 'person',
        name,
        aliases: [],
        roles: [],
        mentions: [],
        stage: 'bench',
        rule: 'synthetic',
      });
    }
    return { ...article, entities, mentions: [] };
  };
  return { next, stories: () => stories };
}
