import { describe, expect, it } from 'vitest';
import type { Article, Attribution, Quantity, Span, TimeExpression } from '../../model/index.js';
import { tokens } from '../tokens/index.js';
import { claims } from './index.js';
import { textArticle, textInput } from '../../../test/helpers/article.js';
import { createPipeline } from '../../pipeline/order.js';

const tokenStage = tokens({});
const claimStage = claims({});

/** The span of the n-th occurrence of `phrase` in `text`. */
function at(text: string, phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`'${phrase}' not in text`);
  return { start, end: start + phrase.length };
}

function time(text: string, id: string, phrase: string, value: string, extra: Partial<TimeExpression> = {}) {
  return {
    kind: 'time',
    id,
    text: phrase,
    span: at(text, phrase),
    type: 'DATE',
    value,
    granularity: 'day',
    anchor: { kind: 'publication', value: '2020-01-16' },
    stage: 'test',
    rule: 'test',
    ...extra,
  } satisfies TimeExpression;
}

function said(
  text: string,
  source: string,
  cue: string,
  content: string,
  extra: Partial<Attribution> = {},
): Attribution {
  const src = { name: source, type: 'person' as const, span: at(text, source) };
  const c = {
    text: cue,
    span: at(text, cue),
    lemma: cue.split(' ')[0] === 'said' ? 'say' : (cue.split(' ')[0] ?? ''),
  };
  return {
    kind: 'indirect',
    id: `a-${source}`,
    span: { start: 0, end: text.length },
    source: src,
    cue: c,
    content: { text: content, span: at(text, content) },
    chain: [{ source: src, cue: c, rule: 'test' }],
    stage: 'test',
    rule: 'test',
    ...extra,
  };
}

function article(text: string, layers: Partial<Article>): Article {
  const base = tokenStage.run(textArticle(text));
  return {
    ...base,
    published: { value: '2020-01-16', precision: 'day', how: 'meta', evidence: 'test', rule: 'test' },
    times: [],
    mentions: [],
    entities: [],
    attributions: [],
    quantities: [],
    ...layers,
  };
}

describe('claims stage', () => {
  it('makes one claim per attribution, referring to the time inside its content', () => {
    const text = 'Ilichev said all contracts are finished since December 2019.';
    const a = article(text, {
      times: [
        time(text, 't1', 'December 2019', '2019-12', { signal: { text: 'since', span: at(text, 'since') } }),
      ],
      attributions: [said(text, 'Ilichev', 'said', 'all contracts are finished since December 2019')],
    });
    const [claim] = claimStage.run(a).claims ?? [];
    expect(claim).toMatchObject({
      text: 'all contracts are finished since December 2019',
      source: { name: 'Ilichev' },
      modality: 'asserted',
      times: { said: null, refers: { value: '2019-12', how: 'explicit' }, published: '2020-01-16' },
    });
  });

  it('falls back to when it was said, then to the publication date', () => {
    const text = 'Trump said China is helping. Kim said nothing changed.';
    const saidOnWednesday = { value: '2020-01-15', how: 'explicit' as const };
    const a = article(text, {
      attributions: [
        said(text, 'Trump', 'said', 'China is helping', { said: saidOnWednesday }),
        said(text, 'Kim', 'said', 'nothing changed'),
      ],
    });
    const [first, second] = claimStage.run(a).claims ?? [];
    expect(first?.times.refers).toEqual(saidOnWednesday);
    expect(second?.times.refers).toEqual({ value: '2020-01-16', how: 'publication' });
  });

  it('keeps the deadline of a commitment apart from the time it was stated', () => {
    const text = 'Russia says plans are underway to repatriate all workers by the end of 2019.';
    const a = article(text, {
      times: [
        time(text, 't1', 'the end of 2019', '2019', {
          mod: 'END',
          granularity: 'year',
          signal: { text: 'by', span: at(text, 'by') },
        }),
      ],
      attributions: [
        said(text, 'Russia', 'says', 'plans are underway to repatriate all workers by the end of 2019'),
      ],
    });
    const [claim] = claimStage.run(a).claims ?? [];
    expect(claim?.modality).toBe('planned');
    expect(claim?.deadline).toMatchObject({ value: '2019', time: 't1' });
    expect(claim?.times.refers).toEqual({ value: '2020-01-16', how: 'publication' });
  });

  it.each([
    ['Biegun said the talks may resume soon', 'say', 'hedged'],
    ['Zakharova denied the workers were employed', 'deny', 'denied'],
    ['Trump suggested China is a partner', 'suggest', 'hedged'],
    ['Topilin said Russia will fulfil its obligations', 'say', 'planned'],
    ['Matsegora said the number had declined', 'say', 'asserted'],
  ])('%j is %s', (text, lemma, modality) => {
    const [source, cue, ...rest] = text.split(' ');
    const a = article(text, {
      attributions: [
        {
          ...said(text, source ?? '', cue ?? '', rest.join(' ')),
          cue: { text: cue ?? '', span: at(text, cue ?? ''), lemma },
        },
      ],
    });
    expect(claimStage.run(a).claims?.[0]?.modality).toBe(modality);
  });

  it('states dated and quantified sentences in the article’s own voice, and nothing else', () => {
    const text =
      'In December 2017, the Security Council adopted Resolution 2397. The status is unclear. Some 1,000 workers remain.';
    const q: Quantity = {
      kind: 'quantity',
      id: 'q1',
      text: 'Some 1,000',
      span: at(text, 'Some 1,000'),
      value: 1000,
      approximate: true,
      unit: 'count',
      stage: 'test',
      rule: 'test',
    };
    const a = article(text, { times: [time(text, 't1', 'December 2017', '2017-12')], quantities: [q] });
    const out = claimStage.run(a).claims ?? [];
    expect(out.map((c) => [c.text, c.source, c.times.refers?.value, c.quantities])).toEqual([
      ['In December 2017, the Security Council adopted Resolution 2397.', null, '2017-12', []],
      ['Some 1,000 workers remain.', null, '2020-01-16', ['q1']],
    ]);
  });

  it('states the figures of a sentence’s own-voice part beside an attribution', () => {
    const text = 'After it laid off 340 employees, the company said that 215 will go.';
    const quantity = (id: string, figure: string, value: number): Quantity => ({
      kind: 'quantity',
      id,
      text: figure,
      span: at(text, figure),
      value,
      approximate: false,
      unit: 'count',
      stage: 'test',
      rule: 'test',
    });
    const a = article(text, {
      quantities: [quantity('q1', '340', 340), quantity('q2', '215', 215)],
      attributions: [said(text, 'the company', 'said', '215 will go')],
    });
    const out = claimStage.run(a).claims ?? [];
    expect(out.map((c) => [c.text, c.source?.name ?? null, c.quantities])).toEqual([
      ['After it laid off 340 employees', null, ['q1']],
      ['215 will go', 'the company', ['q2']],
    ]);
  });

  it('resolves a present reference to the publication date', () => {
    const text = 'There are no workers at present, the official said.';
    const a = article(text, {
      times: [time(text, 't1', 'at present', 'PRESENT_REF', { granularity: 'present' })],
      attributions: [said(text, 'the official', 'said', 'There are no workers at present')],
    });
    expect(claimStage.run(a).claims?.[0]?.times.refers).toMatchObject({ value: '2020-01-16', time: 't1' });
  });
});

// Through the whole pipeline: the cue classes, times and quantities the real layers give.
describe('claims with the real layers', () => {
  const pipeline = createPipeline();
  const claimOf = (sentence: string) =>
    pipeline.run(textInput(` date 2019-02-07 ${sentence}`)).claims?.find((c) => c.attribution);

  it.each([
    ['Experts suspect the workers are still in the country.', 'hedged', undefined],
    ['Analysts expect the number to fall to 5,000 this year.', 'hedged', undefined],
    ['The ministry denied that any workers remained.', 'denied', undefined],
    ['The company plans to close the plant in Ohio.', 'planned', undefined],
    ['The envoy said it would be difficult to check the figures.', 'asserted', undefined],
    ['Matsegora said Russia would send all the workers home by the end of 2019.', 'planned', '2019'],
    [
      'Moscow pledged to send the workers home before the deadline on Dec. 22, 2019.',
      'planned',
      '2019-12-22',
    ],
    ['Russia has until Dec. 22 to send the workers home, the envoy said.', 'planned', '2019-12-22'],
    ['Russia must send all the workers home by Dec. 22, officials said.', 'planned', '2019-12-22'],
    ['Officials said they are hopeful of rescuing the workers by Feb. 10.', 'planned', '2019-02-10'],
    ['Officials said they are hopeful of rescuing the workers.', 'asserted', undefined],
    // A duration deadline counts from the statement: the publication date, or when it was said.
    ['The minister said the company will pay the workers within 90 days.', 'planned', '2019-05-08'],
    ['The governor said crews will restore power in the next two weeks.', 'planned', '2019-02-21'],
    ['Officials said they will evacuate the town over the coming month.', 'planned', '2019-03-07'],
    ['The minister said on Feb. 1 that the company will pay within 10 days.', 'planned', '2019-02-11'],
    ['The minister said the company will pay the workers for two weeks.', 'planned', undefined],
    // A vague near-future duration is due at the end of a bounded window: a week, or four weeks.
    ['The minister said the company will pay the workers in the next few days.', 'planned', '2019-02-14'],
    ['The governor said crews will restore power in the coming days.', 'planned', '2019-02-14'],
    ['Officials said they will evacuate the town within days.', 'planned', '2019-02-14'],
    ['Officials said they will evacuate the town in the coming weeks.', 'planned', '2019-03-07'],
    ['Officials said they will evacuate the town in the coming months.', 'planned', undefined],
    // A quoted duration keeps its signal: 'in the "next few days"' is one, and makes 'would' a plan.
    ['The CEO said the checks would be completed in the "next few days."', 'planned', '2019-02-14'],
  ])('%j is %s, deadline %s', (sentence, modality, deadline) => {
    const claim = claimOf(sentence);
    expect(claim?.modality).toBe(modality);
    expect(claim?.deadline?.value).toBe(deadline);
  });

  it('reads reported "would" with a deadline as a plan when the article gives no year for it', () => {
    const text = 'Matsegora said that no workers would remain in Russia by December 22nd, the source said.';
    const claim = pipeline.run(textInput(text)).claims?.find((c) => c.attribution);
    expect(claim?.modality).toBe('planned');
    // Its day is known once the article is dated: the claim keeps no deadline it cannot resolve.
    expect(claim?.deadline).toBeUndefined();
  });

  it('names the duration and its rule as the evidence of a duration deadline', () => {
    const claim = claimOf('The minister said the company will pay the workers within 90 days.');
    expect(claim?.deadline).toMatchObject({ text: '90 days', rule: 'duration-from-statement' });
    expect(claim?.deadline?.time).toBeDefined();
  });

  it('names the vague duration and its window rule as the evidence of a vague deadline', () => {
    const claim = claimOf('The governor said crews will restore power in the coming days.');
    expect(claim?.deadline).toMatchObject({ text: 'the coming days', rule: 'vague-duration-window' });
  });
});

describe('own-voice claims of a question', () => {
  const pipeline = createPipeline();
  const claimsOf = (sentence: string) => pipeline.run(textInput(` date 2019-02-07 ${sentence}`)).claims ?? [];

  it('states the figure a question takes as known, and nothing else of it', () => {
    const [claim, ...rest] = claimsOf(
      'Could the death toll ultimately be much higher than the current tally of 84 victims?',
    );
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ text: 'the current tally of 84 victims', rule: 'own-voice:presupposed' });
    expect(claim?.quantities).toHaveLength(1);
  });

  it('makes no claim of the figures a question asks about', () => {
    expect(claimsOf('Could the death toll rise to 200 victims?')).toEqual([]);
  });
});
