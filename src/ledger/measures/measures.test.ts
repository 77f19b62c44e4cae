import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../lexicon/index.js';
import { createPipeline } from '../../pipeline/order.js';
import { textInput } from '../../../test/helpers/article.js';
import { countryNames } from './countries.js';
import { articlePoints } from './points.js';

const lexicon = createLexicon();
const pipeline = createPipeline({ lexicon });
const names = countryNames(lexicon);

/** The measure parts of the point of one figure in a text published on a day. */
function pointOf(text: string, figure: string) {
  const article = pipeline.run({ ...textInput(`date 2024-08-20\n\n${text}`), meta: {} });
  const ref = {
    id: article.id,
    source: article.source,
    outlet: null,
    title: null,
    published: article.published.value,
    precision: article.published.precision,
    mirrorGroup: article.id,
  };
  return articlePoints(article, ref, names).find((p) => p.text.includes(figure));
}

describe('measure places', () => {
  it.each([
    [
      'where things are, not where other things go',
      'The company agreed to keep nearly 1,000 jobs in the city rather than moving them to Mexico, officials said.',
      '1,000',
      null,
    ],
    [
      'a short country name as the one the article names in full',
      'The Democratic Republic of Congo has been hit hardest. Officials said more than 16,000 cases were recorded in Congo this year.',
      '16,000',
      'CD',
    ],
  ])('%s', (_why, text, figure, place) => {
    expect(pointOf(text, figure)?.parts.place ?? null).toBe(place);
  });

  it.each([
    [
      'a count that stays, named beside where others go',
      'The firm will cut 600 jobs as work moves to Mexico, officials said.',
      '600',
      null,
    ],
    [
      'a movement keeps where it goes',
      'About 300 workers have returned to Peru since May, officials said.',
      '300',
      'PE',
    ],
  ])('%s', (_why, text, figure, place) => {
    expect(pointOf(text, figure)?.parts.place ?? null).toBe(place);
  });

  it('reads a count since a day as the count as of publication', () => {
    const p = pointOf('Since Aug. 1, the disease has killed 548 people, the ministry said.', '548');
    expect(p?.time?.value).toBe('2024-08-20');
  });
});

describe('measure states', () => {
  it.each([
    ['an area is never killed', 'The 151,272-acre blaze has killed 79 people.', '151,272', null],
    [
      'a state said right after the noun wins over the noun',
      'Officials said 43 victims have been positively identified.',
      '43',
      'identified',
    ],
    ['a noun that carries its state', 'Officials said 43 victims were found in the rubble.', '43', 'killed'],
  ])('%s', (_why, text, figure, state) => {
    expect(pointOf(text, figure)?.parts.state ?? null).toBe(state);
  });

  it('leaves the size of a change out of the series', () => {
    expect(pointOf('The death toll dropped by three on Monday, officials said.', 'three')).toBeUndefined();
  });
});
