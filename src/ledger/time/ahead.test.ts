import { describe, expect, it } from 'vitest';
import { textInput } from '../../../test/helpers/article.js';
import { createLexicon } from '../../lexicon/index.js';
import { createPipeline } from '../../pipeline/order.js';
import { dateFromYearsAhead } from './ahead.js';

const pipeline = createPipeline({ lexicon: createLexicon() });
const read = (text: string) => pipeline.run({ ...textInput(text), meta: {} });

describe('a date from the years an article still expects', () => {
  it('puts the statement it reports in the year before the first year still ahead', () => {
    const article = read(
      'On March 3, the company announced plans to close its plant. ' +
        'The work is expected to begin in 2021 with completion in 2023.',
    );
    expect(dateFromYearsAhead(article)).toMatchObject({ value: '2020-03-03', rule: 'years-ahead' });
  });

  it('dates nothing without a year ahead, or with a date of its own', () => {
    expect(
      dateFromYearsAhead(read('On March 3, the company announced plans to close its plant.')),
    ).toBeNull();
    const dated = read(
      'date 2020-03-04\n\nOn March 3, the company announced plans to close its plant. ' +
        'The work is expected to begin in 2021.',
    );
    expect(dateFromYearsAhead(dated)).toBeNull();
  });
});
