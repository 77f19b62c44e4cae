import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, openApiDocument } from '../../src/server/index.js';
import { schemaProblems } from './openapi.js';

const doc = openApiDocument(DEFAULT_LIMITS, false) as Parameters<typeof schemaProblems>[0];
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const story = { id: 's', label: 'l', articles: 2, outlets: ['UPI'], first: null, last: '2020' };

describe('schemaProblems: the check every API answer goes through in the tests', () => {
  it.each([
    ['a story as described', 'Story', story, []],
    [
      'a missing field',
      'Story',
      JSON.parse(JSON.stringify({ ...story, label: undefined })),
      ['$.label: missing'],
    ],
    ['a field the document does not name', 'Story', { ...story, size: 2 }, ['$.size: not in the schema']],
    ['a wrong type', 'Story', { ...story, articles: '2' }, ['$.articles: is string, not integer']],
    ['a null where none is allowed', 'Story', { ...story, outlets: null }, ['$.outlets: is null, not array']],
    [
      'an item of a list',
      'StoryPage',
      { items: [{ ...story, id: 1 }], total: 1, offset: 0, limit: 1 },
      ['$.items[0].id: is integer, not string'],
    ],
    [
      'a value outside an enum',
      'Conflict',
      { id: 'c', type: 'odd', reason: '', decision: null, measure: null, claims: [], rule: 'r' },
      ['$.type: "odd" is not one of ["values-differ","dated-differently","attributed-differently","contradicted","commitment-unmet"]'],
    ],
    [
      'an extra field beside allOf parts',
      'EntityDetail',
      {
        id: 'e',
        name: 'n',
        type: 't',
        aliases: [],
        articles: 1,
        mentions: 1,
        roles: [],
        merges: [],
        statements: [],
        extra: 1,
      },
      ['$.extra: not in the schema'],
    ],
  ] as const)('%s', (_what, schema, value, problems) => {
    expect(schemaProblems(doc, ref(schema), value)).toEqual(problems);
  });
});
