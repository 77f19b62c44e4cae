import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/order.js';
import { textInput } from '../../../test/helpers/article.js';

const pipeline = createPipeline();

/** The attributions of a text in a language: kind, source, its type, cue and content. */
function attributionsOf(language: string, body: string) {
  const article = pipeline.run({ ...textInput(body), meta: { language, published: '2021-03-10' } });
  return (article.attributions ?? []).map((a) => ({
    kind: a.kind,
    source: a.source.name,
    type: a.source.type,
    cue: a.cue.text,
    content: a.content.text,
    chain: a.chain.map((l) => l.source.name),
    said: a.said?.value ?? null,
  }));
}

describe('German attributions', () => {
  it('names no part of a document as a source when no document follows it', () => {
    const sources = attributionsOf('de', 'Laut Artikel 8 gilt die Regel ab Juni.').map((a) => a.source);
    expect(sources).not.toContain('Artikel');
  });

  it.each([
    [
      '„Die Schule bleibt bis Freitag geschlossen“, sagte Bürgermeisterin Anna Berger.',
      {
        kind: 'direct',
        source: 'Anna Berger',
        type: 'person',
        cue: 'sagte',
        content: 'Die Schule bleibt bis Freitag geschlossen',
      },
    ],
    [
      'Der Verkehr werde ab Montag umgeleitet, erklärte die Stadtverwaltung.',
      {
        kind: 'indirect',
        source: 'Stadtverwaltung',
        type: 'organization',
        content: 'Der Verkehr werde ab Montag umgeleitet',
      },
    ],
    [
      'Das Gesundheitsministerium teilte am Dienstag mit, dass 40 neue Fälle gemeldet wurden.',
      {
        kind: 'indirect',
        source: 'Gesundheitsministerium',
        cue: 'teilte … mit',
        content: '40 neue Fälle gemeldet wurden',
        said: '2021-03-09',
      },
    ],
    [
      'Laut Polizei wurden drei Personen verletzt.',
      { kind: 'indirect', source: 'Polizei', cue: 'Laut', content: 'wurden drei Personen verletzt' },
    ],
    [
      // A part of a law speaks for the law: the source is the document, never "Artikel".
      'Laut Artikel 4 der am 3. Mai 2019 beschlossenen Verordnung müssen alle Betriebe schließen.',
      { kind: 'indirect', source: 'Verordnung', cue: 'Laut', content: 'müssen alle Betriebe schließen' },
    ],
    [
      'Laut Absatz 2 des Gesetzes gilt die Regel ab Juni.',
      { kind: 'indirect', source: 'Gesetzes', cue: 'Laut', content: 'gilt die Regel ab Juni' },
    ],
    [
      'Dem Wetterdienst zufolge wird es am Wochenende kälter.',
      { kind: 'indirect', source: 'Wetterdienst', cue: 'zufolge', content: 'wird es am Wochenende kälter' },
    ],
    [
      'Die Brücke sei »in keinem guten Zustand«, sagte der Ingenieur Paul Weber am Mittwoch.',
      { kind: 'mixed', source: 'Paul Weber', said: '2021-03-10' },
    ],
  ])('%s', (text, expected) =>
    expect(attributionsOf('de', text)).toContainEqual(expect.objectContaining(expected)),
  );

  it('reads a quote carried by an agency and a pronoun for the last person', () => {
    const found = attributionsOf(
      'de',
      'Die Gespräche seien beendet, sagte Verhandlungsführerin Maria Koch. „Wir sind zufrieden“, zitierte die Agentur Reuters die Ministerin Eva Lang. Das Ergebnis sei gut, fügte sie hinzu.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'direct', source: 'Eva Lang', chain: ['Reuters', 'Eva Lang'] }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ source: 'Eva Lang', cue: 'fügte … hinzu', content: 'Das Ergebnis sei gut' }),
    );
  });

  it('reads "Dies gab X bekannt" as X saying the previous sentence', () => {
    const found = attributionsOf(
      'de',
      'Der Flughafen bleibt zwei Tage geschlossen. Dies gab die Betreibergesellschaft am Montag bekannt.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        source: 'Betreibergesellschaft',
        content: 'Der Flughafen bleibt zwei Tage geschlossen',
      }),
    );
  });
});

describe('Russian attributions', () => {
  it.each([
    [
      '«Мы откроем мост в мае», — заявил мэр Иван Петров.',
      { kind: 'direct', source: 'Иван Петров', type: 'person', content: 'Мы откроем мост в мае' },
    ],
    [
      'Министерство здравоохранения сообщило, что заболели 200 человек.',
      { kind: 'indirect', content: 'заболели 200 человек' },
    ],
    [
      'Губернатор Олег Смирнов заявил, что дорогу построят к концу года.',
      { kind: 'indirect', source: 'Олег Смирнов', cue: 'заявил', content: 'дорогу построят к концу года' },
    ],
    [
      'По словам Анны Ивановой, школа закрыта.',
      { source: 'Анны Ивановой', cue: 'По словам', content: 'школа закрыта' },
    ],
    [
      'По данным полиции, пострадали пять человек.',
      { source: 'полиции', cue: 'По данным', content: 'пострадали пять человек' },
    ],
    [
      'Завод остановил работу, сообщает агентство Интерфакс.',
      { kind: 'indirect', cue: 'сообщает', content: 'Завод остановил работу' },
    ],
  ])('%s', (text, expected) =>
    expect(attributionsOf('ru', text)).toContainEqual(expect.objectContaining(expected)),
  );

  it('resolves "он" to the person named before', () => {
    const found = attributionsOf(
      'ru',
      'Вчера в город приехал министр Павел Орлов. «Работы завершатся летом», — сказал он.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'direct', source: 'Павел Орлов', content: 'Работы завершатся летом' }),
    );
  });
});

describe('sources named by a role or an inflected name', () => {
  const sources = (language: string, body: string) => attributionsOf(language, body).map((a) => a.source);

  it('keeps the name after a title, in German and Russian', () => {
    expect(sources('de', '„Wir halten die Vorgaben ein“, sagte Botschafter Matsegora.')).toEqual([
      'Matsegora',
    ]);
    expect(sources('ru', '«Мы выполняем все требования», заявил посол Александр Мацегора.')).toEqual([
      'Александр Мацегора',
    ]);
  });

  it('reads an inflected role alone as the person last named, else as the role, never as a name', () => {
    expect(
      sources(
        'de',
        '„Wir halten die Vorgaben ein“, sagte Botschafter Alexander Matsegora. Etwa 35.000 Nordkoreaner arbeiten nach Angaben des Botschafters in Russland.',
      ),
    ).toEqual(['Alexander Matsegora', 'Alexander Matsegora']);
    expect(
      sources('de', 'Etwa 35.000 Nordkoreaner arbeiten nach Angaben des Botschafters in Russland.'),
    ).toEqual(['Botschafter']);
  });

  it('keeps a genitive chain in the source, past the word limit', () => {
    expect(
      sources(
        'de',
        'Nach Angaben auf der Webseite des Ausschusses des Bundestages für Verkehr wurden am Montag 40 Anträge eingereicht.',
      ),
    ).toEqual(['Ausschusses des Bundestages']);
    expect(
      sources(
        'de',
        'Nach Angaben der Sprecherin des Verbandes der Hersteller von Autos wurden 40 Anträge eingereicht.',
      ),
    ).toEqual(['Sprecherin des Verbandes der Hersteller']);
  });

  it('reads the source after a time that ends an aside, and before a time that follows it', () => {
    expect(
      sources(
        'ru',
        'Выступая перед журналистами во вторник, представитель МИД Китая Генг Шуан заявил, что Китай выполняет резолюции.',
      ),
    ).toEqual(['Генг Шуан']);
    expect(
      sources('de', 'Das Außenministerium teilte am Donnerstag mit, dass 40 Arbeiter ausgereist seien.'),
    ).toEqual(['Außenministerium']);
  });

  it('names a country in an inflected form as the ledger names it', () => {
    expect(
      sources(
        'ru',
        'Число рабочих с разрешениями сократилось до 11 490 человек, говорится в докладе России.',
      ),
    ).toEqual(['Russia']);
  });
});
