import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../model/index.js';
import { SHARED, absentReason } from '../../../eval/datasets/paths.js';
import { quantitiesOf } from '../../../test/helpers/quantities.js';

const DOCS = join(SHARED, 'corpus', 'nk-workers', 'docs');
const present = existsSync(DOCS);
const cache = new Map<string, readonly Quantity[]>();

/** The quantity of a corpus document whose words are `text` (the documents stay in ../shared). */
function find(doc: string, text: string): Quantity | undefined {
  if (!cache.has(doc)) cache.set(doc, quantitiesOf(readFileSync(join(DOCS, `${doc}.txt`), 'utf8')));
  return cache.get(doc)?.find((q) => q.text === text);
}

describe.skipIf(!present)(
  `nk-workers corpus as an analyst reads it${present ? '' : ` (skipped: ${absentReason('corpus/nk-workers')})`}`,
  () => {
    it.each([
      ['d34', '511', { value: 511, counted: { text: 'laborers' }, place: { text: 'in Russia' } }],
      [
        'd34',
        'Over five hundred',
        { value: 500, min: 500, approximate: true, counted: { text: 'North Korean workers' } },
      ],
      [
        'd13',
        '12,000 to 15,000',
        { min: 12000, max: 15000, counted: { text: 'Russian visas' }, per: { text: 'yearly' } },
      ],
      [
        'd13',
        '37,000',
        { value: 37000, counted: { text: 'North Korean migrants', rule: 'counted-number-of' } },
      ],
      ['d13', 'around $500', { value: 500, unit: 'USD', approximate: true }],
      [
        'd54',
        'Some 1,000',
        { value: 1000, counted: { text: 'workers from N. Korea' }, place: { text: 'in Russia' } },
      ],
      ['d41', 'more than 30,000', { min: 30000, counted: { text: 'North Korean workers' } }],
      ['d46', 'nearly 100,000', { max: 100000, counted: { text: 'workers' }, place: { text: 'abroad' } }],
      ['d46', 'about 30,000', { value: 30000, counted: { text: 'workers' }, place: { text: 'in Russia' } }],
      ['d46', '80,000', { value: 80000, counted: { text: 'workers' }, place: { text: 'in China' } }],
      ['d46', 'more than $500 million', { min: 500000000, unit: 'USD', per: { text: 'a year' } }],
      ['d45', 'tens of thousands', { min: 20000, max: 99999, counted: { text: 'workers' } }],
      ['d53', '60', { value: 60, counted: { text: 'compatriots' } }],
      ['d35', '1,200', { value: 1200, counted: { text: 'North Korean workers' } }],
      ['d19', 'Tens of thousands', { counted: { text: 'North Koreans' }, place: { text: 'abroad' } }],
      [
        'd28',
        '12,000',
        { counted: { text: 'workers from North Korea' }, place: { text: 'in the Far East' } },
      ],
    ])('%s: %s', (doc, text, expected) => {
      expect(find(doc, text)).toMatchObject(expected);
    });

    it.each([
      ['d24', '30,023', '11,490'],
      ['d10', '34,000', '11,000'],
      ['d15', '34,000', 'some 10,000'],
    ])('%s: %s → %s is a decrease', (doc, from, to) => {
      const a = find(doc, from);
      const b = find(doc, to);
      expect(a?.change).toEqual({ role: 'from', other: b?.id, direction: 'decrease' });
      expect(b?.counted?.text).toMatch(/North Korean|persons/);
    });

    it.todo('d26: "16,613 tourist and 10,345 student visas" — the first figure shares the head noun "visas"');
    it.todo('d41: "more than 30,000 ... as of December" dated by the real times stage');
    it.todo('d53: "a workforce that once stood at 30,000" — counted "workforce", not borrowed');
  },
);
