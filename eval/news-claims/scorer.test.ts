import { describe, expect, it } from 'vitest';
import type { Attribution, Published, Quantity } from '../../src/model/index.js';
import { textArticle } from '../../test/helpers/article.js';
import { align, words } from './align.js';
import { dateOutcome } from './dates.js';
import { codePointSpan } from './load.js';
import type { GoldQuantity, GoldQuote } from './load.js';
import { namesMatch } from './names.js';
import { close, scoreQuantities, valueMatches } from './quantities.js';
import { finds, goldRelay, relaysAgree, scoreQuotes } from './quotes.js';

const span = (start: number, end: number) => ({ start, end });

describe('namesMatch', () => {
  it.each([
    ['Lalita Negi', 'Lalita Negi', true],
    ['Lalita Negi', 'Negi', true],
    ['Negi', 'Lalita Negi', true],
    ['the Sacramento Bee', 'Sacramento Bee', true],
    ['officials', 'Officials', true],
    ['officials', 'SDRF officials', false],
    ['people familiar', 'people familiar with the matter', true],
    ['Cal Fire', 'Cal Fire officials', true],
    ['he', 'he', false],
    ['Trump', 'Pence', false],
    ['Qatar’s foreign ministry', 'Qatar foreign ministry', true],
    ['Majed al-Ansari', 'Dr Majed al Ansari', true],
    ['the ministry', 'the agreement', false],
  ])('%s ~ %s: %s', (system, alias, expected) => {
    expect(namesMatch(system, alias)).toBe(expected);
  });
});

describe('finds', () => {
  const set = (n: number, from = 0) => new Set(Array.from({ length: n }, (_, i) => i + from));
  it.each([
    ['holds all of the gold words', 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], set(30), true],
    ['holds 8 of 10 gold words', 10, [0, 1, 2, 3, 4, 5, 6, 7], set(8), true],
    ['holds 7 of 10, and is mostly gold words', 10, [0, 1, 2, 3, 4, 5, 6], set(8), true],
    ['holds 7 of 10, and is mostly other words', 10, [0, 1, 2, 3, 4, 5, 6], set(20), false],
    ['holds half', 10, [0, 1, 2, 3, 4], set(5), false],
    ['the words the normaliser lost count as missed', 10, [0, 1, 2, 3, 4, 5, 6, 7], set(8), true],
    ['an empty record finds nothing', 10, [0, 1], new Set<number>(), false],
  ] as const)('%s', (_, total, mapped, system, expected) => {
    expect(finds(total, mapped, system)).toBe(expected);
  });
});

describe('relay chains', () => {
  const quote = (chain: string[], aliases: string[]): GoldQuote => ({
    speaker: aliases[0] ?? '',
    speakerId: 'x',
    speakerAsWritten: aliases[0] ?? '',
    aliases,
    cue: 'said',
    content: 'c',
    span: span(0, 1),
    type: 'indirect',
    chain,
  });
  it.each([
    ['no carrier', ['Newser'], ['Boeing'], []],
    ['a carrier', ['Newser', 'Reuters'], ['United Airlines'], ['Reuters']],
    ['the outlet as speaker is no carrier', ['Gizmodo', 'CNN'], ['CNN'], []],
  ])('%s', (_, chain, aliases, relay) => {
    expect(goldRelay(quote(chain, aliases))).toEqual(relay);
  });
  it.each([
    [[], [], true],
    [['Reuters'], ['Reuters'], true],
    [['the Associated Press'], ['The Associated Press'], true],
    [[], ['Reuters'], false],
    [['Interfax'], [], false],
    [['CNN', 'Reuters'], ['Reuters', 'CNN'], false],
  ])('%j against %j: %s', (system, gold, expected) => {
    expect(relaysAgree(system, gold)).toBe(expected);
  });
});

describe('quantity values', () => {
  const sys = (over: Partial<Quantity>): Quantity => ({
    kind: 'quantity',
    id: 'q1',
    text: '36',
    span: span(0, 2),
    stage: 'test',
    rule: 'number-digits',
    approximate: false,
    unit: 'count',
    ...over,
  });
  const gold = (over: Partial<GoldQuantity>): GoldQuantity => ({
    text: '36',
    span: span(0, 2),
    bound: null,
    approximate: false,
    unit: null,
    counts: null,
    source: null,
    ...over,
  });
  it.each([
    ['the same number', sys({ value: 36 }), gold({ value: 36 }), true],
    ['within 1%', sys({ value: 1009 }), gold({ value: 1000 }), true],
    ['beyond 1%', sys({ value: 1011 }), gold({ value: 1000 }), false],
    ['a percentage against a fraction', sys({ value: 35, unit: 'percent' }), gold({ value: 0.35 }), true],
    ['a percentage is not a count', sys({ value: 35, unit: 'percent' }), gold({ value: 35 }), false],
    ['a gold range on its upper bound', sys({ value: 9 }), gold({ min: 6, max: 9 }), true],
    ['a system range on its lower bound', sys({ min: 11, max: 12 }), gold({ value: 11 }), true],
    ['zero only by zero', sys({ value: 0.001 }), gold({ value: 0 }), false],
    ['a vague word', sys({ vague: 'Hundreds', min: 200, max: 999 }), gold({ value: 'hundreds' }), true],
    ['"a few" and "few"', sys({ vague: 'a few', min: 2, max: 5 }), gold({ value: 'few' }), true],
    [
      'a vague range is no figure',
      sys({ text: 'dozens', vague: 'dozens', min: 24, max: 99 }),
      gold({ value: 24 }),
      false,
    ],
    ['a number is no vague word', sys({ value: 300 }), gold({ value: 'hundreds' }), false],
  ])('%s', (_, system, g, expected) => {
    expect(valueMatches(system, g)).toBe(expected);
  });
  it('close() is relative to the gold value', () => {
    expect([close(99, 100), close(98, 100), close(0, 0)]).toEqual([true, false, true]);
  });
});

describe('dateOutcome', () => {
  const published = (value: string | null): Published => ({
    value,
    precision: value === null ? null : value.length === 10 ? 'day' : 'month',
    how: value === null ? 'unknown' : 'url',
    evidence: '',
    rule: 'test',
  });
  it.each([
    ['the stated day', '2023-11-24', { value: '2023-11-24' }, 'right'],
    ['another day', '2023-11-23', { value: '2023-11-24' }, 'wrong'],
    ['a month for a stated day', '2023-11', { value: '2023-11-24' }, 'wrong'],
    ['nothing for a stated day', null, { value: '2023-11-24' }, 'unknown'],
    ['the guessed day', '2018-11-19', { value: null, bestGuess: '2018-11-19' }, 'right'],
    ['inside a guessed interval', '2016-02-12', { value: null, bestGuess: '2016-02-10/2016-02-29' }, 'right'],
    ['outside the guess', '2024-01-27', { value: null, bestGuess: '2024-01-26' }, 'wrong'],
    ['a month holding the guess', '2018-11', { value: null, bestGuess: '2018-11-19' }, 'unknown'],
    ['a month ruling the guess out', '2018-10', { value: null, bestGuess: '2018-11-19' }, 'wrong'],
    ['nothing for an undated text', null, { value: null, bestGuess: '2018-11-19' }, 'unknown'],
  ] as const)('%s', (_, system, gold, expected) => {
    expect(dateOutcome(published(system), gold)).toBe(expected);
  });
});

describe('alignment and offsets', () => {
  it('maps gold spans onto a normalised text, losing only the dropped words', () => {
    const gold = 'Latest News\n\n“We are hopeful,”  he said.';
    const article = '"We are hopeful," he said.';
    const a = align(gold, article);
    const quote = a.map(span(gold.indexOf('We'), gold.indexOf(',”')));
    expect(quote).toEqual({ total: 3, mapped: [0, 1, 2] });
    expect(a.map(span(0, 11))).toEqual({ total: 2, mapped: [] });
  });
  it('splits words at punctuation', () => {
    expect(words('Thirty-six, 1,100.').map((w) => w.text)).toEqual(['thirty', 'six', '1', '100']);
  });
  it.each([
    ['ab', [0, 2], span(0, 2)],
    ['😀ab', [1, 3], span(2, 4)],
    ['a😀b😀c', [3, 5], span(4, 7)],
  ] as const)('code points of %s %j are UTF-16 %j', (text, offsets, expected) => {
    expect(codePointSpan(text, offsets)).toEqual(expected);
  });
});

describe('scoreQuotes and scoreQuantities on one article', () => {
  const text =
    'Officials said 36 workers were trapped. "We will rescue all of them," Negi said. The sky is blue.';
  const article = textArticle(text);
  const at = (s: string) => span(text.indexOf(s), text.indexOf(s) + s.length);
  const record = (content: string, source: string, n: number): Attribution => {
    const sourceSpan = at(source);
    return {
      kind: 'indirect',
      id: `a${n}`,
      span: at(content),
      stage: 'test',
      rule: 'test',
      source: { name: source, type: 'person', span: sourceSpan },
      cue: { text: 'said', span: sourceSpan, lemma: 'say' },
      content: { text: content, span: at(content) },
      chain: [
        {
          source: { name: source, type: 'person', span: sourceSpan },
          cue: { text: 'said', span: sourceSpan, lemma: 'say' },
          rule: 'test',
        },
      ],
    };
  };
  const goldQuote = (content: string, aliases: string[]): GoldQuote => ({
    speaker: aliases[0] ?? '',
    speakerId: 'x',
    speakerAsWritten: aliases[0] ?? '',
    aliases,
    cue: 'said',
    content,
    span: at(content),
    type: 'indirect',
    chain: ['Outlet'],
  });
  const golds = [
    goldQuote('36 workers were trapped', ['officials']),
    goldQuote('We will rescue all of them', ['Negi']),
  ];

  it('finds quotes, judges speakers, and counts unannotated and duplicate records as wrong', () => {
    const attributions = [
      record('36 workers were trapped', 'Officials', 1),
      record('We will rescue all of them', 'Officials', 2),
      record('We will rescue all', 'Negi', 3),
      record('The sky is blue', 'Negi', 4),
    ];
    const score = scoreQuotes({ ...article, attributions }, golds, align(text, text));
    expect(score.gold.map((g) => [g.found, g.speakerRight])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(score.system.map((s) => s.why ?? 'right')).toEqual(['right', 'right', 'duplicate', 'unannotated']);
  });

  it('scores statements only: a belief or an intention is no quote', () => {
    const attributions = [
      { ...record('36 workers were trapped', 'Officials', 1), stance: 'belief' as const },
      record('We will rescue all of them', 'Negi', 2),
    ];
    const score = scoreQuotes({ ...article, attributions }, golds, align(text, text));
    expect(score.gold.map((g) => g.found)).toEqual([-1, 0]);
    expect(score.system.map((s) => s.record.id)).toEqual(['a2']);
  });

  it('matches quantities one to one, by position first, and sets conventions apart', () => {
    const q = (t: string, over: Partial<Quantity>): Quantity => ({
      kind: 'quantity',
      id: t,
      text: t,
      span: at(t),
      stage: 'test',
      rule: 'number-digits',
      approximate: false,
      unit: 'count',
      ...over,
    });
    const quantities = [
      q('all', { rule: 'proportion:all', unit: 'proportion', value: 1, vague: 'all' }),
      q('36', { value: 36 }),
      q('blue', { value: 36 }),
    ];
    const gold: GoldQuantity = {
      text: '36',
      span: at('36'),
      value: 36,
      bound: null,
      approximate: false,
      unit: 'workers',
      counts: null,
      source: null,
    };
    const score = scoreQuantities({ ...article, quantities }, [gold], align(text, text), 'a');
    expect(score.gold.map((g) => [g.found, g.positional])).toEqual([[1, true]]);
    expect(score.system.map((s) => s.status)).toEqual(['convention', 'matched', 'false-positive']);
  });
});
