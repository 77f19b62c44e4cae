import type { ArticleDetail, Queries } from '../../src/engine/queries.js';
import type {
  ArticleSummary,
  ClaimView,
  ConflictView,
  EntityDetail,
  Page,
  SeriesView,
  StorySummary,
  TimelineEntryView,
} from '../../src/engine/views.js';
import type { Article } from '../../src/model/index.js';
import { articleJson } from '../../src/report/article-json.js';

/**
 * A small in-memory `Queries` over hand-made records (our own sentences, not the seeds), for API
 * tests that need no store. `add` puts an analysed article in, so that a POSTed one is readable.
 */
export interface MemoryQueries extends Queries {
  add(article: Article): void;
}

const TEXT_A =
  'Fewer foreign workers remain in Norland, the labour ministry said on Tuesday. ' +
  'Minister Ana Vell told reporters in March 2019 that about 9,000 workers were left, down from 30,000.';
const TEXT_B = 'Dozens of workers crossed into Norland on Dec. 23, 2019, a broadcaster reported.';

function summary(id: string, title: string, outlet: string, published: string): ArticleSummary {
  return {
    id,
    title,
    outlet,
    published,
    precision: 'day',
    source: `${id}.txt`,
    language: 'en',
    mirrorOf: null,
  };
}

const ARTICLES: readonly ArticleSummary[] = [
  summary('a1', 'Workers leave Norland', 'Wire One', '2019-03-12'),
  summary('a2', 'Workers cross the border', 'Broadcaster Two', '2019-12-24'),
];

function claim(
  key: string,
  articleId: string,
  text: string,
  host: string,
  refers: string,
  extra: Partial<ClaimView> = {},
): ClaimView {
  const start = host.indexOf(text);
  const sentenceStart = host.lastIndexOf('. ', start) + (host.lastIndexOf('. ', start) < 0 ? 1 : 2);
  const sentenceEnd = host.indexOf('.', start + text.length) + 1 || host.length;
  const article = ARTICLES.find((a) => a.id === articleId);
  return {
    key,
    articleId,
    text,
    span: { start, end: start + text.length },
    sentence: {
      text: host.slice(sentenceStart, sentenceEnd),
      span: { start: sentenceStart, end: sentenceEnd },
    },
    speaker: { key: 'e1', name: 'Ana Vell' },
    carriers: [],
    outlet: article?.outlet ?? null,
    published: article?.published ?? null,
    modality: 'asserted',
    times: { said: null, refers: { value: refers, how: 'explicit' } },
    deadline: null,
    quantities: [],
    stage: 'claims',
    rule: 'test',
    ...extra,
  };
}

const C1 = claim('a1/c2', 'a1', 'about 9,000 workers were left, down from 30,000', TEXT_A, '2019-03', {
  quantities: [
    {
      id: 'q1',
      text: 'about 9,000',
      value: 9000,
      min: 8000,
      max: 10000,
      approximate: true,
      unit: 'people',
      counted: 'workers',
    },
  ],
});
const C0 = claim('a1/c1', 'a1', 'Fewer foreign workers remain in Norland', TEXT_A, '2019-03-12', {
  speaker: { key: 'e2', name: 'labour ministry' },
});
const C2 = claim(
  'a2/c1',
  'a2',
  'Dozens of workers crossed into Norland on Dec. 23, 2019',
  TEXT_B,
  '2019-12-23',
  {
    speaker: null,
    carriers: [],
  },
);

const CONFLICT: ConflictView = {
  id: 'k1',
  type: 'contradicted',
  reason: 'Ana Vell says workers left; Broadcaster Two reports dozens crossing in',
  measure: null,
  claims: [C0, C2],
  rule: 'test',
};

const TIMELINE: readonly TimelineEntryView[] = [C1, C0, C2].map((c) => ({
  time: c.times.refers,
  text: c.text,
  modality: c.modality,
  speaker: c.speaker?.name ?? c.outlet ?? '',
  claims: [c],
  firstReported: { outlet: c.outlet, published: c.published },
  repeatedBy: [],
  conflicts: CONFLICT.claims.some((x) => x.key === c.key) ? ['k1'] : [],
}));

const SERIES: SeriesView = {
  measure: 'workers@norland',
  label: 'workers in Norland',
  outlets: ['Wire One'],
  points: [
    {
      value: 30000,
      min: null,
      max: null,
      approximate: false,
      unit: 'people',
      text: '30,000',
      time: { value: '2017', how: 'context' },
      timeIs: 'at',
      claim: C1,
      conflicts: [],
    },
    {
      value: 9000,
      min: 8000,
      max: 10000,
      approximate: true,
      unit: 'people',
      text: 'about 9,000',
      time: { value: '2019-03', how: 'explicit' },
      timeIs: 'at',
      claim: C1,
      conflicts: [],
    },
  ],
};

const STORY: StorySummary = {
  id: 's1',
  label: 'foreign workers in Norland',
  articles: 2,
  outlets: ['Wire One', 'Broadcaster Two'],
  first: '2019-03-12',
  last: '2019-12-24',
};

const ENTITY: EntityDetail = {
  id: 'e1',
  name: 'Ana Vell',
  type: 'person',
  aliases: ['Ana Vell', 'Vell'],
  articles: 1,
  mentions: 2,
  roles: [
    {
      title: 'Minister',
      affiliation: 'labour ministry',
      first: '2019-03-12',
      last: '2019-03-12',
      articles: 1,
    },
  ],
  merges: [{ alias: 'Vell', rule: 'surname', evidence: 'same article, surname of Ana Vell' }],
  statements: [C1],
};

function page<T>(items: readonly T[], offset = 0, limit = 50): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit };
}

/** The in-memory Queries fixture; each call makes a fresh one (no shared state between tests). */
export function memoryQueries(): MemoryQueries {
  const added = new Map<string, Article>();
  const texts = new Map([
    ['a1', TEXT_A],
    ['a2', TEXT_B],
  ]);
  const detailOf = (id: string): ArticleDetail | null => {
    const stored = added.get(id);
    if (stored) {
      const s = summary(
        stored.id,
        stored.title ?? '',
        stored.outlet?.name ?? '',
        stored.published.value ?? '',
      );
      return {
        summary: { ...s, source: stored.source },
        story: null,
        layers: articleJson(stored),
        claims: [],
      };
    }
    const s = ARTICLES.find((a) => a.id === id);
    const text = texts.get(id);
    if (!s || text === undefined) return null;
    const claims = [C0, C1, C2].filter((c) => c.articleId === id);
    return {
      summary: s,
      story: 's1',
      layers: {
        id,
        text,
        sentences: [],
        entities: [],
        times: [],
        attributions: [],
        quantities: [],
        claims: [],
      },
      claims,
    };
  };
  const allArticles = () => [
    ...ARTICLES,
    ...[...added.values()].map((a) =>
      summary(a.id, a.title ?? '', a.outlet?.name ?? '', a.published.value ?? ''),
    ),
  ];
  return {
    add: (article) => void added.set(article.id, article),
    stories: async (p = {}) => page([STORY], p.offset, p.limit),
    story: async (id) => (id === STORY.id ? STORY : null),
    timeline: async (f = {}) => (f.story && f.story !== 's1' ? [] : TIMELINE),
    series: async (measure) => (measure && !SERIES.label.includes(measure) ? [] : [SERIES]),
    conflicts: async () => [CONFLICT],
    claims: async (f = {}, p = {}) =>
      page(
        [C0, C1, C2].filter((c) => !f.outlet || c.outlet === f.outlet),
        p.offset,
        p.limit,
      ),
    entities: async (q, p = {}) =>
      page(
        [ENTITY].filter((e) => !q || e.name.toLowerCase().includes(q.toLowerCase())),
        p.offset,
        p.limit,
      ),
    entity: async (id) => (id === 'e1' || id.toLowerCase() === 'ana vell' ? ENTITY : null),
    articles: async (p = {}) => page(allArticles(), p.offset, p.limit),
    article: async (id) => detailOf(id),
    search: async (query, f = {}) =>
      page(
        allArticles()
          .filter((a) => (a.title ?? '').toLowerCase().includes(query.toLowerCase()))
          .map((a) => ({ article: a, snippet: [{ text: a.title ?? '', match: true }], score: 1 })),
        f.offset,
        f.limit,
      ),
  };
}
