import { describe, expect, it } from 'vitest';
import { assemble } from './pipeline.js';
import { defineStage } from './stage.js';
import { PipelineConfigError } from './errors.js';
import { normalise } from '../stages/normalise/index.js';
import { textInput } from '../../test/helpers/article.js';
import { createPipeline } from './order.js';

const create = normalise({});

describe('assemble', () => {
  it('refuses a stage whose required layer no earlier stage provides', () => {
    const needsTimes = defineStage({ name: 'needs-times', requires: ['times'], provides: [], run: (a) => a });
    expect(() => assemble(create, [needsTimes])).toThrow(PipelineConfigError);
  });

  it('turns a throwing stage into an error message and keeps the article', () => {
    const broken = defineStage({
      name: 'broken',
      requires: [],
      provides: [],
      run: () => {
        throw new Error('boom');
      },
    });
    const article = assemble(create, [broken]).run(textInput('Some text.'));
    expect(article.text).toBe('Some text.');
    // The normaliser may add its own messages (an undated text is warned about); this test is about the stage's.
    expect(article.messages.filter((m) => m.stage === 'broken')).toEqual([
      expect.objectContaining({ severity: 'error', stage: 'broken', ruleId: 'stage-crashed' }),
    ]);
  });

  it('skips stages for languages they cannot analyse', () => {
    let ran = false;
    const englishOnly = defineStage({
      name: 'english-only',
      requires: [],
      provides: [],
      languages: ['de'],
      run: (a) => {
        ran = true;
        return a;
      },
    });
    assemble(create, [englishOnly]).run(textInput('Some text.'));
    expect(ran).toBe(false);
  });
});

describe('runMany', () => {
  it('gives the articles run gives one by one, in order', () => {
    const bodies = [
      'Matsegora said 34,000 workers remained in Russia in 2018.\n\nThe U.S government disagreed.',
      'Muslims traveling to the U.S. were stopped, officials said on Monday.',
      '',
      'About 11,000 workers were left by the end of 2019, according to the ministry.',
    ];
    const inputs = bodies.map((body, i) => textInput(body, `doc-${i}.txt`));
    const one = createPipeline();
    const each = inputs.map((input) => one.run(input));
    expect(createPipeline().runMany(inputs)).toEqual(each);
    expect(each.map((a) => a.claims?.length ?? -1)).not.toEqual([-1, -1, -1, -1]);
  });
});
