import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../lexicon/index.js';
import { readersByLanguage } from './readers.js';

const readers = readersByLanguage(createLexicon());

/** The sentences of a text as strings, by the reader of one language. */
function sentences(code: string, text: string): string[] {
  const read = readers.get(code);
  if (!read) throw new Error(`no reader for ${code}`);
  const r = read(text);
  const offsets: number[] = [];
  let at = 0;
  r.values.forEach((v, i) => {
    at += (r.spaces[i] ?? '').length;
    offsets.push(at);
    at += v.length;
  });
  return r.sentences.map(([a, b]) => text.slice(offsets[a], (offsets[b] ?? 0) + (r.values[b] ?? '').length));
}

describe('rule reader', () => {
  it.each([
    ['de', 'Die Frist endet am 22. Dezember 2019. Danach gilt sie nicht mehr.', 2],
    ['de', 'Der Bericht kam am 3. März, sagte er. Mehr wusste er nicht.', 2],
    ['de', 'Der Minister sprach vor Ort.Die Firma schwieg.', 2],
    ['de', 'Es waren ca. 400 Menschen, z. B. Lehrer. Dr. Meier kam auch.', 2],
    ['de', '„Wir bleiben.“ Das sagte A. Schmidt am Montag.', 2],
    ['ru', 'Он приехал в 2019 г. вечером. Потом уехал.', 2],
    ['ru', 'Об этом сообщает агентство.«Мы готовы», — сказал он.', 2],
    ['ru', 'Их было около 5 тыс. человек. Сейчас меньше.', 2],
  ])('%s: %s → %i sentences', (code, text, n) => expect(sentences(code, text)).toHaveLength(n));

  it('keeps figures with their group separators and abbreviations with their dot', () => {
    const de = readers.get('de')!('rund 1.000 Arbeiter, ca. 12.500,5 Euro, UN-Resolution');
    expect(de.values).toEqual([
      'rund',
      '1.000',
      'Arbeiter',
      ',',
      'ca.',
      '12.500,5',
      'Euro',
      ',',
      'UN-Resolution',
    ]);
    const ru = readers.get('ru')!('с 30 023 до 11 490 человек, 5 тыс. рублей');
    expect(ru.values).toEqual(['с', '30 023', 'до', '11 490', 'человек', ',', '5', 'тыс.', 'рублей']);
    expect(ru.types.slice(0, 2)).toEqual(['word', 'number']);
  });

  it('rebuilds the text from spaces and values', () => {
    const text = ' Er sagte:\n„Ja.“  Dann  ging er.';
    const r = readers.get('de')!(text);
    expect(r.values.map((v, i) => `${r.spaces[i]}${v}`).join('')).toBe(text);
  });

  it('has no reader for English (the model reads it) nor without reading data', () => {
    expect(readers.has('en')).toBe(false);
    expect(readers.has('ko')).toBe(false);
  });
});
