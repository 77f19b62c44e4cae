import { describe, expect, it } from 'vitest';
import { findConflicts } from './index.js';
import { allowed, looselyDated } from './values.js';
import { around } from './contradicted.js';
import { ledgerClaim, point, WORKERS_IN_RUSSIA } from '../../../test/helpers/ledger.js';
import type { LedgerClaim, MeasureParts, SeriesPoint } from '../records.js';

const at = (value: string) => ({ value, how: 'explicit' as const });
const killed: MeasureParts = { ...WORKERS_IN_RUSSIA, state: 'killed', nationality: null, place: 'camp fire' };
const trapped: MeasureParts = { ...WORKERS_IN_RUSSIA, state: 'trapped', nationality: null, place: 'IN' };

describe('allowed', () => {
  it.each([
    ['an exact figure', { value: 632 }, [628.84, 635.16]],
    ['about X', { value: 300, approximate: true }, [288, 312]],
    ['about X of one significant digit', { value: 1000, approximate: true }, [900, 1100]],
    ['about X of two significant digits', { value: 1100, approximate: true }, [1056, 1144]],
    ['an exact figure of one significant digit', { value: 1000 }, [995, 1005]],
    ['nearly X', { value: 340, max: 340, approximate: true }, [319.6, 341.7]],
    ['more than X', { value: 1000, min: 1000, approximate: true }, [995, Infinity]],
    ['up to X', { value: 12, max: 12 }, [0, 12.06]],
  ] as const)('%s', (_why, spec, expected) => {
    const range = allowed(point('a/c1', spec));
    expect(range?.[0]).toBeCloseTo(expected[0]);
    expect(range?.[1]).toBeCloseTo(expected[1]);
  });

  it('gives nothing for a vague amount', () => {
    expect(allowed(point('a/c1', { min: 200, max: 999, vague: 'hundreds' }))).toBeNull();
  });
});

describe('findConflicts: values', () => {
  it('groups different values for one measure at the same time into one conflict, whoever gives them', () => {
    const a = ledgerClaim({ key: 'a/c1', text: 'the toll is 63', published: '2018-11-16', outlet: 'AP' });
    const b = ledgerClaim({
      key: 'b/c1',
      text: 'the toll is now 71',
      speaker: 'Honea',
      published: '2018-11-16',
    });
    const c = ledgerClaim({ key: 'c/c1', text: 'the toll is 71', speaker: 'Honea', published: '2018-11-17' });
    const points = [
      point('a/c1', { value: 63, time: at('2018-11-16'), text: '63', parts: killed }),
      point('b/c1', { value: 71, time: at('2018-11-16'), text: '71', parts: killed }),
      point('c/c1', { value: 71, time: at('2018-11-16'), text: '71', parts: killed }),
    ];
    const found = findConflicts([a, b, c], points);
    expect(found.map((f) => [f.rule, [...f.claims].sort()])).toEqual([
      ['values-differ:same-time', ['a/c1', 'b/c1', 'c/c1']],
    ]);
    expect(found[0]?.reason).toMatch(/63.*71/);
  });

  it.each([
    [
      'approximate values within tolerance',
      { value: 11000, approximate: true },
      { value: 11300 },
      '2018-11',
      '2018-11',
    ],
    [
      'a count that may change, at times a month apart',
      { value: 11000 },
      { value: 20000 },
      '2018-11-01',
      '2018-12-01',
    ],
    ['a vague amount', { min: 200, max: 999, vague: 'hundreds' }, { value: 40 }, '2018-11-01', '2018-11-01'],
    [
      'different definitions',
      { value: 25, definition: 'confirmed' },
      { value: 717, definition: 'suspected' },
      '2024-09-08',
      '2024-09-08',
    ],
    [
      'a value known only to precede its time',
      { value: 34000, timeIs: 'before' as const },
      { value: 11000 },
      '2018-11',
      '2018-11',
    ],
    [
      'figures more than twice apart (a part or an increment)',
      { value: 844 },
      { value: 32 },
      '2024-09-22',
      '2024-09-22',
    ],
  ])('does not flag %s', (_why, x, y, t1, t2) => {
    const a = ledgerClaim({ key: 'a/c1', text: 'one', speaker: 'X' });
    const b = ledgerClaim({ key: 'b/c1', text: 'two', speaker: 'Y' });
    const points = [point('a/c1', { ...x, time: at(t1) }), point('b/c1', { ...y, time: at(t2) })];
    expect(findConflicts([a, b], points).filter((c) => c.type === 'values-differ')).toEqual([]);
  });

  it('holds two figures of one article against each other only when they are nearly equal (a slip)', () => {
    const a = ledgerClaim({ key: 'a/c1', text: '240 prisoners released', published: '2023-12-01' });
    const b = ledgerClaim({ key: 'a/c2', text: '230 prisoners released', published: '2023-12-01' });
    const c = ledgerClaim({ key: 'a/c3', text: '150 prisoners released', published: '2023-12-01' });
    const slip = [
      point('a/c1', { value: 240, time: at('2023-12-01'), parts: killed }),
      point('a/c2', { value: 230, time: at('2023-12-01'), parts: killed }),
    ];
    expect(findConflicts([a, b], slip).map((f) => f.claims)).toEqual([['a/c1', 'a/c2']]);
    const part = [slip[0]!, point('a/c3', { value: 150, time: at('2023-12-01'), parts: killed })];
    expect(findConflicts([a, c], part)).toEqual([]);
  });

  it('reads a changed count of a fixed group (people trapped by one collapse) as a revision', () => {
    const claims = ['a', 'b', 'c', 'd'].map((k, i) =>
      ledgerClaim({ key: `${k}/c1`, text: `workers trapped ${k}`, published: `2023-11-1${2 + i}` }),
    );
    const points = [
      point('a/c1', { value: 36, time: at('2023-11-12'), text: '36', parts: trapped }),
      point('b/c1', {
        value: 40,
        approximate: true,
        time: at('2023-11-13'),
        text: 'about 40',
        parts: trapped,
      }),
      point('c/c1', { value: 40, time: at('2023-11-14'), text: '40', parts: trapped }),
      point('d/c1', { value: 41, time: at('2023-11-15'), text: '41', parts: trapped }),
    ];
    const found = findConflicts(claims, points);
    expect(found.map((f) => [f.rule, f.claims])).toEqual([
      ['values-differ:revised', ['a/c1', 'b/c1', 'c/c1']],
      ['values-differ:revised', ['b/c1', 'c/c1', 'd/c1']],
    ]);
    expect(found[1]?.reason).toContain('then 41');
  });

  it('joins a fixed count named with and without its place, a country or the event, never two countries', () => {
    const claims = ['a', 'b', 'c', 'd'].map((k, i) =>
      ledgerClaim({ key: `${k}/c1`, text: `workers trapped ${k}`, published: `2023-11-1${2 + i}` }),
    );
    const points = [
      point('a/c1', { value: 40, time: at('2023-11-12'), text: '40', parts: { ...trapped, place: null } }),
      point('b/c1', { value: 41, time: at('2023-11-13'), text: '41', parts: { ...trapped, place: 'IN' } }),
      point('c/c1', {
        value: 41,
        time: at('2023-11-14'),
        text: '41',
        parts: { ...trapped, place: 'tunnel collapse' },
      }),
      point('d/c1', { value: 30, time: at('2023-11-15'), text: '30', parts: { ...trapped, place: 'NP' } }),
    ];
    expect(findConflicts(claims, points).map((f) => f.claims)).toEqual([['a/c1', 'b/c1', 'c/c1']]);
  });

  it('flags a figure for a country above the figure for the continent it lies in', () => {
    const whole = { ...killed, place: 'africa' };
    const part = { ...killed, place: 'CD' };
    const a = ledgerClaim({ key: 'a/c1', text: '517 deaths', published: '2024-08-13', outlet: 'AP' });
    const b = ledgerClaim({ key: 'b/c1', text: '524 deaths', speaker: 'Tedros', published: '2024-08-14' });
    const c = ledgerClaim({ key: 'c/c1', text: '400 deaths', speaker: 'Tedros', published: '2024-08-14' });
    const found = (p: number, place = part) =>
      findConflicts(
        [a, b, c],
        [
          point('a/c1', { value: 517, time: at('2024-08-13'), text: '517', parts: whole }),
          point('b/c1', { value: p, time: at('2024-08-14'), text: String(p), parts: place }),
        ],
      );
    const over = found(524);
    expect(over.map((f) => [f.rule, f.claims])).toEqual([
      ['values-differ:part-over-whole', ['a/c1', 'b/c1']],
    ]);
    expect(over[0]?.reason).toMatch(/517 for Africa.*524 for DR Congo .*which lies in it/);
    // Below its whole, or in another continent, a part says nothing against it.
    expect(found(400)).toEqual([]);
    expect(found(524, { ...killed, place: 'BR' })).toEqual([]);
  });

  it('lets a count that only grows rise, and flags it when a later report is lower', () => {
    const claims = ['a', 'b', 'c'].map((k, i) =>
      ledgerClaim({ key: `${k}/c1`, text: `the toll ${k}`, published: `2018-11-1${1 + 2 * i}` }),
    );
    const rising = [
      point('a/c1', { value: 29, time: at('2018-11-11'), parts: killed }),
      point('b/c1', { value: 56, time: at('2018-11-13'), parts: killed }),
      point('c/c1', { value: 79, time: at('2018-11-15'), parts: killed }),
    ];
    expect(findConflicts(claims, rising)).toEqual([]);
    const falling = [
      ...rising.slice(0, 2),
      point('c/c1', { value: 40, time: at('2018-11-15'), parts: killed }),
    ];
    expect(findConflicts(claims, falling).map((f) => [f.rule, f.claims])).toEqual([
      ['values-differ:revised', ['b/c1', 'c/c1']],
    ]);
  });

  it('does not read a lower target as a drop of a count that only grows', () => {
    const plans = ['a', 'b'].map((k, i) =>
      ledgerClaim({
        key: `${k}/c1`,
        text: `plans to vaccinate ${k}`,
        modality: 'planned',
        published: `2024-0${8 + i}-20`,
      }),
    );
    const targets = [
      point('a/c1', { value: 4_000_000, time: at('2024-08-20'), parts: killed }),
      point('b/c1', { value: 2_500_000, time: at('2024-09-20'), parts: killed }),
    ];
    expect(findConflicts(plans, targets)).toEqual([]);
  });
});

describe('findConflicts: times and corrections', () => {
  const pub = (value: string) => ({ value, how: 'publication' as const });
  const toll = (key: string, value: number, spec: Parameters<typeof ledgerClaim>[0]) => ({
    claim: ledgerClaim(spec),
    point: point(key, { value, time: spec.estimated ? pub('2018-11-19') : at('2018-11-19'), parts: killed }),
  });

  it('sets no figure dated only by a publication date guessed from the story beside another article', () => {
    const dated = toll('a/c1', 79, { key: 'a/c1', text: 'killed 79', published: '2018-11-19', outlet: 'A' });
    const guessed = toll('b/c1', 85, {
      key: 'b/c1',
      text: 'toll rose to 85',
      published: '2018-11-19',
      outlet: 'B',
      estimated: true,
    });
    expect(findConflicts([dated.claim, guessed.claim], [dated.point, guessed.point])).toEqual([]);
    // The same figures, both dated by their articles, disagree.
    const known = toll('b/c1', 85, {
      key: 'b/c1',
      text: 'toll rose to 85',
      published: '2018-11-19',
      outlet: 'B',
    });
    expect(findConflicts([dated.claim, known.claim], [dated.point, known.point])).toHaveLength(1);
  });

  it('sets a figure dated by a guessed day beside one its text dates to a week holding that day well inside', () => {
    const week = ledgerClaim({
      key: 'a/c1',
      text: 'last week down to 200',
      published: '2018-11-19',
      outlet: 'A',
    });
    const guessed = ledgerClaim({
      key: 'b/c1',
      text: 'now some 300 names',
      published: '2018-11-14',
      outlet: 'B',
      estimated: true,
    });
    const inWeek = point('a/c1', { value: 200, time: { value: '2018-W46', how: 'explicit' }, parts: killed });
    const guess = (day: string) => point('b/c1', { value: 300, time: pub(day), parts: killed });
    const claims = [week, guessed];
    expect(findConflicts(claims, [inWeek, guess('2018-11-14')])).toHaveLength(1);
    // On the week's last day, a guess a day off would fall outside it.
    expect(findConflicts(claims, [inWeek, guess('2018-11-18')])).toEqual([]);
  });

  it('takes "now" in an article dated from its story as its guessed date, a named weekday as a day of its own', () => {
    const claim = ledgerClaim({ key: 'b/c1', text: 'now 85', published: '2018-11-19', estimated: true });
    const now = point('b/c1', { value: 85, time: { value: '2018-11-19', text: 'now', how: 'explicit' } });
    const friday = point('b/c1', {
      value: 85,
      time: { value: '2018-11-19', text: 'Friday', how: 'explicit' },
    });
    expect(looselyDated(now, claim)).toBe(true);
    expect(looselyDated(friday, claim)).toBe(false);
    expect(looselyDated(now, { ...claim, article: { ...claim.article, estimated: false } })).toBe(false);
  });

  it("sets no plan's figure dated only by when it was said beside another", () => {
    const plan = (key: string, value: number) => ({
      claim: ledgerClaim({
        key,
        text: `to vaccinate ${value}`,
        modality: 'planned',
        published: '2024-11-14',
      }),
      point: point(key, { value, time: pub('2024-11-14'), parts: killed }),
    });
    const [a, b] = [plan('a/c1', 4_000_000), plan('b/c1', 2_500_000)];
    expect(findConflicts([a.claim, b.claim], [a.point, b.point])).toEqual([]);
  });

  it('holds no figure against one its own article calls an error', () => {
    const a = ledgerClaim({ key: 'a/c1', text: 'the toll has risen to 85', published: '2018-11-26' });
    const b = ledgerClaim({
      key: 'a/c2',
      text: 'Officials briefly overstated the toll at 87 due to human error',
      published: '2018-11-26',
    });
    const c = ledgerClaim({ key: 'a/c2', text: 'Officials gave the toll at 87', published: '2018-11-26' });
    const points = [
      point('a/c1', { value: 85, time: at('2018-11-26'), parts: killed }),
      point('a/c2', { value: 87, time: at('2018-11-26'), parts: killed }),
    ];
    expect(findConflicts([a, b], points)).toEqual([]);
    expect(findConflicts([a, c], points)).toHaveLength(1);
  });
});

describe('findConflicts: statements and assertions', () => {
  it('finds one statement dated differently by two outlets', () => {
    const text = 'the number of workers fell from 34,000 to 11,000';
    const a = ledgerClaim({ key: 'a/c1', text, speaker: 'Matsegora', said: '2018-11', outlet: 'UPI' });
    const b = ledgerClaim({ key: 'b/c1', text, speaker: 'Matsegora', said: '2018-12', outlet: 'Sputnik' });
    const c = ledgerClaim({
      key: 'c/c1',
      text: 'unrelated words about flights',
      speaker: 'Matsegora',
      said: '2019-05',
      outlet: 'TASS',
    });
    const found = findConflicts([a, b, c], []);
    expect(found.map((f) => [f.type, f.claims])).toEqual([['dated-differently', ['a/c1', 'b/c1']]]);
  });

  it('takes no time of saying after its own report for a date of the statement', () => {
    const text = 'the number of workers fell from 34,000 to 10,000';
    const a = ledgerClaim({
      key: 'a/c1',
      text,
      speaker: 'Matsegora',
      said: '2019-09',
      outlet: 'UPI',
      published: '2019-12-13',
    });
    const misread = (said: string) =>
      ledgerClaim({ key: 'b/c1', text, speaker: 'Matsegora', said, outlet: 'TASS', published: '2019-12-22' });
    expect(findConflicts([a, misread('2020-09')], [])).toEqual([]);
    expect(findConflicts([a, misread('2019-11')], []).map((f) => f.type)).toEqual(['dated-differently']);
  });

  it('does not take a few words about a statement for the statement', () => {
    const quote = ledgerClaim({
      key: 'a/c1',
      text: 'the plant will never leave, the head of the company will call me and the plant stays, that is what will happen',
      speaker: 'a candidate',
      said: '2016-04',
      outlet: 'CBS4',
    });
    const about = ledgerClaim({
      key: 'b/c1',
      text: 'the plant will never leave',
      speaker: 'a candidate',
      said: '2016-12-01',
      outlet: 'IBJ',
    });
    const other = { ...about, claim: { ...about.claim, text: quote.claim.text }, terms: quote.terms };
    expect(findConflicts([quote, about], []).filter((f) => f.type === 'dated-differently')).toEqual([]);
    expect(findConflicts([quote, other], []).filter((f) => f.type === 'dated-differently')).toHaveLength(1);
  });

  describe('one statement credited differently', () => {
    const words = 'Outbreaks have been reported in Burundi, Kenya, Rwanda and Uganda since July.';
    const own = ledgerClaim({ key: 'a/c1', text: words, outlet: 'EWN', published: '2024-08-20' });
    const quoted = (spec: { text?: string; modality?: 'asserted' | 'planned'; outlet?: string }) =>
      ledgerClaim({
        key: 'b/c1',
        text: spec.text ?? words.replace('have been', 'have also been'),
        speaker: 'Kamba',
        outlet: spec.outlet ?? 'Hurriyet',
        published: '2024-08-19',
        ...(spec.modality ? { modality: spec.modality } : {}),
      });
    const credited = (b: ReturnType<typeof ledgerClaim>) =>
      findConflicts([own, b], []).filter((f) => f.type === 'attributed-differently');

    it('is found when one outlet gives it in its own voice and another credits it to a speaker', () => {
      const found = credited(quoted({}));
      expect(found.map((f) => f.claims)).toEqual([['b/c1', 'a/c1']]);
      expect(found[0]?.reason).toMatch(/EWN in its own voice and credited to Kamba/);
    });

    it.each([
      ['other words', { text: 'Vaccines will arrive in Kenya and Uganda from Japan next week.' }],
      ['a plan against a report', { modality: 'planned' as const }],
      ['the same outlet', { outlet: 'EWN' }],
    ])('is not found for %s', (_why, spec) => {
      expect(credited(quoted(spec))).toEqual([]);
    });
  });

  it('finds a zero contradicted by a positive count inside the period the speaker frames', () => {
    const since = ledgerClaim({
      key: 'a/c1',
      text: 'all contracts finished since December 2019',
      speaker: 'Ilichev',
      refers: '2019-12',
    });
    const none = ledgerClaim({
      key: 'a/c2',
      text: 'no North Koreans in employment in Russia at present',
      speaker: 'Ilichev',
      refers: '2020-01-16',
    });
    const nhk = ledgerClaim({
      key: 'a/c3',
      text: 'dozens of workers were entering Russia',
      speaker: 'NHK',
      refers: '2019-12-23',
    });
    const points = [
      point('a/c2', { value: 0, time: at('2020-01-16'), text: 'no' }),
      point('a/c3', {
        min: 24,
        max: 99,
        approximate: true,
        aspect: 'entering',
        time: at('2019-12-23'),
        text: 'dozens',
      }),
    ];
    const found = findConflicts([since, none, nhk], points);
    expect(found.map((f) => [f.type, [...f.claims].sort()])).toEqual([['contradicted', ['a/c2', 'a/c3']]]);
    expect(found[0]?.reason).toMatch(/none.*dozens/);
    // A figure known only to the year (a report dated 2020) is not placed inside the period.
    const yearly = [points[0]!, { ...points[1]!, time: at('2020') }];
    expect(findConflicts([since, none, nhk], yearly)).toEqual([]);
    // A "none" forecast or pledged is no assertion that there are none.
    const planned = { ...none, claim: { ...none.claim, modality: 'planned' as const } };
    expect(findConflicts([since, planned, nhk], points).filter((f) => f.type === 'contradicted')).toEqual([]);
    // A "none" whose place was only taken from the measure it joined may be about anywhere.
    const unplaced = [{ ...points[0]!, unsaid: ['place' as const] }, points[1]!];
    expect(findConflicts([since, none, nhk], unplaced)).toEqual([]);
    // Every report against one "none" is one conflict.
    const other = ledgerClaim({ key: 'b/c1', text: 'about 1,000 workers remain', speaker: 'Zakharova' });
    const more = [...points, point('b/c1', { value: 1000, approximate: true, time: at('2020-01-10') })];
    expect(findConflicts([since, none, nhk, other], more).map((f) => [f.type, [...f.claims].sort()])).toEqual(
      [['contradicted', ['a/c2', 'a/c3', 'b/c1']]],
    );
  });

  it('quotes the words around the figure of a long claim', () => {
    const text =
      'The regime was earning more than $500 million a year from nearly 100,000 workers abroad, of whom 30,000 were in Russia, the official said';
    const claim = ledgerClaim({ key: 'b/c1', text });
    const figure = text.indexOf('30,000');
    const p = point('b/c1', { value: 30_000, text: '30,000', span: { start: figure, end: figure + 6 } });
    const words = around(claim, p, 60);
    expect(words).toContain('30,000 were in Russia');
    expect(words.startsWith('…')).toBe(true);
    expect(words.length).toBeLessThanOrEqual(62);
    expect(around(claim, { ...p, span: { start: 900, end: 906 } }, 60).startsWith('The regime')).toBe(true);
  });
});

describe('findConflicts: commitments', () => {
  /** A regulator's order with a deadline, naming no country: what the plan-noun tests answer. */
  const regulatorOrder = () =>
    ledgerClaim({
      key: 'a/c1',
      text: 'it must develop a comprehensive action plan within 90 days',
      acts: ['develop', 'action', 'plan'],
      speaker: 'a regulator',
      modality: 'planned',
      deadline: '2024-05-28',
      published: '2024-02-28',
    });

  const plan = ledgerClaim({
    key: 'a/c1',
    text: 'they are hopeful of rescuing the workers by this evening',
    terms: ['hopeful', 'rescue', 'worker', 'evening'],
    speaker: 'officials',
    modality: 'planned',
    deadline: '2023-11-13',
    refers: '2023-11-13',
    published: '2023-11-13',
  });
  const still = ledgerClaim({
    key: 'b/c1',
    text: 'rescuers trying to reach 40 workers trapped in a collapsed tunnel',
    terms: ['rescuer', 'try', 'reach', '40', 'worker', 'trap', 'collapse', 'tunnel'],
    published: '2023-11-17',
    refers: '2023-11-17',
    refersHow: 'publication',
  });
  const stillPoint = point('b/c1', { value: 40, time: at('2023-11-17'), parts: trapped });

  it('finds a commitment unmet when a later report shows the people still in the state the act was to end', () => {
    const found = findConflicts([plan, still], [stillPoint]);
    expect(found.map((f) => [f.type, f.claims])).toEqual([['commitment-unmet', ['a/c1', 'b/c1']]]);
    expect(found[0]?.reason).toMatch(/still trapped/);
  });

  it('needs a speaker: an outlet describing a rule in its own voice makes no commitment', () => {
    const rule = ledgerClaim({
      key: 'a/c1',
      text: 'no rescue of the workers is to take place after this evening',
      terms: ['rescue', 'worker', 'place', 'evening'],
      speaker: null,
      modality: 'planned',
      deadline: '2023-11-13',
      published: '2023-11-13',
    });
    expect(findConflicts([rule, still], [stillPoint]).filter((f) => f.type === 'commitment-unmet')).toEqual(
      [],
    );
  });

  it("takes an outlet's schedule for a later named day as a commitment, moved by a later plan for the act", () => {
    const laidOff = { ...trapped, state: 'laid off', place: null };
    const planned = {
      text: 'the final wave of 290 layoffs will take place on Dec. 22',
      acts: ['wave', 'layoff', 'take', 'place'],
      speaker: null,
      modality: 'planned',
      refersHow: 'publication',
    } as const;
    const schedule = ledgerClaim({ ...planned, key: 'a/c1', refers: '2017-05-22', published: '2017-05-22' });
    const moved = ledgerClaim({
      key: 'b/c1',
      text: '215 employees will be terminated on Jan. 11',
      acts: ['employee', 'terminate', 'layoff'],
      speaker: 'Carrier',
      modality: 'planned',
      refers: '2017-11-07',
      published: '2017-11-07',
    });
    const points = [
      point('a/c1', { value: 290, time: at('2017-12-22'), parts: laidOff }),
      point('b/c1', { value: 215, time: at('2018-01-11'), parts: laidOff }),
    ];
    const found = findConflicts([schedule, moved], points).filter((f) => f.type === 'commitment-unmet');
    expect(found.map((f) => f.claims)).toEqual([['a/c1', 'b/c1']]);
    expect(found[0]?.reason).toMatch(/deadline 2017-12-22.*moved to 2018-01-11/);
    // Set for the day it is told, it is no schedule.
    const today = ledgerClaim({ ...planned, key: 'c/c1', refers: '2017-11-01', published: '2017-11-01' });
    const sameDay = [{ ...points[0]!, claimKey: 'c/c1', time: at('2017-11-01') }, points[1]!];
    expect(findConflicts([today, moved], sameDay).filter((f) => f.type === 'commitment-unmet')).toEqual([]);
  });

  it('is kept by a later report that states the pledged figure as a fact', () => {
    const doses = { ...trapped, counted: 'dose', state: null, place: null };
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'that will make 200,000 doses on Saturday',
      acts: ['make', 'dose', 'receive'],
      speaker: 'a minister',
      modality: 'planned',
      refers: '2024-09-07',
      published: '2024-09-06',
    });
    const onHand = ledgerClaim({
      key: 'b/c1',
      text: 'the country has some 200,000 doses on hand and expects to receive more doses this Thursday',
      acts: ['have', 'dose', 'hand', 'expect', 'receive'],
      speaker: 'a minister',
      refers: '2024-11-14',
      published: '2024-11-14',
    });
    const points = [
      point('a/c1', { value: 200_000, time: at('2024-09-07'), parts: doses }),
      point('b/c1', { value: 200_000, approximate: true, time: at('2024-11-14'), parts: doses }),
    ];
    expect(findConflicts([pledge, onHand], points).filter((f) => f.type === 'commitment-unmet')).toEqual([]);
    const fewer = [points[0]!, { ...points[1]!, value: 100_000 }];
    expect(findConflicts([pledge, onHand], fewer).filter((f) => f.type === 'commitment-unmet')).toHaveLength(
      1,
    );
  });

  it('is answered only by reports about the same place', () => {
    const elsewhere = point('b/c1', {
      value: 40,
      time: at('2023-11-17'),
      parts: { ...trapped, place: 'CN' },
    });
    const placed = point('a/c1', {
      value: 40,
      time: at('2023-11-13'),
      parts: { ...trapped, state: 'rescued' },
    });
    expect(
      findConflicts([plan, still], [placed, elsewhere]).filter((f) => f.type === 'commitment-unmet'),
    ).toEqual([]);
  });

  it('is not answered by a report whose words name another country, nor by one sharing only names', () => {
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'all migrant workers will be sent home from Freedonia by the end of 2019',
      acts: ['migrant', 'worker', 'send', 'home'],
      speaker: 'an ambassador',
      modality: 'planned',
      deadline: '2019',
      published: '2018-01-30',
      places: ['FR'],
    });
    const elsewhere = ledgerClaim({
      key: 'b/c1',
      text: 'migrant workers will be sent home from Sylvania next year',
      acts: ['migrant', 'worker', 'send', 'home'],
      speaker: 'a minister',
      modality: 'planned',
      deadline: '2020-06',
      published: '2020-01-16',
      places: ['SY'],
    });
    const names = ledgerClaim({
      key: 'c/c1',
      text: 'Sylvania is an important partner on Freedonia policy',
      acts: ['partner', 'policy'],
      terms: ['sylvania', 'freedonia', 'important', 'partner', 'policy'],
      speaker: 'a president',
      refers: '2020-01-15',
      published: '2020-01-16',
    });
    expect(
      findConflicts([pledge, elsewhere, names], []).filter((f) => f.type === 'commitment-unmet'),
    ).toEqual([]);
  });

  it('is answered by a report that the same kind of people remain in the place the pledge is about', () => {
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'plans are underway to repatriate all migrant laborers by the end of 2019',
      acts: ['plan', 'repatriate', 'migrant', 'laborer'],
      speaker: 'an ambassador',
      modality: 'planned',
      deadline: '2019',
      published: '2019-02-07',
    });
    // The pledge's article is about Freedonia; its sentence names no place.
    const context = ledgerClaim({
      key: 'a/c2',
      text: 'Freedonia employs many migrant laborers',
      acts: ['employ', 'migrant', 'laborer'],
      speaker: 'an ambassador',
      published: '2019-02-07',
      places: ['FR'],
    });
    const remain = (key: string, place: string) =>
      ledgerClaim({
        key,
        text: `migrant workers remain in ${place} for lack of flights`,
        acts: ['worker', 'remain', 'lack', 'flight'],
        speaker: 'officials',
        published: '2020-01-16',
        places: [place === 'Freedonia' ? 'FR' : 'SY'],
      });
    const unmet = (claims: ReturnType<typeof ledgerClaim>[]) =>
      findConflicts(claims, []).filter((f) => f.type === 'commitment-unmet');
    expect(unmet([pledge, context, remain('b/c1', 'Freedonia')]).map((f) => f.claims)).toEqual([
      ['a/c1', 'b/c1'],
    ]);
    expect(unmet([pledge, context, remain('c/c1', 'Sylvania')])).toEqual([]);
  });

  describe('a report that names no place of its own', () => {
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'all migrant workers will leave Freedonia by December 22',
      acts: ['migrant', 'worker', 'leave'],
      speaker: 'an ambassador',
      modality: 'planned',
      deadline: '2019-12-22',
      published: '2019-12-13',
      places: ['FR'],
    });
    const at = (c: ReturnType<typeof ledgerClaim>, start: number) => ({
      ...c,
      claim: { ...c.claim, span: { start, end: start + c.claim.text.length } },
    });
    const most = (speakerCountry?: string) =>
      at(
        ledgerClaim({
          key: 'b/c2',
          text: 'most migrant workers still remain there',
          acts: ['migrant', 'worker', 'remain'],
          speaker: 'a minister',
          published: '2020-01-10',
          ...(speakerCountry ? { speakerCountry } : {}),
        }),
        100,
      );
    const before = (place: string) =>
      at(
        ledgerClaim({
          key: 'b/c1',
          text: `${place} filed a report on migrant workers`,
          published: '2020-01-10',
          places: [place === 'Sylvania' ? 'SY' : 'FR'],
        }),
        0,
      );
    const unmet = (claims: ReturnType<typeof ledgerClaim>[], points: SeriesPoint[] = []) =>
      findConflicts(claims, points).filter((f) => f.type === 'commitment-unmet');

    it('is about the country its article named just before it', () => {
      expect(unmet([pledge, before('Sylvania'), most()])).toEqual([]);
      expect(unmet([pledge, before('Freedonia'), most()]).map((f) => f.claims)).toEqual([['a/c1', 'b/c2']]);
    });

    it('is about the country its speaker speaks for', () => {
      expect(unmet([pledge, before('Freedonia'), most('SY')])).toEqual([]);
      expect(unmet([pledge, before('Sylvania'), most('FR')])).toHaveLength(1);
    });

    it('is not placed by a place its figure only took from the measure it joined', () => {
      const share = (unsaid: boolean) =>
        point('b/c2', {
          value: 0.6,
          min: 0.5,
          max: 1,
          approximate: true,
          vague: null,
          parts: { ...WORKERS_IN_RUSSIA, unit: 'share', place: 'FR', aspect: 'share' },
          ...(unsaid ? { unsaid: ['place' as const] } : {}),
        });
      expect(unmet([pledge, before('Sylvania'), most()], [share(true)])).toEqual([]);
      expect(unmet([pledge, before('Sylvania'), most()], [share(false)])).toHaveLength(1);
    });
  });

  it('answers a pledge whose own words name no country whatever country its report’s article named before', () => {
    const order = regulatorOrder();
    const context = ledgerClaim({
      key: 'a/c2',
      text: 'a flight in Freedonia',
      published: '2024-02-28',
      places: ['FR'],
    });
    const caption = ledgerClaim({
      key: 'b/c1',
      text: 'a jet in Sylvania',
      published: '2024-05-30',
      places: ['SY'],
    });
    const done = ledgerClaim({
      key: 'b/c2',
      text: 'the company developed its plan over the past 90 days',
      acts: ['develop', 'plan'],
      speaker: 'the regulator',
      published: '2024-05-30',
      refers: '2024-05-30',
    });
    const late = { ...done, claim: { ...done.claim, span: { start: 100, end: 150 } } };
    const found = findConflicts([order, context, caption, late], []).filter(
      (f) => f.type === 'commitment-unmet',
    );
    expect(found.map((f) => f.claims)).toEqual([['a/c1', 'b/c2']]);
    expect(found[0]?.reason).toContain('done 2024-05-30, after the deadline');
  });

  it('counts an act that lasts some days on time until its last day', () => {
    const pledge = (text: string) =>
      ledgerClaim({
        key: 'a/c1',
        text,
        acts: ['release', 'hostage', 'pause'],
        speaker: 'the mediator',
        modality: 'planned',
        deadline: '2023-11-24',
        published: '2023-11-22',
      });
    const sunday = ledgerClaim({
      key: 'b/c1',
      text: 'on Sunday the group freed more hostages in the third release of the pause',
      acts: ['release', 'hostage', 'pause'],
      speaker: 'officials',
      published: '2023-11-26',
      refers: '2023-11-26',
    });
    const unmet = (text: string) =>
      findConflicts([pledge(text), sunday], []).filter((f) => f.type === 'commitment-unmet');
    expect(unmet('a four-day pause and the release of hostages will start on Friday')).toEqual([]);
    expect(unmet('on the first day of a 4-day pause, the release of hostages will start on Friday')).toEqual(
      [],
    );
    expect(unmet('the pause and the release of hostages will start on Friday')).toHaveLength(1);
  });

  it('places a pledge that names no place in the country its speaker speaks for', () => {
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'plans are underway to repatriate all migrant workers by the end of 2019',
      acts: ['repatriate', 'migrant', 'worker'],
      speaker: 'Freedonia',
      speakerCountry: 'FR',
      modality: 'planned',
      deadline: '2019-12-31',
      published: '2019-02-07',
    });
    const other = (speakerCountry: string) =>
      ledgerClaim({
        key: 'b/c1',
        text: 'it had repatriated more than half of its migrant workers and still hosts the rest',
        acts: ['repatriate', 'migrant', 'worker', 'host'],
        speaker: 'a capital',
        speakerCountry,
        published: '2020-01-22',
      });
    const unmet = (c: LedgerClaim) =>
      findConflicts([pledge, c], []).filter((f) => f.type === 'commitment-unmet');
    expect(unmet(other('SY'))).toEqual([]);
    expect(unmet(other('FR'))).toHaveLength(1);
  });

  it('does not read the day a later plan was told as the day its act is set for', () => {
    const order = regulatorOrder();
    const told = (said: string) =>
      ledgerClaim({
        key: 'b/c1',
        text: 'some of the actions laid out in the plan are underway',
        acts: ['action', 'lay', 'plan'],
        speaker: 'the chief executive',
        modality: 'planned',
        published: '2024-05-30',
        refers: '2024-05-30',
        said,
      });
    const unmet = (c: LedgerClaim) =>
      findConflicts([order, c], []).filter((f) => f.type === 'commitment-unmet');
    expect(unmet(told('2024-05-30'))).toEqual([]);
    expect(unmet(told('2024-05-29')).map((f) => f.reason)).toEqual([
      expect.stringContaining('moved to 2024-05-30'),
    ]);
  });

  it('is led by the first report known to the day, not by one dated only to its year', () => {
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'all migrant workers will leave Freedonia by December 22',
      acts: ['migrant', 'worker', 'leave'],
      speaker: 'an ambassador',
      modality: 'planned',
      deadline: '2019-12-22',
      published: '2019-12-13',
      places: ['FR'],
    });
    const still = (key: string, published: string) =>
      ledgerClaim({
        key,
        text: 'migrant workers still remain in Freedonia',
        acts: ['migrant', 'worker', 'remain'],
        speaker: `a minister ${key}`,
        published,
        places: ['FR'],
      });
    const yearOnly = still('b/c1', '2020');
    const loose = { ...yearOnly, article: { ...yearOnly.article, precision: 'year' as const } };
    const found = findConflicts([pledge, loose, still('c/c1', '2020-01-16')], []).filter(
      (f) => f.type === 'commitment-unmet',
    );
    expect(found.map((f) => f.claims)).toEqual([['a/c1', 'c/c1', 'b/c1']]);
  });

  it('is not shown unmet by a count of the same things in another country', () => {
    const pledge = ledgerClaim({
      key: 'a/c1',
      text: 'all migrant workers will leave Freedonia by December 22',
      acts: ['migrant', 'worker', 'leave'],
      speaker: 'an ambassador',
      modality: 'planned',
      deadline: '2019-12-22',
      published: '2019-12-13',
      places: ['FR'],
    });
    const report = ledgerClaim({
      key: 'b/c1',
      text: 'the regime earned money from 100,000 migrant workers abroad, 30,000 of them in Freedonia',
      acts: ['regime', 'earn', 'money', 'migrant', 'worker'],
      speaker: 'a diplomat',
      published: '2020-01-22',
      places: ['FR', 'abroad'],
    });
    const abroad = point('b/c1', {
      value: 100_000,
      time: at('2020-01-22'),
      parts: { ...WORKERS_IN_RUSSIA, place: 'abroad' },
    });
    const inside = { ...abroad, value: 30_000, text: '30,000', parts: { ...WORKERS_IN_RUSSIA, place: 'FR' } };
    const unmet = (points: SeriesPoint[]) =>
      findConflicts([pledge, report], points).filter((f) => f.type === 'commitment-unmet');
    expect(unmet([abroad])).toEqual([]);
    expect(unmet([abroad, inside])[0]?.reason).toContain('still there (30,000)');
  });

  it('takes a deadline told after it passed for a rule recalled, not a commitment', () => {
    const recalled = ledgerClaim({
      key: 'a/c1',
      text: 'all workers had to be rescued by November 13',
      speaker: 'officials',
      modality: 'planned',
      deadline: '2023-11-13',
      published: '2023-11-20',
    });
    expect(
      findConflicts([recalled, still], [stillPoint]).filter((f) => f.type === 'commitment-unmet'),
    ).toEqual([]);
  });

  it('takes the day a planned act is set for as its deadline when no "by" is said', () => {
    const set = ledgerClaim({
      key: 'a/c1',
      text: 'the final wave of 290 layoffs will take place on Dec. 22',
      speaker: 'the company',
      modality: 'planned',
      refers: '2017-12-22',
      published: '2017-05-22',
    });
    const moved = ledgerClaim({
      key: 'b/c1',
      text: 'the final wave of layoffs of 215 employees will take place on Jan. 11',
      speaker: 'the company',
      modality: 'planned',
      refers: '2018-01-11',
      published: '2017-11-07',
    });
    const found = findConflicts([set, moved], []).filter((f) => f.type === 'commitment-unmet');
    expect(found.map((f) => f.claims)).toEqual([['a/c1', 'b/c1']]);
    const yearOnly = ledgerClaim({
      key: 'c/c1',
      text: 'the final wave of 290 layoffs will take place this year',
      speaker: 'the company',
      modality: 'planned',
      refers: '2017',
      published: '2017-05-22',
    });
    expect(findConflicts([yearOnly, moved], []).filter((f) => f.type === 'commitment-unmet')).toEqual([]);
  });

  describe('an act set for a day', () => {
    const laidOff = { ...trapped, state: 'laid off', place: null };
    const schedule = (text: string, refers: string) =>
      ledgerClaim({
        key: 'a/c1',
        text,
        acts: ['wave', 'layoff'],
        speaker: 'the company',
        modality: 'planned',
        refers,
        published: '2017-05-22',
      });
    const later = ledgerClaim({
      key: 'c/c1',
      text: 'the last layoffs will take place on Jan. 11',
      acts: ['layoff'],
      speaker: 'the company',
      modality: 'planned',
      refers: '2018-01-11',
      published: '2017-11-07',
    });
    const laterPoint = point('c/c1', { value: 215, time: at('2018-01-11'), parts: laidOff });
    const unmet = (claims: ReturnType<typeof ledgerClaim>[], points: SeriesPoint[]) =>
      findConflicts(claims, points).filter((f) => f.type === 'commitment-unmet');

    it('is kept by a report of it under way that week; a later plan is then another round', () => {
      const first = schedule('the first wave of 338 layoffs is expected to take place July 20', '2017-07-20');
      const firstPoint = point('a/c1', { value: 338, time: at('2017-07-20'), parts: laidOff });
      const underWay = ledgerClaim({
        key: 'b/c1',
        text: 'the company is laying off about 300 employees this week',
        acts: ['lay', 'employee'],
        speaker: null,
        refers: '2017-W29',
        published: '2017-07-19',
      });
      const underWayPoint = point('b/c1', {
        value: 300,
        approximate: true,
        time: at('2017-W29'),
        parts: laidOff,
      });
      expect(unmet([first, later], [firstPoint, laterPoint])).toHaveLength(1);
      expect(unmet([first, underWay, later], [firstPoint, underWayPoint, laterPoint])).toEqual([]);
      // Told of for a time before the pledge was made, the act keeps nothing.
      const before = ledgerClaim({
        key: 'b/c1',
        text: 'a wave of layoffs came last December',
        acts: ['wave', 'layoff'],
        speaker: 'a union leader',
        refers: '2016-12',
        published: '2017-07-19',
      });
      expect(unmet([first, before, later], [firstPoint, laterPoint])).toHaveLength(1);
    });

    it('is not set for the day it was said on', () => {
      const pledge = (refers: { value: string; time: string }) => {
        const c = ledgerClaim({
          key: 'a/c1',
          text: 'the stranded workers will return home, she told a briefing on Thursday',
          acts: ['strand', 'worker', 'return', 'home'],
          speaker: 'a spokeswoman',
          modality: 'planned',
          published: '2020-05-21',
        });
        const said = { value: '2020-05-21', time: 't1', how: 'explicit' as const };
        return {
          ...c,
          claim: {
            ...c.claim,
            times: { ...c.claim.times, said, refers: { ...refers, how: 'explicit' as const } },
          },
        };
      };
      const remain = ledgerClaim({
        key: 'b/c1',
        text: 'stranded workers still remain, unable to return home',
        acts: ['strand', 'worker', 'remain', 'return', 'home'],
        speaker: 'a newspaper',
        published: '2020-08-13',
      });
      expect(unmet([pledge({ value: '2020-05-21', time: 't1' }), remain], [])).toEqual([]);
      expect(unmet([pledge({ value: '2020-06-01', time: 't2' }), remain], [])).toHaveLength(1);
    });

    it('is not set for the day of its own report', () => {
      const today = ledgerClaim({
        key: 'a/c1',
        text: 'about 600 employees will lose employment, he said earlier Thursday',
        acts: ['employee', 'lose', 'employment'],
        speaker: 'a union leader',
        modality: 'planned',
        refers: '2016-12-01',
        published: '2016-12-01',
      });
      const todayPoint = point('a/c1', { value: 600, time: at('2016-12-01'), parts: laidOff });
      expect(unmet([today, later], [todayPoint, laterPoint])).toEqual([]);
      const tomorrow = {
        ...today,
        claim: { ...today.claim, times: { ...today.claim.times, refers: at('2016-12-02') } },
      };
      expect(unmet([tomorrow, later], [{ ...todayPoint, time: at('2016-12-02') }, laterPoint])).toHaveLength(
        1,
      );
    });

    it('is due by the last day a claim setting several acts names', () => {
      const two = schedule(
        'four lose their jobs on Oct. 1, and the final wave of 290 layoffs takes place on Dec. 22',
        '2017-10-01',
      );
      const points = [
        point('a/c1', { value: 4, time: at('2017-10-01'), parts: laidOff }),
        point('a/c1', { value: 290, time: at('2017-12-22'), parts: laidOff }),
        laterPoint,
      ];
      expect(unmet([two, later], points)[0]?.reason).toContain('deadline 2017-12-22');
    });
  });

  it('finds an act done for the first time after its deadline, by its kin state (arriving: delivered)', () => {
    const hope = ledgerClaim({
      key: 'a/c1',
      text: 'I hope by the next week we will already be able to see the vaccines arriving',
      acts: ['hope', 'see', 'vaccine', 'arrive'],
      terms: ['hope', 'able', 'see', 'vaccine', 'arrive'],
      speaker: 'Kamba',
      modality: 'planned',
      deadline: '2024-W35',
      published: '2024-08-20',
    });
    const report = (text: string) =>
      ledgerClaim({
        key: 'b/c1',
        text,
        acts: ['batch', 'dose', 'vaccine', 'deliver'],
        places: ['CD'],
        published: '2024-09-06',
        refers: '2024-09-06',
      });
    const doses = { ...trapped, counted: 'dose', state: 'delivered', place: 'CD' };
    const delivered = point('b/c1', { value: 99100, time: at('2024-09-06'), parts: doses });
    const late = report('A first batch of 99,100 doses of vaccines was delivered to the country');
    const found = findConflicts([hope, late], [delivered]).filter((f) => f.type === 'commitment-unmet');
    expect(found.map((f) => f.claims)).toEqual([['a/c1', 'b/c1']]);
    expect(found[0]?.reason).toMatch(/first.*after the deadline/);
    // Without "first", a delivery after the deadline may be one more of several.
    const another = report('A batch of 99,100 doses of vaccines was delivered to the country');
    expect(findConflicts([hope, another], [delivered]).filter((f) => f.type === 'commitment-unmet')).toEqual(
      [],
    );
  });

  describe('the start of one agreement under two names', () => {
    const due = ledgerClaim({
      key: 'a/c1',
      text: 'the deal, which was to come into effect on Thursday morning',
      acts: ['deal', 'come', 'effect'],
      speaker: 'Qatar',
      modality: 'planned',
      refers: '2023-11-23TMO',
      published: '2023-11-22',
    });
    const moved = (acts: string[]) =>
      ledgerClaim({
        key: 'b/c1',
        text: 'The truce will now begin 7 a.m. local time on Friday',
        acts,
        speaker: 'Foreign Ministry',
        modality: 'planned',
        refers: '2023-11-24T07',
        published: '2023-11-23',
      });
    const unmet = (later: ReturnType<typeof ledgerClaim>) =>
      findConflicts([due, later], []).filter((f) => f.type === 'commitment-unmet' && f.claims[0] === 'a/c1');

    it('is due by a part of a day, and moved by a later start of its kin ("deal", "truce")', () => {
      const found = unmet(moved(['truce', 'begin']));
      expect(found.map((f) => f.claims)).toEqual([['a/c1', 'b/c1']]);
      expect(found[0]?.reason).toMatch(/deadline “?.*2023-11-23TMO.*moved to 2023-11-24T07/);
    });

    it('is not answered by a start verb alone', () => {
      expect(unmet(moved(['school', 'begin']))).toEqual([]);
    });
  });

  it('does not read a later window counted from its report ("over four days") as the act moved', () => {
    const start = ledgerClaim({
      key: 'a/c1',
      text: 'the release of hostages will begin on Friday',
      acts: ['release', 'hostage', 'begin'],
      speaker: 'Qatar',
      modality: 'planned',
      deadline: '2023-11-24',
      published: '2023-11-22',
    });
    const terms = ledgerClaim({
      key: 'b/c1',
      text: '50 hostages are to be released over four days under the terms of the truce',
      acts: ['hostage', 'release', 'term', 'truce'],
      speaker: 'Qatar',
      modality: 'planned',
      deadline: '2023-11-28',
      published: '2023-11-25',
    });
    const window = {
      ...terms,
      claim: {
        ...terms.claim,
        deadline: { value: '2023-11-28', how: 'explicit' as const, rule: 'duration-from-statement' },
      },
    };
    const unmet = (later: typeof terms) =>
      findConflicts([start, later], []).filter((f) => f.type === 'commitment-unmet');
    expect(unmet(terms).map((f) => f.claims)).toEqual([['a/c1', 'b/c1']]);
    expect(unmet(window)).toEqual([]);
  });

  it('finds an act moved past its deadline, one conflict for the commitment', () => {
    const moved = ledgerClaim({
      key: 'c/c1',
      text: 'the final wave of layoffs of 215 employees will take place on Jan. 11',
      speaker: 'Carrier',
      modality: 'planned',
      deadline: '2018-01-11',
      published: '2017-11-07',
    });
    const first = ledgerClaim({
      key: 'd/c1',
      text: 'the final wave of 290 layoffs will take place on Dec. 22',
      speaker: 'Carrier',
      modality: 'planned',
      deadline: '2017-12-22',
      published: '2017-05-22',
    });
    const found = findConflicts([first, moved], []).filter((f) => f.type === 'commitment-unmet');
    expect(found.map((f) => f.claims)).toEqual([['d/c1', 'c/c1']]);
    expect(found[0]?.reason).toMatch(/moved to 2018-01-11/);
  });
});
