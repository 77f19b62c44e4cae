import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { tokens } from '../../stages/tokens/index.js';
import { times } from '../../stages/times/index.js';
import { timesText } from './times.js';

describe('the readable times view', () => {
  it('shows each expression with its value and signal, and the parts of a composite indented', () => {
    const base = textArticle('Trump is to meet with Kim in Vietnam from Feb. 27 to 28.');
    const published = {
      value: '2019-02-07',
      precision: 'day',
      how: 'meta',
      evidence: 'test',
      rule: 'test',
    } as const;
    const article = times({}).run(tokens({}).run({ ...base, published }));
    const lines = timesText(article);
    expect(lines[1]).toBe('time expressions (1, against the publication date 2019-02-07):');
    expect(lines[2]).toMatch(/^ {2}Feb\. 27 to 28 +DURATION +P2D +"from" · 2019-02-27 → 2019-02-28$/);
    expect(lines[3]).toMatch(/^ {4}Feb\. 27 +DATE +2019-02-27 +future$/);
    expect(lines[4]).toMatch(/^ {4}28 +DATE +2019-02-28 +future · after 2019-02-27$/);
  });

  it('prints nothing when there are no time expressions', () => {
    expect(timesText(textArticle('No dates here.'))).toEqual([]);
  });
});
