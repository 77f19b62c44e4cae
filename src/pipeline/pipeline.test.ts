import { describe, expect, it } from 'vitest';
import { assemble } from './pipeline.js';
import { defineStage } from './stage.js';
import { PipelineConfigError } from './errors.js';
import { normalise } from '../stages/normalise/index.js';
import { textInput } from '../../test/helpers/article.js';

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
