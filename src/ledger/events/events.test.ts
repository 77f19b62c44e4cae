import { describe, expect, it } from 'vitest';
import type { Article, TimeExpression } from '../../model/index.js';
import { tokens } from '../../stages/tokens/index.js';
import { textArticle } from '../../../test/helpers/article.js';
import { eventMentions } from './index.js';

const stage = tokens({});

/** An analysed article published on 2012-09-14, with times given as [words, value] pairs. */
function article(body: string, times: [string, string][] = []): Article {
  const base = stage.run(textArticle(body));
  const layer: TimeExpression[] = times.map(([words, value], i) => {
    const start = base.text.indexOf(words);
    return {
      kind: 'time',
      id: `t${i + 1}`,
      text: words,
      type: 'DATE',
      value,
      granularity: 'day',
      anchor: { kind: 'publication', value: '2012-09-14' },
      span: { start, end: start + words.length },
      stage: 'test',
      rule: 'given',
    };
  });
  return {
    ...base,
    times: layer,
    published: { value: '2012-09-14', precision: 'day', how: 'meta', evidence: 'test', rule: 'test' },
  };
}

const read = (a: Article) => eventMentions(a).map((e) => `${e.text}/${e.tense}@${e.anchor?.value ?? '-'}`);

describe('eventMentions', () => {
  it.each<[string, [string, string][], string[]]>([
    ['The carrier cancelled two routes.', [], ['cancelled/past@2012-09-14']],
    ['The carrier has cancelled the routes.', [], ['cancelled/past@2012-09-14']],
    ['The carrier will cancel the routes.', [], ['cancel/future@-']],
    ['The carrier plans to cancel the routes.', [], ['plans/present@2012-09-14', 'cancel/irrealis@-']],
    [
      'The union filed a lawsuit on Monday.',
      [['Monday', '2012-09-10']],
      ['filed/past@2012-09-10', 'lawsuit/present@2012-09-10'],
    ],
    ['The board is large.', [], []],
    ['The new phone has a glass back.', [], ['has/present@2012-09-14']],
    ['The old phone had a steel frame.', [], ['had/past@2012-09-14']],
  ])('%j', (body, times, expected) => {
    expect(read(article(body, times))).toEqual(expected);
  });

  it('carries a recent day named earlier to later past events, not to present ones', () => {
    const a = article('The mill closed on Tuesday. Workers protested. Workers want answers.', [
      ['Tuesday', '2012-09-11'],
    ]);
    expect(read(a)).toEqual([
      'closed/past@2012-09-11',
      'protested/past@2012-09-11',
      'want/present@2012-09-14',
    ]);
  });

  it('does not carry a day from long before publication', () => {
    const a = article('The mill closed in March 2010. Workers protested.', [['March 2010', '2010-03-01']]);
    expect(read(a)).toEqual(['closed/past@2010-03-01', 'protested/past@2012-09-14']);
  });

  it('names the entity mentions of its sentence as participants', () => {
    const base = article('Acme hired staff. Nobody left.');
    const mention = {
      kind: 'mention' as const,
      id: 'm1',
      text: 'Acme',
      type: 'organization' as const,
      entity: 'e1',
      form: 'name' as const,
      span: { start: 0, end: 4 },
      stage: 'test',
      rule: 'given',
    };
    const events = eventMentions({ ...base, mentions: [mention] });
    expect(events.map((e) => [e.text, e.participants])).toEqual([
      ['hired', ['m1']],
      ['left', []],
    ]);
  });
});
