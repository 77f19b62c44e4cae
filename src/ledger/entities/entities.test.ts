import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import type { Article, Entity, EntityType, Mention, Role } from '../../model/index.js';
import { createEntityLinker } from './linker.js';
import { unitKeys } from './03-keys.js';
import type { EntityIndex, EntityUnit } from './types.js';
import { INDEX_BACKENDS } from '../../../test/helpers/ledger-indexes.js';

interface E {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly country?: string;
  readonly roles?: readonly string[];
  /** Mention texts; a leading '~' marks a metonymic mention (a capital for its government). */
  readonly mentions?: readonly string[];
}

/** An article with a hand-built entity layer, as the entities stage will give it. */
function article(id: string, published: string | null, entities: readonly E[]): Article {
  const base = textArticle(`Article ${id}.`, `${id}.txt`);
  const mentions: Mention[] = [];
  const out: Entity[] = entities.map((e) => {
    const texts = e.mentions ?? [e.name];
    const ids = texts.map((text, i) => {
      const mention: Mention = {
        kind: 'mention',
        id: `${e.id}m${i}`,
        text: text.replace(/^~/, ''),
        type: e.type,
        entity: e.id,
        form: 'name',
        span: { start: 0, end: 1 },
        stage: 'test',
        rule: 'hand',
        ...(text.startsWith('~') ? { metonymy: 'government' as const } : {}),
      };
      mentions.push(mention);
      return mention.id;
    });
    const roles: Role[] = (e.roles ?? []).map((title) => ({
      title,
      span: { start: 0, end: 1 },
      stage: 'test',
      rule: 'hand',
    }));
    return {
      kind: 'entity',
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      roles,
      ...(e.country ? { country: e.country } : {}),
      mentions: ids,
      stage: 'test',
      rule: 'hand',
    };
  });
  return {
    ...base,
    id,
    published: {
      value: published,
      precision: published ? 'day' : null,
      how: published ? 'meta' : 'unknown',
      evidence: '',
      rule: 'test',
    },
    mentions,
    entities: out,
  };
}

async function linkIn(index: EntityIndex, articles: readonly Article[]) {
  const linker = createEntityLinker(index);
  for (const [i, a] of articles.entries()) await linker.addArticle(a, i);
  const of = async (a: string, e: string) => (await linker.entityOf(a, e))?.id;
  return { index, linker, of };
}

describe.each(INDEX_BACKENDS)('createEntityLinker ($name index)', ({ open }) => {
  const link = (articles: readonly Article[]) => linkIn(open().entities, articles);

  it.each([
    [
      'spelling of a Korean name',
      { type: 'person', name: 'Kim Jong Un' },
      { type: 'person', name: 'Kim Jong-un' },
      'same-name',
    ],
    [
      'a title before the name',
      { type: 'person', name: 'Donald Trump' },
      { type: 'person', name: 'President Donald Trump' },
      'same-name',
    ],
    [
      'transliteration',
      { type: 'person', name: 'Pyotr Ilichev' },
      { type: 'person', name: 'Pyotr Ilyichev' },
      'transliteration',
    ],
    [
      'surname and another given-name form',
      { type: 'person', name: 'Pyotr Ilichev' },
      { type: 'person', name: 'Peter Ilyichev' },
      'surname',
    ],
    [
      'surname alone',
      { type: 'person', name: 'Alexander Matsegora' },
      { type: 'person', name: 'Matsegora' },
      'surname',
    ],
    [
      'a one-word surname alone',
      { type: 'person', name: 'Xi Jinping' },
      { type: 'person', name: 'Xi' },
      'surname',
    ],
    [
      'dotted acronym',
      { type: 'organization', name: 'U.N. Security Council' },
      { type: 'organization', name: 'UN Security Council' },
      'same-name',
    ],
    [
      'long form',
      { type: 'organization', name: 'UN Security Council' },
      { type: 'organization', name: 'United Nations Security Council' },
      'same-name',
    ],
    [
      'acronym',
      { type: 'organization', name: 'UN Security Council' },
      { type: 'organization', name: 'UNSC' },
      'acronym',
    ],
    [
      'short form',
      { type: 'organization', name: 'the U.N. Security Council' },
      { type: 'organization', name: 'the Security Council' },
      'short-form',
    ],
    [
      'instrument number',
      { type: 'instrument', name: 'Resolution 2397' },
      { type: 'instrument', name: 'UN Security Council Resolution 2397' },
      'instrument-number',
    ],
  ] as const)('links across articles: %s', async (_what, a, b, rule) => {
    const { index, of } = await link([
      article('a1', null, [{ id: 'e1', ...a }]),
      article('a2', null, [{ id: 'e1', ...b }]),
    ]);
    expect(await of('a2', 'e1')).toBe(await of('a1', 'e1'));
    expect((await index.linkOf('a2#e1'))?.rule).toBe(rule);
  });

  it.each([
    [
      'two people of one family name',
      { type: 'person', name: 'Kim Jong Un' },
      { type: 'person', name: 'Kim Yo Jong' },
    ],
    [
      'one surname, other given names',
      { type: 'person', name: 'Maxim Topilin' },
      { type: 'person', name: 'Pavel Topilin' },
    ],
    [
      'a person and a place of one name',
      { type: 'person', name: 'Georgia Smith' },
      { type: 'place', name: 'Georgia' },
    ],
    [
      'the authorities of two nationalities',
      { type: 'organization', name: 'North Korean authorities' },
      { type: 'organization', name: 'Russian authorities' },
    ],
    [
      'the workers of two nationalities',
      { type: 'group', name: 'North Korean workers' },
      { type: 'group', name: 'Chinese workers' },
    ],
    [
      'two resolutions',
      { type: 'instrument', name: 'Resolution 2397' },
      { type: 'instrument', name: 'Resolution 2375' },
    ],
    [
      'the UN and its Security Council',
      { type: 'organization', name: 'United Nations' },
      { type: 'organization', name: 'UN Security Council' },
    ],
  ] as const)('keeps apart %s', async (_what, a, b) => {
    const { of } = await link([
      article('a1', null, [{ id: 'e1', ...a }]),
      article('a2', null, [{ id: 'e1', ...b }]),
    ]);
    expect(await of('a2', 'e1')).not.toBe(await of('a1', 'e1'));
  });

  it('does not let a bare short form chain two qualified names into one', async () => {
    const { of } = await link([
      article('a1', null, [{ id: 'e1', type: 'organization', name: 'Russian authorities' }]),
      article('a2', null, [{ id: 'e1', type: 'organization', name: 'authorities' }]),
      article('a3', null, [{ id: 'e1', type: 'organization', name: 'North Korean authorities' }]),
    ]);
    expect(await of('a2', 'e1')).toBe(await of('a1', 'e1'));
    expect(await of('a3', 'e1')).not.toBe(await of('a1', 'e1'));
  });

  it('does not read an outlet’s initials as another organisation’s acronym', async () => {
    const { of } = await link([
      article('a1', null, [{ id: 'e1', type: 'organization', name: 'United Nations', aliases: ['UN'] }]),
      article('a2', null, [{ id: 'e1', type: 'outlet', name: 'UrduPoint News' }]),
    ]);
    expect(await of('a2', 'e1')).not.toBe(await of('a1', 'e1'));
  });

  it('does not let a bare surname chain two people of other given names into one', async () => {
    const { of } = await link([
      article('a1', null, [{ id: 'e1', type: 'person', name: 'Kim', mentions: ['Kim'] }]),
      article('a2', null, [{ id: 'e1', type: 'person', name: 'Kim Jong Un' }]),
      article('a3', null, [{ id: 'e1', type: 'person', name: 'Kim Yong-nam' }]),
    ]);
    expect(await of('a2', 'e1')).toBe(await of('a1', 'e1'));
    expect(await of('a3', 'e1')).not.toBe(await of('a2', 'e1'));
  });

  it('gives the seeds one entity each for Trump, Kim, the Security Council, Resolution 2397 and Russia', async () => {
    const seed0 = article('seed-000', '2019-02-07', [
      { id: 'e1', type: 'person', name: 'Donald Trump', mentions: ['President Donald Trump', 'Trump'] },
      { id: 'e2', type: 'person', name: 'Kim Jong Un', mentions: ['Kim Jong Un', 'Kim'] },
      {
        id: 'e3',
        type: 'organization',
        name: 'United Nations Security Council',
        aliases: ['the Security Council'],
      },
      { id: 'e4', type: 'instrument', name: 'Resolution 2397' },
      { id: 'e5', type: 'place', name: 'Russia', country: 'RU', mentions: ['Russia', 'Russia'] },
      { id: 'e6', type: 'place', name: 'Moscow', country: 'RU', mentions: ['~Moscow'] },
    ]);
    const seed1 = article('seed-001', '2020-01-16', [
      { id: 'e1', type: 'person', name: 'Donald Trump', mentions: ['U.S. President Donald Trump', 'Trump'] },
      { id: 'e2', type: 'person', name: 'Kim Jong Un' },
      {
        id: 'e3',
        type: 'organization',
        name: 'U.N. Security Council',
        aliases: ['United Nations Security Council', 'Security Council'],
      },
      { id: 'e4', type: 'instrument', name: 'Resolution 2397' },
      { id: 'e5', type: 'place', name: 'Russia', country: 'RU' },
      { id: 'e6', type: 'organization', name: 'Russian government', country: 'RU' },
      { id: 'e7', type: 'place', name: 'Moscow', country: 'RU', mentions: ['~Moscow'] },
    ]);
    const { index, linker, of } = await link([seed0, seed1]);
    for (const e of ['e1', 'e2', 'e3', 'e4', 'e5'])
      expect(await of('seed-001', e)).toBe(await of('seed-000', e));
    expect((await linker.entityOf('seed-000', 'e3'))?.name).toBe('United Nations Security Council');
    // "Moscow" standing for the government: one entity with "the Russian government", linked to Russia.
    const government = await linker.resolve((await index.linkOf('seed-000#e6~government'))?.entity);
    expect(government?.name).toBe('Russian government');
    expect(await of('seed-001', 'e6')).toBe(government?.id);
    expect((await linker.resolve((await index.linkOf('seed-001#e7~government'))?.entity))?.id).toBe(
      government?.id,
    );
    expect(government && (await linker.governedPlace(government))?.id).toBe(await of('seed-000', 'e5'));
  });

  it('keeps every title of a person with the dates it was seen', async () => {
    const { linker } = await link([
      article('x1', '2019-12-13', [
        {
          id: 'p',
          type: 'person',
          name: 'Pyotr Ilyichev',
          roles: ['Director of the Department of International Organizations'],
        },
      ]),
      article('x2', '2020-01-16', [
        {
          id: 'p',
          type: 'person',
          name: 'Pyotr Ilichev',
          roles: ['director of the department of international organizations'],
        },
      ]),
      article('x3', '2021-03-02', [
        { id: 'p', type: 'person', name: 'Ilichev', roles: ['deputy foreign minister'] },
      ]),
    ]);
    expect((await linker.entityOf('x3', 'p'))?.roles.map((r) => [r.title, r.first, r.last, r.seen])).toEqual([
      ['Director of the Department of International Organizations', '2019-12-13', '2020-01-16', 2],
      ['deputy foreign minister', '2021-03-02', '2021-03-02', 1],
    ]);
  });
});

describe.each(INDEX_BACKENDS)('user decisions ($name index)', ({ open }) => {
  const link = (articles: readonly Article[]) => linkIn(open().entities, articles);

  const corpus = () => [
    article('b1', null, [{ id: 'o', type: 'outlet', name: 'NHK' }]),
    article('b2', null, [{ id: 'o', type: 'outlet', name: 'Japan Broadcasting Corporation' }]),
    article('b3', null, [{ id: 'p', type: 'person', name: 'Kim Jong Un' }]),
    // A South Korean official named only by surname: the surname rule links him to Kim Jong Un.
    article('b4', null, [{ id: 'p', type: 'person', name: 'Kim', mentions: ['Kim', 'Kim'] }]),
  ];

  it('merges two entities, records why, and replays the merge on a rebuild', async () => {
    const { index, linker, of } = await link(corpus());
    expect(await of('b1', 'o')).not.toBe(await of('b2', 'o'));
    const merge = await linker.merge(
      (await of('b1', 'o')) ?? '',
      (await of('b2', 'o')) ?? '',
      'NHK is its English name',
    );
    expect(merge).toMatchObject({ rule: 'user-merge' });
    expect(await of('b2', 'o')).toBe(await of('b1', 'o'));
    const rebuilt = open().entities;
    for (const d of await index.decisions()) await rebuilt.addDecision(d);
    const again = await linkIn(rebuilt, corpus());
    expect(await again.of('b2', 'o')).not.toBe(await again.of('b1', 'o'));
    await again.linker.replay();
    expect(await again.of('b2', 'o')).toBe(await again.of('b1', 'o'));
  });

  it('splits units and single mentions off, and a bridge cannot undo it', async () => {
    const { index, linker, of } = await link(corpus());
    expect(await of('b4', 'p')).toBe(await of('b3', 'p'));
    const created = await linker.split((await of('b3', 'p')) ?? '', {
      mentions: [{ article: 'b4', mention: 'pm1' }],
    });
    expect(created?.name).toBe('Kim');
    const carved = `b4#p~split:${(await index.decisions())[0]?.id ?? ''}`;
    expect((await linker.resolve((await index.linkOf(carved))?.entity))?.id).toBe(created?.id);
    expect(await of('b4', 'p')).toBe(await of('b3', 'p')); // the other mention stays
    const whole = await linker.split((await of('b3', 'p')) ?? '', { units: ['b4#p'] });
    expect(await of('b4', 'p')).toBe(whole?.id);
    // A later article naming both "Kim" and "Kim Jong Un" strongly would bridge them; the split forbids it.
    await linker.addArticle(
      article('b5', null, [{ id: 'p', type: 'person', name: 'Kim Jong Un', aliases: ['Kim'] }]),
      5,
    );
    expect(await of('b4', 'p')).not.toBe(await of('b3', 'p'));
  });
});

describe('unitKeys: descriptions are not names', () => {
  const unit = (name: string, aliases: string[] = []): EntityUnit => ({
    kind: 'entity-unit',
    key: `a#${name}`,
    article: 'a',
    entity: 'e1',
    mentions: [],
    mentionText: {},
    type: 'person',
    name,
    aliases,
    roles: [],
    time: null,
    seq: 0,
  });
  it.each([
    ['the diplomat', []],
    ['a senior U.S. official', []],
    ['U.S. official', []],
    ['Maria Zakharova', ['x:person:maria zakharova', 'x:person:zakharova']],
  ])('%s files %j under name keys', (name, expected) => {
    const aliases = name === 'Maria Zakharova' ? ['Zakharova', 'the diplomat'] : [];
    const keys = unitKeys(unit(name, aliases), () => null).file.filter((k) => k.startsWith('x:'));
    expect(keys).toEqual(expected);
  });
});
