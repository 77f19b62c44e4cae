import { describe, expect, it } from 'vitest';
import { textInput } from '../../../test/helpers/article.js';
import { createPipeline } from '../../pipeline/order.js';
import { articleRef, byName, ledgerClaims, voiceOf } from './ledger-claims.js';

describe('speakers as a reader sees them', () => {
  const pipeline = createPipeline();
  const speakers = (text: string) => {
    const article = pipeline.run(textInput(text, 'a.txt'));
    return ledgerClaims(article, articleRef(article), byName).map((c) => c.speakerName);
  };

  it.each([
    ['“We expect them to come back as tourists,” the source said.', 'the source'],
    ['Officials said on Friday that a source told them the workers had left by train.', 'a source'],
    ['A source said the workers had left the city by train.', 'A source'],
    ['The two countries are "writing the wrongs of the past," the US President said.', 'the President'],
    [
      '“They want to take all the stuff they bought with them,” the 57-year-old man explained. All of the workers who spoke to a reporter said they had no idea if they would return.',
      'they',
    ],
  ])('%s → %s', (text, expected) => {
    expect(speakers(text)).toContain(expected);
  });

  it('puts no English determiner before a speaker of an article in another language', () => {
    const article = pipeline.run({
      ...textInput('По словам полиции, три человека пострадали.', 'a.txt'),
      meta: { language: 'ru' },
    });
    const names = ledgerClaims(article, articleRef(article), byName).map((c) => c.speakerName);
    expect(names).toContain('полиции');
    expect(names.some((n) => /^(the|a) /.test(n))).toBe(false);
  });

  it('reads a report named by no one ("согласно сообщениям") as an unnamed source', () => {
    const article = pipeline.run({
      ...textInput(
        'Россия отправила домой половину рабочих, согласно сообщениям, представленным в ООН.',
        'a.txt',
      ),
      meta: { language: 'ru' },
    });
    const names = (article.attributions ?? []).map((a) => a.source.name);
    expect(names).toContain('unnamed source');
    expect(names).not.toContain('сообщениям');
  });

  it('does not give a speaker as its own carrier (“the source via source”)', () => {
    const article = pipeline.run(
      textInput(
        '“We expect that they will be dispatched as trainees and tourists,” the source said. “Last week, an official asked me to look for a local company,” the source said.',
        'a.txt',
      ),
    );
    const claims = ledgerClaims(article, articleRef(article), byName);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims)
      expect(c.carriers.map((x) => x.replace(/^(?:the|a)\s+/, ''))).not.toContain('source');
  });

  it('gives the article’s own voice its outlet, the site it came from or its title, never a file name', () => {
    expect(voiceOf({ outlet: 'UPI', source: 'a.txt', title: null })).toBe('UPI');
    expect(voiceOf({ outlet: null, source: 'https://www.sacbee.com/news/a.html', title: 'T' })).toBe(
      'sacbee.com',
    );
    expect(voiceOf({ outlet: null, source: '/data/d12.txt', title: 'Workers to Leave by Year-end' })).toBe(
      '“Workers to Leave by Year-end”',
    );
    expect(
      voiceOf({
        outlet: null,
        source: '/data/d12.txt',
        title: 'Russia says it sent home nearly twenty thousand workers from the North last year',
      }),
    ).toBe('“Russia says it sent home nearly twenty thousand workers from…”');
    expect(voiceOf({ outlet: null, source: '/data/d12.txt', title: null })).toBe('the article');
  });

  it('calls a headline claim’s voice "the headline", not the title it repeats', () => {
    const ref = { outlet: null, source: '/data/d21.txt', title: 'Noch rund 1.000 Arbeiter in Russland' };
    expect(voiceOf(ref, 'Noch rund 1.000 Arbeiter in Russland')).toBe('the headline');
    expect(voiceOf(ref, 'Die Arbeiter seien keine Arbeiter mehr')).toBe(
      '“Noch rund 1.000 Arbeiter in Russland”',
    );
    expect(voiceOf({ ...ref, outlet: 'KBS' }, 'Noch rund 1.000 Arbeiter in Russland')).toBe('KBS');
  });
});

describe('act words', () => {
  const pipeline = createPipeline();
  const acts = (text: string) => {
    const article = pipeline.run(textInput(text, 'a.txt'));
    return ledgerClaims(article, articleRef(article), byName).flatMap((c) => c.acts);
  };

  it('leaves out a verb that takes the act as its infinitive, and keeps the same word as a noun', () => {
    const planned = acts('The company said it plans to relocate its plant to Mexico.');
    expect(planned).toContain('relocate');
    expect(planned).not.toContain('plan');
    expect(acts('The regulator said the company submitted the plan on Thursday.')).toContain('plan');
  });
});
