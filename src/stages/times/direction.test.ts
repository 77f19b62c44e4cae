import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { tokens } from '../tokens/index.js';
import { directionOf } from './08-direction.js';
import { verbGroups } from './verb-groups.js';
import { tokenView } from './token-view.js';

const stage = tokens({});

/** The way the verb group nearest to `phrase` points. */
function wayAt(sentence: string, phrase: string, signal?: string): string {
  const article = stage.run(textArticle(sentence));
  const s = article.sentences?.[0];
  if (!s) throw new Error('no sentence');
  const view = tokenView(article.tokens ?? [], s.tokens.start, s.tokens.end);
  const start = article.text.indexOf(phrase);
  return directionOf({ start, end: start + phrase.length }, verbGroups(view), view, signal).way;
}

describe('which way a time expression points', () => {
  it.each([
    ['In November, the ambassador had said the number fell.', 'November', 'past'],
    ['The envoy is to return from Pyongyang on Friday.', 'Friday', 'future'],
    ['Officials will be briefing reporters on Monday.', 'Monday', 'future'],
    ['Yonhap reported Thursday that talks resumed.', 'Thursday', 'past'],
    ['The number has declined since December.', 'December', 'past'],
    ['The minister is expected to travel to Seoul in March.', 'March', 'future'],
    ['Russia plans to repatriate the workers in December.', 'December', 'future'],
    ['Roth on Thursday agreed to plead guilty.', 'Thursday', 'past'],
    ['The ministry says the workers leave in June.', 'June', 'present'],
    ['The match was postponed until Saturday.', 'Saturday', 'future'],
    ['The workers stayed until June.', 'June', 'past'],
    // A schedule as it stood ("was to"), and a verb past a comma is another clause's.
    ['The curfew was to come into effect on Thursday, officials said.', 'Thursday', 'future'],
    ['The deal, which was to start on Thursday morning, was delayed.', 'Thursday', 'future'],
    ['The union said on Friday that the strike had ended.', 'Friday', 'past'],
  ])('%s → %s is %s', (sentence, phrase, way) => {
    const signal = /until (\w+)/.exec(sentence)?.[0].startsWith(`until ${phrase}`) ? 'until' : undefined;
    expect(wayAt(sentence, phrase, signal)).toBe(way);
  });

  it('lets "since" point to the past whatever the tense', () => {
    expect(wayAt('Contracts are finished since December.', 'December', 'since')).toBe('past');
  });

  it('lets a day inside a phrase that "since" opens point to the past, in a future clause', () => {
    const held = 'Children held since the raid into the town on 7 October will be freed on Friday.';
    expect(wayAt(held, '7 October', 'on')).toBe('past');
    // The clause's own day is untouched, and a verb between the two ends the phrase.
    expect(wayAt(held, 'Friday', 'on')).toBe('future');
    expect(wayAt('Since the talks began, they will meet on 7 October.', '7 October', 'on')).toBe('future');
  });
});
