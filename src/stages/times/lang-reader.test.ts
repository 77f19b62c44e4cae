import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/order.js';
import { textInput } from '../../../test/helpers/article.js';

const pipeline = createPipeline();

/** The time expressions of a text in a language, published on a day. */
function timesOf(language: string, body: string, published = '2021-03-10') {
  const article = pipeline.run({ ...textInput(body), meta: { language, published } });
  return (article.times ?? []).map((t) => [t.text, t.value, t.mod ?? '', t.signal?.text ?? '']);
}

describe('German time expressions', () => {
  it.each([
    [
      'Die Stadtverwaltung teilte am Montag mit, dass der Markt geschlossen bleibt.',
      ['Montag', '2021-03-08', '', ''],
    ],
    [
      'Der Vertrag läuft bis 30. Juni 2022, sagte die Sprecherin.',
      ['30. Juni 2022', '2022-06-30', '', 'bis'],
    ],
    ['Die Brücke war im Januar gesperrt worden.', ['Januar', '2021-01', '', 'im']],
    ['Im November war die Zahl noch höher gewesen.', ['November', '2020-11', '', 'Im']],
    ['Der Umbau soll bis Ende 2023 dauern.', ['Ende 2023', '2023', 'END', 'bis']],
    ['Die Preise stiegen Ende letzten Jahres deutlich.', ['Ende letzten Jahres', '2020', 'END', '']],
    [
      'Der Bericht ist bis 15. April dieses Jahres fällig.',
      ['15. April dieses Jahres', '2021-04-15', '', 'bis'],
    ],
    ['Gestern schloss die Schule früher.', ['Gestern', '2021-03-09', '', '']],
    ['Die Messe fand letzte Woche statt.', ['letzte Woche', '2021-W09', '', '']],
  ])('%s', (text, expected) => expect(timesOf('de', text)).toContainEqual(expected));

  it('leaves relative days unresolved without a day-precise publication date', () => {
    expect(
      timesOf('de', 'Der Verband erklärte am Freitag, die Gespräche seien beendet.', '2021-03'),
    ).toContainEqual(['Freitag', 'XXXX-WXX-5', '', '']);
  });

  it('does not read a figure after a date as its year', () => {
    expect(timesOf('de', 'Bis 4. Mai 38 Gemeinden haben geantwortet.')).toContainEqual([
      '4. Mai',
      '2021-05-04',
      '',
      'Bis',
    ]);
  });
});

describe('Russian time expressions', () => {
  it.each([
    ['В среду министр посетил завод.', ['среду', '2021-03-10', '', 'В']],
    ['Во вторник мэр заявил, что мост откроют.', ['вторник', '2021-03-09', '', 'Во']],
    ['Строительство завершат к концу декабря.', ['концу декабря', '2020-12', 'END', 'к']],
    ['Закон приняли 5 февраля 2019 года.', ['5 февраля 2019 года', '2019-02-05', '', '']],
    ['В январе цены выросли.', ['январе', '2021-01', '', 'В']],
    ['Работы продлятся до конца этого года.', ['конца этого года', '2021', 'END', 'до']],
    ['Вчера в городе шел снег.', ['Вчера', '2021-03-09', '', '']],
    ['В 2018 году завод закрыли.', ['2018 году', '2018', '', 'В']],
  ])('%s', (text, expected) => expect(timesOf('ru', text)).toContainEqual(expected));
});
