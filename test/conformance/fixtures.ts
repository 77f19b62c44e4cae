import { createHash } from 'node:crypto';
import type { Article, Span } from '../../src/model/index.js';

/**
 * Articles for the conformance suite, written by hand so that every row layer holds records
 * (the analysis stages are still placeholders). The sentences are our own.
 */
const TEXT = [
  'Seasonal workers leave Zürich region',
  'About 2,000 seasonal workers left the region in March 2021, officials said on Monday.',
  'Labour minister Anna Petrova told reporters the figure would fall to zero by the end of 2022.',
].join('\n\n');

function at(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: '${words}' not in text`);
  return { start, end: start + words.length };
}

const P = { stage: 'fixture', rule: 'hand-written' } as const;

/** A fully layered article about seasonal workers; `variant` changes its text (and so its id). */
export function layeredArticle(variant = '', source = 'fixture.txt'): Article {
  const text = TEXT + variant;
  const s = (w: string) => at(text, w);
  const id = createHash('sha256').update(text).digest('hex').slice(0, 32);
  const petrova = { name: 'Anna Petrova', type: 'person', entity: 'e1', span: s('Anna Petrova') } as const;
  const cue = { text: 'told reporters', span: s('told reporters'), lemma: 'tell' };
  return {
    kind: 'article',
    id,
    source,
    format: 'text',
    url: null,
    title: 'Seasonal workers leave Zürich region',
    outlet: { name: 'Example Wire', how: 'meta', evidence: 'fixture' },
    language: { code: 'en', confidence: 1, how: 'words' },
    published: { value: '2021-03-08', precision: 'day', how: 'meta', evidence: 'fixture', rule: 'fixture' },
    dateline: null,
    text,
    blocks: [{ kind: 'block', type: 'title', span: s('Seasonal workers leave Zürich region'), ...P }],
    messages: [
      { kind: 'message', severity: 'info', reason: 'fixture', ruleId: 'r', stage: 'fixture', source },
    ],
    tokens: [{ span: s('About'), pos: 'ADV', type: 'word', lemma: 'about', normal: 'about' }],
    times: [
      {
        kind: 'time',
        id: 't1',
        text: 'March 2021',
        type: 'DATE',
        value: '2021-03',
        granularity: 'month',
        span: s('March 2021'),
        anchor: { kind: 'publication', value: '2021-03-08' },
        ...P,
      },
    ],
    mentions: [
      {
        kind: 'mention',
        id: 'm1',
        text: 'Anna Petrova',
        type: 'person',
        entity: 'e1',
        form: 'name',
        span: petrova.span,
        ...P,
      },
    ],
    entities: [
      {
        kind: 'entity',
        id: 'e1',
        type: 'person',
        name: 'Anna Petrova',
        aliases: ['Petrova'],
        roles: [{ title: 'Labour minister', span: s('Labour minister'), ...P }],
        mentions: ['m1'],
        ...P,
      },
    ],
    attributions: [
      {
        kind: 'indirect',
        id: 'a1',
        source: petrova,
        cue,
        content: { text: 'the figure would fall to zero', span: s('the figure would fall to zero') },
        chain: [{ source: petrova, cue, rule: 'fixture' }],
        span: s('Labour minister Anna Petrova told reporters the figure would fall to zero'),
        ...P,
      },
    ],
    quantities: [
      {
        kind: 'quantity',
        id: 'q1',
        text: 'About 2,000',
        value: 2000,
        approximate: true,
        unit: 'count',
        counted: { text: 'seasonal workers', span: s('seasonal workers') },
        time: { value: '2021-03', time: 't1', how: 'explicit' },
        span: s('About 2,000'),
        ...P,
      },
    ],
    claims: [
      {
        kind: 'claim',
        id: 'c1',
        text: 'the figure would fall to zero by the end of 2022',
        attribution: 'a1',
        source: petrova,
        chain: [petrova],
        quantities: [],
        modality: 'planned',
        times: { said: null, refers: { value: '2022', how: 'explicit' }, published: '2021-03-08' },
        deadline: { value: '2022', how: 'explicit', text: 'by the end of 2022' },
        about: ['e1'],
        span: s('the figure would fall to zero by the end of 2022'),
        ...P,
      },
    ],
  };
}

/** An article with no analysis layers at all (absent, not empty), as a non-English text would be. */
export function bareArticle(text: string, source = 'bare.txt'): Article {
  return {
    kind: 'article',
    id: createHash('sha256').update(text).digest('hex').slice(0, 32),
    source,
    format: 'text',
    url: 'https://example.org/a',
    title: null,
    outlet: null,
    language: { code: 'de', confidence: 0.8, how: 'words' },
    published: { value: null, precision: null, how: 'unknown', evidence: 'none found', rule: 'none' },
    dateline: null,
    text,
    blocks: [],
    messages: [],
    claims: [],
  };
}
