import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/order.js';
import { textInput } from '../../../test/helpers/article.js';

const pipeline = createPipeline();

/** The quantities of a text in a language: figure, value or range, counted words, place, change. */
function quantitiesOf(language: string, body: string) {
  const article = pipeline.run({ ...textInput(body), meta: { language, published: '2021-03-10' } });
  return (article.quantities ?? []).map((q) => ({
    text: q.text,
    value: q.value ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    unit: q.unit,
    counted: q.counted?.text ?? null,
    place: q.place?.text ?? null,
    change: q.change ? `${q.change.role}:${q.change.direction}` : null,
    time: q.time?.value ?? null,
  }));
}

describe('German quantities', () => {
  it.each([
    [
      'Rund 1.000 Pflegekräfte fehlen in Österreich.',
      { text: 'Rund 1.000', value: 1000, counted: 'Pflegekräfte', place: 'Österreich' },
    ],
    [
      'Der Verein zählt mehr als 2.500 Mitglieder.',
      { text: 'mehr als 2.500', value: 2500, min: 2500, counted: 'Mitglieder' },
    ],
    [
      'Fast 40 Prozent der Stimmen gingen an die Liste.',
      { text: 'Fast 40 Prozent', value: 40, max: 40, unit: 'percent' },
    ],
    ['Das Projekt kostet 2,5 Millionen Euro.', { text: '2,5 Millionen', value: 2_500_000, counted: 'Euro' }],
    [
      'Mindestens 300 im Hafen beschäftigte Arbeiter streikten.',
      { value: 300, min: 300, counted: 'beschäftigte Arbeiter' },
    ],
    ['Zur Messe kamen Dutzende Aussteller.', { text: 'Dutzende', min: 24, max: 99, counted: 'Aussteller' }],
    [
      'Jedes Jahr werden zwischen 400 und 600 Lehrlinge ausgebildet.',
      { text: 'zwischen 400 und 600', min: 400, max: 600 },
    ],
  ])('%s', (text, expected) =>
    expect(quantitiesOf('de', text)).toContainEqual(expect.objectContaining(expected)),
  );

  it('reads a change with its two times and the counted noun of "die Zahl der"', () => {
    const found = quantitiesOf(
      'de',
      'Die Zahl der Studenten sank von 12.400 im Jahr 2019 auf 9.800 im Jahr 2020.',
    );
    expect(found).toEqual([
      expect.objectContaining({ value: 12400, counted: 'Studenten', change: 'from:decrease', time: '2019' }),
      expect.objectContaining({ value: 9800, counted: 'Studenten', change: 'to:decrease', time: '2020' }),
    ]);
  });

  it.each([
    ['Das entspricht einem Rückgang von 2.400 Studenten.', '2.400'],
    ['Die Zahl der Mitglieder ist um 350 gesunken.', '350'],
  ])('reads the size of a change as such: %s', (text, figure) => {
    expect(quantitiesOf('de', text)).toContainEqual(
      expect.objectContaining({ text: figure, change: 'by:decrease' }),
    );
  });

  it('reads "abroad" and a subject country as the place of a figure', () => {
    const found = quantitiesOf('de', 'Mindestens 500 im Ausland tätige Ärzte kehrten zurück.');
    expect(found).toContainEqual(expect.objectContaining({ value: 500, place: 'Ausland' }));
    const sent = quantitiesOf('de', 'Japan schickte 40 Helfer heim, Peru 25 und Nepal 12.');
    expect(sent).toContainEqual(expect.objectContaining({ value: 40, place: 'Japan' }));
    expect(sent).toContainEqual(expect.objectContaining({ value: 25, place: 'Peru' }));
    expect(sent).toContainEqual(expect.objectContaining({ value: 12, place: 'Nepal' }));
  });

  it('takes no years, dates, ordinals or numbered things for quantities', () => {
    expect(quantitiesOf('de', 'Nach Artikel 5 der Resolution 1441 endet die Frist am 3. Mai 2020.')).toEqual(
      [],
    );
  });
});

describe('Russian quantities', () => {
  it.each([
    ['В городе живут около 5 тыс. человек.', { text: 'около 5 тыс.', value: 5000, counted: 'человек' }],
    ['Более 300 студентов приехали в Казань.', { text: 'Более 300', min: 300, counted: 'студентов' }],
    ['На заводе работают почти 1 200 сотрудников.', { text: 'почти 1 200', value: 1200, max: 1200 }],
    ['В Сибири живут десятки тысяч переселенцев.', { text: 'десятки тысяч', min: 20_000, max: 99_999 }],
    [
      'Больше половины жителей поддержали проект.',
      { text: 'Больше половины', value: 0.5, unit: 'proportion', counted: 'жителей' },
    ],
    ['Цены выросли на 12 процентов.', { value: 12, unit: 'percent', change: 'by:increase' }],
    ['Число студентов сократилось на 1 500 человек.', { value: 1500, change: 'by:decrease' }],
  ])('%s', (text, expected) =>
    expect(quantitiesOf('ru', text)).toContainEqual(expect.objectContaining(expected)),
  );

  it('reads "с X до Y" with a verb of change as a change, not a bound', () => {
    const found = quantitiesOf('ru', 'Число туристов сократилось с 4 500 до 3 100 человек.');
    expect(found).toEqual([
      expect.objectContaining({ value: 4500, max: null, change: 'from:decrease' }),
      expect.objectContaining({
        text: '3 100',
        value: 3100,
        max: null,
        counted: 'человек',
        change: 'to:decrease',
      }),
    ]);
  });
});
