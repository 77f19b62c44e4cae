import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { STORY_PARAMS } from './data/params.js';
import { createStoryClusterer } from './cluster.js';
import { createStoryLabeler } from './label.js';
import { INDEX_BACKENDS } from '../../../test/helpers/ledger-indexes.js';
import { scoreStory } from './score.js';
import { createStorySigner } from './signature.js';
import type { Story } from './types.js';
import { stem } from '../common/words.js';

// Three invented stories, three reports each, in our own words.
const PORT = [
  ` date 2021-03-02 Carvella port bans scrap metal exports. The port authority of Carvella stopped all scrap metal exports on Monday, citing the regional trade accord. Harbour director Ilse Marrow said inspections of containers would begin at once.`,
  ` date 2021-03-09 Scrap exporters protest Carvella port ban. Exporters of scrap metal blocked the gates of Carvella port, saying the export ban leaves containers stranded. Harbour director Ilse Marrow refused to lift the ban on scrap.`,
  ` date 2021-03-20 Carvella port returns 4,312 scrap containers. The port authority said 4,312 containers of scrap metal were turned back since the ban. Ilse Marrow said the scrap export ban would stay until the trade accord is reviewed.`,
];
const FERRY = [
  ` date 2021-03-03 Ferry crews strike on the Tessel islands. Ferry crews walked out over pay, stranding passengers on the Tessel islands. The crews' union said sailings would stop until wages rise.`,
  ` date 2021-03-05 Tessel ferry strike enters third day. Island hotels report cancelled bookings as the ferry strike continues; the union of ferry crews and the operators met without agreement on wages.`,
  ` date 2021-03-08 Tessel ferry strike ends with pay deal. Ferry crews accepted a pay rise and sailings to the Tessel islands resume on Saturday, the union and the ferry operators said.`,
];
const VOLCANO = [
  ` date 2021-03-04 Mount Orrin volcano erupts, villages evacuated. Lava from Mount Orrin reached the edge of two villages; civil protection evacuated 1,200 residents overnight.`,
  ` date 2021-03-06 Ash from Mount Orrin closes airport. The eruption of Mount Orrin sent ash over the valley and the regional airport closed; evacuated residents wait in shelters.`,
  ` date 2021-03-12 Mount Orrin eruption slows, residents return. Civil protection said lava flows from the Mount Orrin volcano have slowed and most evacuated residents may go home.`,
];

const sign = createStorySigner();
const article = (text: string, id: string) => ({ ...textArticle(text, `${id}.txt`), id });

describe.each(INDEX_BACKENDS)('createStoryClusterer ($name index)', ({ open }) => {
  it('groups interleaved reports into their three stories and labels them', async () => {
    const index = open().stories;
    const clusterer = createStoryClusterer(index);
    const order = [0, 1, 2].flatMap((i) => [
      article(PORT[i] ?? '', `port${i}`),
      article(FERRY[i] ?? '', `ferry${i}`),
      article(VOLCANO[i] ?? '', `volcano${i}`),
    ]);
    for (const [i, a] of order.entries()) await clusterer.add(sign(a, i));
    const storyOf = (id: string) => index.storyOf(id);
    for (const name of ['port', 'ferry', 'volcano']) {
      expect(new Set(await Promise.all([0, 1, 2].map((i) => storyOf(`${name}${i}`)))).size).toBe(1);
    }
    expect(new Set(await Promise.all(['port0', 'ferry0', 'volcano0'].map(storyOf))).size).toBe(3);
    const labels = (await index.stories()).map((s) => s.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/scrap/i),
        expect.stringMatching(/ferry/i),
        expect.stringMatching(/Orrin/),
      ]),
    );
  });

  it('puts a mirror with its original without counting it in the centroid', async () => {
    const index = open().stories;
    const clusterer = createStoryClusterer(index);
    await clusterer.add(sign(article(PORT[0] ?? '', 'p0'), 0));
    const before = await index.story((await index.storyOf('p0')) ?? '');
    const assignment = await clusterer.add(sign(article(`${PORT[0] ?? ''} Share this.`, 'p0-copy'), 1), {
      mirrorOf: 'p0',
    });
    const after = await index.story(assignment.story);
    expect(assignment.rule).toBe('mirror');
    expect([after?.size, after?.mirrors]).toEqual([2, 1]);
    expect(after?.vector).toEqual(before?.vector);
  });

  it('scores an article in another language on its anchors: figures, countries, names', async () => {
    const index = open().stories;
    const clusterer = createStoryClusterer(index);
    const english = [
      ` date 2019-12-13 Russia says 11,490 North Korean workers remain. Russia told the UN that the number of North Korean workers fell from 30,023 to 11,490, said ambassador Alexander Matsegora.`,
      ` date 2019-12-20 North Korean workers leave Russia before deadline. Ambassador Alexander Matsegora said Russia will send home all North Korean workers; 11,490 held permits last year, down from 30,023.`,
    ];
    for (const [i, t] of english.entries()) await clusterer.add(sign(article(t, `en${i}`), i));
    const german = ` date 2019-12-21 Nordkoreanische Arbeiter verlassen Russland. Laut Botschafter Alexander Matsegora sank die Zahl von 30.023 auf 11.490; Russland schickt alle Nordkoreaner heim.`;
    const result = await clusterer.add(sign(article(german, 'de0'), 2));
    expect(result.story).toBe(await index.storyOf('en0'));
    expect(result.evidence).toMatch(/another language/);
  });

  it('records a merge when an article bridges two stories', async () => {
    const index = open().stories;
    const clusterer = createStoryClusterer(index, { join: 0.2, bridge: 0.05, mergeSimilarity: 0 });
    await clusterer.add(sign(article(PORT[0] ?? '', 'a'), 0));
    await clusterer.add(sign(article(FERRY[0] ?? '', 'b'), 1));
    const bridge = await clusterer.add(sign(article(`${PORT[1] ?? ''} ${FERRY[1] ?? ''}`, 'c'), 2));
    expect(bridge.merged).toHaveLength(1);
    expect(await index.storyOf('a')).toBe(await index.storyOf('b'));
    expect((await index.merges())[0]).toMatchObject({ by: 'c' });
  });
});

describe('scoreStory', () => {
  const story = (time: { from: number; to: number } | null): Story => ({
    kind: 'story',
    id: 's',
    label: '',
    size: 3,
    mirrors: 0,
    created: 0,
    updated: 0,
    time,
    languages: { en: 3 },
    terms: {},
    entities: {},
    vector: { scrap: 0.8, port: 0.6 },
    entityVector: {},
    names: {},
    phrases: {},
  });
  const a = (day: number) => ({
    language: 'en',
    vector: { scrap: 0.6, port: 0.8 },
    entityVector: {},
    time: { from: day, to: day, how: 'published' as const, value: '' },
  });

  it.each([
    ['overlapping times', 100, 1],
    ['a year apart', 465, STORY_PARAMS.decayFloor + (1 - STORY_PARAMS.decayFloor) * Math.exp(-1)],
  ])('decays with the time gap: %s', (_what, day, decay) => {
    expect(scoreStory(a(day), story({ from: 90, to: 100 }), STORY_PARAMS).score).toBeCloseTo(0.96 * decay, 6);
  });

  it('is neutral when the story has no time', () => {
    expect(scoreStory(a(5000), story(null), STORY_PARAMS).decay).toBe(1);
  });

  it('does not decay up to a deadline a member named ahead, and decays after it', () => {
    const open = { ...story({ from: 90, to: 100 }), ahead: 400 };
    expect(scoreStory(a(380), open, STORY_PARAMS).decay).toBe(1);
    expect(scoreStory(a(765), open, STORY_PARAMS).decay).toBeCloseTo(
      STORY_PARAMS.decayFloor + (1 - STORY_PARAMS.decayFloor) * Math.exp(-1),
      6,
    );
  });
});

describe('createStoryLabeler', () => {
  const labeler = createStoryLabeler();
  // Phrases are keyed by their folded form and shown as first seen (capitalised here).
  const shown = (phrases: Record<string, number>) =>
    Object.fromEntries(
      Object.keys(phrases).map((p) => [
        `p:${p}`,
        p.replace(/\b(north|korean|nordkoreanische)\b/g, (w) => w[0]?.toUpperCase() + w.slice(1)),
      ]),
    );
  const base = (
    phrases: Record<string, number>,
    entities: Record<string, number>,
    vector: Record<string, number>,
  ): Story => ({
    kind: 'story',
    id: 's',
    label: '',
    size: 10,
    mirrors: 0,
    created: 0,
    updated: 0,
    time: null,
    languages: { en: 10 },
    terms: {},
    entities,
    vector,
    entityVector: {},
    names: shown(phrases),
    phrases,
  });
  it.each([
    [
      'extends the best phrase and adds the main country it does not name',
      base(
        { 'north korean': 10, 'north korean workers': 7, workers: 8 },
        { 'c:KP': 20, 'c:RU': 12 },
        { north: 0.3, korean: 0.3, worker: 0.2 },
      ),
      'North Korean workers in Russia',
    ],
    [
      'adds no country named about less than once per article',
      base({ 'ferry strike': 6 }, { 'c:GR': 3 }, { ferry: 0.5, strike: 0.4 }),
      'ferry strike',
    ],
    [
      'sees a country named in another language',
      base({ 'nordkoreanische arbeiter': 5 }, { 'c:KP': 12 }, { nordkor: 0.5, arbeite: 0.4 }),
      'Nordkoreanische arbeiter',
    ],
  ])('%s', (_what, story, label) => {
    expect(labeler(story)).toBe(label);
    // The same label from the phrase weights the update computes (sum of stemmed words' entries).
    const weights = new Map(
      Object.keys(story.phrases).map((p) => [
        p,
        p.split(' ').reduce((sum, w) => sum + (story.vector[stem(w)] ?? 0), 0),
      ]),
    );
    expect(labeler(story, weights)).toBe(label);
  });

  it('scores phrases by the weights it is given instead of weighing them again', () => {
    const story = base({ 'north korean': 10, workers: 8 }, {}, { north: 0.3, korean: 0.3, worker: 0.2 });
    expect(labeler(story)).toBe('North Korean');
    const weights = new Map([
      ['north korean', 0.1],
      ['workers', 1],
    ]);
    expect(labeler(story, weights)).toBe('workers');
  });
});
