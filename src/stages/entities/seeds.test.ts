import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../model/index.js';
import { assemble } from '../../pipeline/pipeline.js';
import { normalise } from '../normalise/index.js';
import { tokens } from '../tokens/index.js';
import { entities } from './index.js';
import { textInput } from '../../../test/helpers/article.js';

// Golden tests on the two seed articles (the project's own copies in sample/). They hold whether
// the first line is read as a paragraph or as caption and credit blocks.
const pipeline = assemble(normalise({}), [tokens({}), entities({})]);
const seed = (name: string): Article =>
  pipeline.run(textInput(readFileSync(join(import.meta.dirname, '../../../sample', name), 'utf8'), name));

const named = (a: Article, name: string): Entity | undefined =>
  (a.entities ?? []).find((e) => e.name === name);
const namesOf = (a: Article, type: Entity['type']) =>
  (a.entities ?? []).filter((e) => e.type === type).map((e) => e.name);
const mentionTexts = (a: Article, e: Entity | undefined) =>
  (a.mentions ?? []).filter((m) => m.entity === e?.id).map((m) => m.text);

describe('seed-000 entities', () => {
  const a = seed('seed-000.txt');

  it.each([
    ['Maxim Topilin', 'Minister of Labor and Social Protection'],
    ['Alexander Matsegora', 'Russian Ambassador to North Korea'],
    ['Stephen Biegun', 'U.S. special envoy on North Korea'],
    ['Kenji Kanasugi', 'director general of Asia and Oceania affairs'],
    ['Lee Do-hoon', 'South Korean diplomat'],
    ['Donald Trump', 'President'],
  ])('%s is a person with the role %j', (name, title) => {
    const e = named(a, name);
    expect(e?.type).toBe('person');
    expect(e?.roles.map((r) => r.title).join(' | ')).toContain(title);
  });

  it('gives Kanasugi his affiliation and every role its country', () => {
    expect(named(a, 'Kenji Kanasugi')?.roles[0]?.affiliation).toBe("Japan's foreign ministry");
    expect(named(a, 'Kenji Kanasugi')?.country).toBe('JP');
    expect(named(a, 'Alexander Matsegora')?.country).toBe('RU');
    expect(named(a, 'Lee Do-hoon')?.country).toBe('KR');
  });

  it('resolves "Kim" to Kim Jong Un and "Trump", "Biegun" to the full names', () => {
    expect(mentionTexts(a, named(a, 'Kim Jong Un'))).toEqual(['Kim Jong Un', 'Kim', 'Kim']);
    expect(mentionTexts(a, named(a, 'Donald Trump'))).toEqual(['Donald Trump', 'Trump']);
    expect(mentionTexts(a, named(a, 'Stephen Biegun'))).toEqual(['Stephen Biegun', 'Biegun']);
  });

  it('finds the outlets, photo credits included, under their canonical names', () => {
    expect(namesOf(a, 'outlet')).toEqual(
      expect.arrayContaining(['UPI', 'RIA Novosti', 'Yonhap', 'Kyodo News', 'KCNA', 'EPA']),
    );
    expect(mentionTexts(a, named(a, 'RIA Novosti'))).toEqual(['Ria Novosti']);
  });

  it('keeps unnamed groups, the instrument, the places and the Security Council', () => {
    expect(namesOf(a, 'group')).toEqual(expect.arrayContaining(['local news agencies', 'defectors']));
    expect(mentionTexts(a, named(a, 'defectors'))).toEqual(['Defectors', 'defectors']);
    expect(namesOf(a, 'instrument')).toEqual(['Resolution 2397']);
    expect(namesOf(a, 'place')).toEqual(
      expect.arrayContaining([
        'Russia',
        'North Korea',
        'Seoul',
        'Pyongyang',
        'Vietnam',
        'Japan',
        'United States',
      ]),
    );
    expect(named(a, 'UN Security Council')?.type).toBe('organization');
  });

  it('gives nationality mentions their ISO code ("North Korean workers" → KP)', () => {
    const nk = named(a, 'North Korean');
    expect(nk?.type).toBe('nationality');
    expect(nk?.country).toBe('KP');
    expect(named(a, 'North Korea')?.country).toBe('KP');
  });
});

describe('seed-001 entities', () => {
  const a = seed('seed-001.txt');

  it('resolves "Ilichev" and "the Russian official" to Pyotr Ilichev, with his role', () => {
    const ilichev = named(a, 'Pyotr Ilichev');
    expect(ilichev?.roles[0]?.title).toBe(
      'director for the foreign ministry’s department for international organizations',
    );
    expect(ilichev?.country).toBe('RU');
    expect(mentionTexts(a, ilichev)).toEqual(['Pyotr Ilichev', 'Ilichev', 'the Russian official', 'Ilichev']);
    const forms = (a.mentions ?? []).filter((m) => m.entity === ilichev?.id).map((m) => m.form);
    expect(forms).toEqual(['name', 'name', 'nominal', 'name']);
  });

  it.each([
    ['Donald Trump', 'U.S. President'],
    ['Xi', 'President'],
  ])('%s has the role %j', (name, title) => {
    expect(named(a, name)?.roles[0]?.title).toBe(title);
  });

  it('finds Kim Jong Un, the outlets and the unnamed press reports', () => {
    expect(named(a, 'Kim Jong Un')?.type).toBe('person');
    expect(namesOf(a, 'outlet')).toEqual(expect.arrayContaining(['UPI', 'Interfax', 'NHK']));
    expect(namesOf(a, 'group')).toContain('multiple South Korean press reports');
  });

  it('marks Moscow and Beijing as standing for their governments, not the other places', () => {
    const gov = (a.mentions ?? []).filter((m) => m.metonymy === 'government').map((m) => m.text);
    expect(gov).toEqual(expect.arrayContaining(['Moscow', 'Beijing']));
    expect(gov).not.toContain('Vladivostok');
    expect(gov).not.toContain('Pyongyang');
  });

  it('gives every mention a span that spells its text, a stage and a rule', () => {
    for (const m of a.mentions ?? []) {
      expect(a.text.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(m.stage).toBe('entities');
      expect(m.rule).not.toBe('');
    }
  });
});
