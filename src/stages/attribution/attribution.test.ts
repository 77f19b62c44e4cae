import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/order.js';
import { attribute, first, summary, textInput } from './test/run.js';

/** Every attribution of a text, summarised. */
function all(body: string): string[] {
  return (attribute(body).attributions ?? []).map(summary);
}

describe('attribution stage: direct quotes', () => {
  it.each([
    [
      '“The ferry will leave at noon,” Harbour Master Lena Vogt said.',
      'Lena Vogt/said: The ferry will leave at noon [direct]',
    ],
    [
      '“We have closed the border,” said the spokesman.',
      'the spokesman/said: We have closed the border [direct]',
    ],
    [
      '"Prices will rise," the minister told reporters in Oslo.',
      'the minister/told reporters: Prices will rise [direct]',
    ],
    ['The mayor said: “Nobody was hurt.”', 'the mayor/said: Nobody was hurt. [direct]'],
    [
      '“Talks will resume,” the envoy was quoted as saying.',
      'the envoy/as saying: Talks will resume [direct]',
    ],
  ])('%s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it.each([
    [
      'She continued:\n\n“The port will reopen in May.”',
      'she/continued: The port will reopen in May. [direct]',
    ],
    [
      'The city reasoned, “the fee makes it a business.”',
      'the city/reasoned: the fee makes it a business. [direct]',
    ],
    [
      'Mayor Lena Holm wrote using her account: “The port is open.”',
      'Lena Holm/wrote using her account: The port is open. [direct]',
    ],
  ])('takes any verb before a colon and a quote as its cue: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('joins a quote split by its cue and the next uncued quote of the paragraph', () => {
    const a = first('“The talks went well,” Okafor said. “We will meet again in March.”');
    expect(a?.content.text).toBe('The talks went well, We will meet again in March.');
    expect(a?.quotes).toHaveLength(2);
  });

  it('follows a quote that a paragraph opens and the next paragraph continues', () => {
    const body =
      'Okafor said: “The first part runs here.\n\n“And the second part ends here.”\n\nThe meeting ended.';
    const a = first(body);
    expect(a?.kind).toBe('direct');
    expect(a?.quotes).toHaveLength(2);
    expect(a?.content.text).toBe('The first part runs here. And the second part ends here.');
  });

  it('follows a quote over one short paragraph without quote marks (a caption) between its parts', () => {
    const body =
      'Okafor said: “The first part runs here.\n\nThe harbour at dawn. Image: Port Authority.\n\n“And the second part ends here.”';
    const a = first(body);
    expect(a?.quotes).toHaveLength(2);
    expect(a?.content.text).toBe('The first part runs here. And the second part ends here.');
    const long = 'A paragraph of narration that goes on. '.repeat(8);
    const apart = first(`Okafor said: “The first part runs here.\n\n${long}\n\n“Another part.”`);
    expect(apart?.quotes).toHaveLength(1);
  });

  it('takes a quote that closes reported content, with the paragraphs it runs on to', () => {
    const body =
      'The director told reporters any change “must be planned”: “Cuts are welcome but not like this.\n\n“We will fight them.”';
    const a = first(body);
    expect(a?.source.name).toBe('the director');
    expect(a?.quotes?.map((q) => body.slice(q.start, q.end))).toEqual([
      'must be planned',
      'Cuts are welcome but not like this.',
      'We will fight them.',
    ]);
  });

  it.each([
    [
      'The decision was hard. It was made with the public in mind. Charles Okafor, Harbour Master',
      'Charles Okafor/Harbour Master: The decision was hard. It was made with the public in mind. [direct]',
    ],
    [
      'We are deeply disappointed with the ruling. Lena Vogt, Senator (R-Texas)',
      'Lena Vogt/Senator (R-Texas): We are deeply disappointed with the ruling. [direct]',
    ],
    [
      'Lena Vogt said the port was safe.\n\nWe were never told about the leak. Lena Vogt',
      'Lena Vogt/Lena Vogt: We were never told about the leak. [direct]',
    ],
  ])('reads a pull quote closed by a credit line: %s', (text, expected) => {
    expect(all(text).filter((a) => a.includes('[direct]'))).toEqual([expected]);
  });

  it.each([
    [
      'The decision was hard. It was made with the public in mind. Charles Okafor, Harbour Master',
      'Charles Okafor/Harbour Master: The decision was hard. It was made with the public in mind. [direct]',
    ],
  ])('reads a pull quote as the only record of its paragraph: %s', (text, expected) => {
    expect(all(text)).toEqual([expected]);
  });

  it.each([
    'The ship left port. Image: Port Authority.',
    'The plan was approved. Jonas Berg and Lena Vogt, who led the talks, left early.',
    'The ferry sank. Rescuers, divers and police were at the scene.',
    'The ferry sank near the harbour. Lena Vogt',
  ])('reads no pull quote where no credit line closes the paragraph: %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it('gives an uncued quote paragraph to the speaker of the paragraph before', () => {
    const list = attribute(
      '“We are ready,” the coach said.\n\n“The team has trained hard all winter.”',
    ).attributions;
    expect(list?.map((a) => [a.source.name, a.rule])).toEqual([
      ['the coach', 'quote-then-speaker'],
      ['the coach', 'quote-next-paragraph'],
    ]);
  });

  it('makes no attribution of scare quotes', () => {
    expect(all('The so-called “peace plan” was rejected by both sides.')).toEqual([]);
  });
});

describe('attribution stage: reported speech', () => {
  it.each([
    [
      'Jonas Berg said the factory would close by June.',
      'Jonas Berg/said: the factory would close by June [indirect]',
    ],
    [
      'The ministry said that exports fell sharply last year.',
      'the ministry/said: exports fell sharply last year [indirect]',
    ],
    [
      'Exports fell sharply last year, the ministry said.',
      'the ministry/said: Exports fell sharply last year [indirect]',
    ],
    [
      'Exports fell sharply last year, said the ministry.',
      'the ministry/said: Exports fell sharply last year [indirect]',
    ],
    [
      'Amara Diallo, head of the port authority, said in an interview the cranes were idle.',
      'Amara Diallo/said: the cranes were idle [indirect]',
    ],
    [
      'Berg added fuel prices remain high because of the strike.',
      'Berg/added: fuel prices remain high because of the strike [indirect]',
    ],
    [
      'The governor suggested the bridge is unsafe.',
      'the governor/suggested: the bridge is unsafe [indirect]',
    ],
    [
      'In March, Berg had said the plant employed 4,000 people.',
      'Berg/said: the plant employed 4,000 people [indirect]',
    ],
    [
      'Berg said the contracts were “void” from the start.',
      'Berg/said: the contracts were “void” from the start [mixed]',
    ],
    [
      'OSLO (Reuters) - The strike has ended, the union said.',
      'the union/said: The strike has ended [indirect]',
    ],
    ['Another said he worked on the docks.', 'another/said: he worked on the docks [indirect]'],
    ['She said he visits Oslo twice a year.', 'she/said: he visits Oslo twice a year [indirect]'],
    [
      'Faced with rising costs and a long strike at the port, the board cut wages and said it would sell the ferries.',
      'the board/said: it would sell the ferries [indirect]',
    ],
    [
      'Fares rose sharply, according to reports submitted to the city council.',
      'reports/according to: Fares rose sharply [indirect]',
    ],
    [
      'In its report, the ministry, the largest employer, said wages had fallen.',
      'the ministry/said: wages had fallen [indirect]',
    ],
    [
      'Lena Holm, spokeswoman for the port, said dockers first noticed the leak.',
      'Lena Holm/said: dockers first noticed the leak [indirect]',
    ],
    ['Holm stated Berg left the company in May.', 'Holm/stated: Berg left the company in May [indirect]'],
    [
      'He met Berg, who had told the court he would resign.',
      'Berg/told the court: he would resign [indirect]',
    ],
    [
      'A recent poll found only a quarter of residents favoured the plan.',
      'A recent poll/found: only a quarter of residents favoured the plan [indirect]',
    ],
    [
      'Some customers reported that the site had crashed.',
      'some customers/reported: the site had crashed [indirect]',
    ],
    [
      'The port, which has played a large role in the strike, announced that it would reopen.',
      'the port/announced: it would reopen [indirect]',
    ],
  ])('%s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it.each([
    ['The plant is expected to close.'],
    ['Any member can add a new entry to the list; the fee is low.'],
    ['The United States may be losing patience with the plan.'],
  ])('makes no attribution of %j', (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['Berg did not say whether the plant would close.', 'Berg/say: whether the plant would close'],
    ['The union and the firm did not immediately confirm this.', 'the union and the firm/confirm: this'],
    [
      'The minister announced the plan, without specifying the date of the vote.',
      'the minister/specifying: the date of the vote',
    ],
    // Silence is recorded too: who declined, and on what.
    ['Berg declined to comment on the report.', 'Berg/comment: on the report'],
    ['Papermaster did not comment.', 'Papermaster/comment: '],
  ])('keeps a negated cue, marked negated: %s', (text, expected) => {
    const negated = (attribute(text).attributions ?? []).filter((a) => a.cue.negated);
    expect(
      negated.map(
        (a) =>
          `${a.source.name}/${a.cue.lemma === 'say' ? 'say' : a.cue.text.split(' ').pop()}: ${a.content.text}`,
      ),
    ).toEqual([expected]);
  });

  it.each([
    [
      'Berg explained the rules to the new workers.',
      'Berg/explained: the rules to the new workers [indirect]',
    ],
    [
      'The mayor praised the rescuers for their courage.',
      'the mayor/praised: the rescuers for their courage [indirect]',
    ],
    [
      'The agency urged residents to leave the valley.',
      'the agency/urged: residents to leave the valley [indirect]',
    ],
    [
      'The union called on the company to reopen the talks.',
      'the union/called on: the company to reopen the talks [indirect]',
    ],
    [
      'Police warned of more flooding in the valley.',
      'Police/warned: more flooding in the valley [indirect]',
    ],
    [
      'Diallo expressed hope that the port would reopen soon.',
      'Diallo/expressed: hope that the port would reopen soon [indirect]',
    ],
    [
      'The engineer pointed to the cracks in the wall.',
      'the engineer/pointed to: the cracks in the wall [indirect]',
    ],
    [
      'Residents gathered outside and shouted slogans against the plan.',
      'residents/shouted: slogans against the plan [indirect]',
    ],
    [
      'The Port Safety Board (PSB) said two cranes had collapsed.',
      'Port Safety Board/said: two cranes had collapsed [indirect]',
    ],
    [
      'On Monday, the Norwegian military said three soldiers had been hurt.',
      'the Norwegian military/said: three soldiers had been hurt [indirect]',
    ],
    [
      '“The gates are shut,” Bergen-based Nordic Ferries said in a statement.',
      'Nordic Ferries/said: The gates are shut [direct]',
    ],
    [
      'The governor said last week’s storm, which flooded the valley, has delayed the work.',
      'the governor/said: last week’s storm, which flooded the valley, has delayed the work [indirect]',
    ],
    [
      'The ferry sank off the coast on Friday, reported The Coastal Express.',
      'Coastal Express/reported: The ferry sank off the coast on Friday [indirect]',
    ],
    [
      'The port will reopen, mediator Norway said, raising hopes of a deal.',
      'Norway/said: The port will reopen [indirect]',
    ],
    [
      'That’s what happened, said Dock Workers Local 1999 President Ana Lima.',
      'Ana Lima/said: That’s what happened [indirect]',
    ],
  ])('reads a speech act beyond "say": %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it.each([
    ['“We are closing the gates,” Ana Lima told The Harbour Star.', 'Harbour Star > Ana Lima'],
    ['The gates are shut, reported ANB quoting an unnamed official.', 'ANB > an unnamed official'],
    ['The Coast Guard said on X: “All crew are safe.”', 'X > Coast Guard'],
    ['Speaking to The Harbour Star on Friday, Lima said the gates were shut.', 'Harbour Star > Lima'],
    ['“We are safe,” Lima said in a statement obtained by KXYZ-TV.', 'KXYZ-TV > Lima'],
  ])('names the carrier between outlet and speaker: %s', (text, expected) => {
    expect(
      first(text)
        ?.chain.map((l) => l.source.name)
        .join(' > '),
    ).toBe(expected);
  });

  it.each([
    [
      'Nordic Ferries Ltd. said it would cut 300 jobs. Harbour officials met on Monday. The company said the cuts were final.',
      'Nordic Ferries Ltd.',
    ],
    [
      'The Federal Port Administration (FPA) inspected the ferry run by Nordic Lines. The agency said the hull was sound.',
      'Federal Port Administration',
    ],
    [
      'A report from the state-run Harbour Development Corporation (HDC) said the dock was unsafe. The report said repairs would take weeks.',
      'Harbour Development Corporation',
    ],
    [
      'People familiar with the matter said the deal was done. The people said it covers 800 workers.',
      'people familiar with the matter',
    ],
  ])('resolves a nominal to what it points back to: %s', (text, expected) => {
    // The whole pipeline: the entities layer gives the mentions the nominal may point to.
    const list = createPipeline().run(textInput(text)).attributions ?? [];
    expect(list[list.length - 1]?.source.name).toBe(expected);
  });

  it.each([
    ['The ferry carried 524 passengers reported missing since May.'],
    ['The agency said 6,603 confirmed cases were counted, and 32 deaths reported in the region.'],
  ])('makes no speaker of a counted thing: %s', (text) => {
    expect(all(text).filter((a) => /^(524|6,603|32)/.test(a))).toEqual([]);
  });

  it.each([
    [
      'The company announced a new model on Monday.',
      'the company/announced: a new model on Monday [indirect]',
    ],
    [
      'The ministry denied the allegations of forced labour.',
      'the ministry/denied: the allegations of forced labour [indirect]',
    ],
    [
      'The city promised to repair the bridge by May.',
      'the city/promised: to repair the bridge by May [indirect]',
    ],
  ])('takes what a statement verb names as content: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('keeps a plural common noun as a group source', () => {
    const a = first('Analysts have said the currency is undervalued.');
    expect(a?.source).toMatchObject({ name: 'analysts', type: 'group', how: 'phrase' });
  });

  it.each([
    ['Economists expect inflation will ease next year.', 'belief', 'expect'],
    ['The company plans to open a second plant in Ohio.', 'intention', 'plan'],
    ['The board decided to close the factory in March.', 'intention', 'decide'],
    ['Regulators want the airline to inspect every door plug.', 'intention', 'want'],
  ])('records beliefs and intentions with their stance, apart from statements: %s', (text, stance, lemma) => {
    const a = first(text);
    expect(a?.cue.lemma).toBe(lemma);
    expect(a?.stance).toBe(stance);
  });

  it('gives statements no stance, and keeps a statement whole around an intention inside it', () => {
    const found = attribute('The union said the workers have chosen to stay on strike.').attributions ?? [];
    const said = found.find((a) => a.cue.lemma === 'say');
    expect(said?.stance).toBeUndefined();
    expect(said?.content.text).toBe('the workers have chosen to stay on strike');
    expect(said?.chain.map((l) => l.source.name)).toEqual(['the union']);
    expect(found.find((a) => a.cue.lemma === 'choose')?.stance).toBe('intention');
  });

  it.each([
    [
      "The company's announcement that it would cut 500 jobs surprised the union.",
      'the company/announcement: it would cut 500 jobs [indirect]',
      undefined,
    ],
    [
      'Okafor said nothing about his decision to step down in May.',
      'Okafor/decision: to step down in May [indirect]',
      'intention',
    ],
  ])('takes a possessor as the source of a noun that reports: %s', (text, expected, stance) => {
    const found = (attribute(text).attributions ?? []).filter((a) => a.rule === 'possessor-noun');
    expect(found.map(summary)).toEqual([expected]);
    expect(found[0]?.stance).toBe(stance);
  });

  it.each([
    ["The company's announcement surprised the union.", 'the company/announcement'],
    ['Not all of their individual claims were upheld.', 'their/claims'],
  ])(
    'keeps the possessor of a speech noun with nothing reported after it, with no content: %s',
    (text, expected) => {
      const found = (attribute(text).attributions ?? []).filter((a) => a.rule === 'possessor-noun');
      expect(found.map((a) => `${a.source.name}/${a.cue.text}`)).toEqual([expected]);
      expect(found[0]?.content.text).toBe('');
    },
  );

  it('makes no record of an intention noun with nothing reported after it', () => {
    const found = attribute("The company's plans surprised the union.").attributions ?? [];
    expect(found.filter((a) => a.rule === 'possessor-noun')).toEqual([]);
  });

  it.each([
    ['The ferry company plans to announce new fares.', 'the ferry company/announce: new fares [indirect]'],
    [
      'The port authority is expected to announce the closure.',
      'the port authority/announce: the closure [indirect]',
    ],
    [
      'The mayor is due to report the figures on Friday.',
      'the mayor/report: the figures on Friday [indirect]',
    ],
  ])('gives a cue after "to" the subject before it, as an intention: %s', (text, expected) => {
    const found = (attribute(text).attributions ?? []).filter((a) => /^(announce|report)$/.test(a.cue.lemma));
    expect(found.map(summary)).toEqual([expected]);
    expect(found[0]?.stance).toBe('intention');
  });

  it.each([['The council plans to build a bridge.'], ['Workers were asked to comment on the plan.']])(
    'makes no record of a cue after "to" without a controlling subject: %s',
    (text) => {
      const found = (attribute(text).attributions ?? []).filter((a) => a.cue.lemma !== 'plan');
      expect(found).toEqual([]);
    },
  );

  it.each([
    ['The ferry company said in a statement that fares would rise.', 'statement', undefined],
    ['In a statement, the ferry company said fares would rise.', 'statement', undefined],
    ['In his speech, the mayor praised the rescue teams.', 'speech', 'his'],
  ])('records what the source spoke through: %s', (text, noun, owner) => {
    const a = first(text);
    expect(a?.medium?.text).toBe(noun);
    const span = a?.medium?.owner;
    expect(span ? text.slice(span.start, span.end) : undefined).toBe(owner);
  });

  it.each([
    ['Ferry fares rose 4 percent, more than analysts had expected.', 'analysts/expected'],
    ['Exports fell 2 percent, worse than economists had forecast.', 'economists/forecast'],
  ])('keeps who held an expectation whose object is compared, with no content: %s', (text, expected) => {
    const found = (attribute(text).attributions ?? []).filter((a) => a.rule === 'gapped-cue');
    expect(found.map((a) => `${a.source.name}/${a.cue.text}`)).toEqual([expected]);
    expect(found[0]?.content.text).toBe('');
    expect(found[0]?.stance).toBe('belief');
  });

  it('gives "who added" after an inverted cue the speaker named there', () => {
    const text = '“The ferry will run,” said Lena Vogt, who added that fares would not rise.';
    const added = (attribute(text).attributions ?? []).find((a) => a.cue.lemma === 'add');
    expect(summary(added)).toBe('Lena Vogt/added: fares would not rise [indirect]');
  });

  it('records a reaction of the mind with what it reacted to', () => {
    const a = first('Ferry passengers reacted to the new fares.');
    expect(a?.cue.lemma).toBe('react');
    expect(a?.stance).toBe('belief');
  });

  it('takes a talked-over object as what was negotiated', () => {
    const a = first('The ferry union negotiated a new contract.');
    expect(summary(a)).toBe('the ferry union/negotiated: a new contract [indirect]');
  });

  it('takes no document for the act of saying ("in a letter")', () => {
    expect(first('The mayor said in a letter that fares would rise.')?.medium).toBeUndefined();
  });

  it('attributes beliefs only when asked to', () => {
    const text = 'Economists expect inflation will ease next year.';
    expect(first(text)?.cue.lemma).toBe('expect');
    expect(attribute(text, {}, { cognitive: false }).attributions).toEqual([]);
  });
});

describe('attribution stage: according to, participles, coordination', () => {
  it.each([
    [
      'The harbour is closed, according to the coast guard.',
      'the coast guard/according to: The harbour is closed [indirect]',
    ],
    [
      'According to port officials, the ship sank on Monday.',
      'port officials/According to: the ship sank on Monday [indirect]',
    ],
  ])('%s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('gives "adding that" the speaker of the clause before it', () => {
    expect(
      all('The plant will close in May, a company spokeswoman said, adding that 300 jobs would go.'),
    ).toEqual([
      'a company spokeswoman/said: The plant will close in May [indirect]',
      'a company spokeswoman/adding: 300 jobs would go [indirect]',
    ]);
  });

  it('gives "but said" the subject of the first cue', () => {
    expect(all('The city said it had fixed the leak but said the water was still unsafe.')).toEqual([
      'the city/said: it had fixed the leak [indirect]',
      'the city/said: the water was still unsafe [indirect]',
    ]);
  });
});

describe('attribution stage: sources of participles and misread verbs', () => {
  it.each([
    [
      'Ferrytown chief, Lena Vogt, ended the meeting by saying, "The boat is the safest we could buy."',
      'Lena Vogt/saying: The boat is the safest we could buy. [direct]',
    ],
    [
      'Citing "a precautionary measure", the ferry line announced that two engines would be replaced.',
      'the ferry line/Citing: a precautionary measure [direct]',
    ],
    [
      'Harbour analysts had forecast a rise of 2 percent.',
      'harbour analysts/forecast: a rise of 2 percent [indirect]',
    ],
    ['The company forecast a loss for the year.', 'the company/forecast: a loss for the year [indirect]'],
    [
      'Economists polled by the newspaper had expected a rise of 2 percent.',
      'economists polled by the newspaper/expected: a rise of 2 percent [indirect]',
    ],
  ])('%s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it.each([
    [
      'The market was expecting a cut of half a point.',
      'the market/expecting: a cut of half a point [indirect]',
    ],
    [
      'The harbour board is saying that fees will rise.',
      'the harbour board/saying: fees will rise [indirect]',
    ],
    ['The airline would like to thank its staff.', 'the airline/like: to thank its staff [indirect]'],
    ['Investors were concerned that prices would rise.', 'investors/concerned: prices would rise [indirect]'],
  ])('reads progressives, "would like to" and states of mind tagged as adjectives: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('takes no progressive in a clause that names the words ("what they are saying")', () => {
    expect(all('What they are saying: the port will reopen.')).toEqual([]);
  });

  it.each([
    [
      'Lena Vogt called the plan "a good first step".',
      'Lena Vogt/called: the plan "a good first step" [mixed]',
    ],
    // wink tags "Ford" (to ford) a verb: a name that is also a verb.
    ['Ford reports record loss', 'Ford/reports: record loss [indirect]'],
    ['Executives at Harbourline and Ford said fares would rise.', 'Ford/said: fares would rise [indirect]'],
    ['Harbour stocks fall as investors fear recession', 'investors/fear: recession [indirect]'],
    [
      'The spokesman told reporters by phone that the talks had failed.',
      'the spokesman/told reporters: the talks had failed [indirect]',
    ],
  ])('reads names and verbs wink mistags, naming verbs and means of speaking: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it.each([
    ['Ford announced that fares would rise.', 'Ford/announced: fares would rise [indirect]'],
    ["Harbourline's said that fares would rise.", 'Harbourline/said: fares would rise [indirect]'],
    ["Vogt & Holm's confirmed that fares would rise.", 'Holm/confirmed: fares would rise [indirect]'],
  ])('reads a name before a cue verb that wink tags a verb or that ends in "\'s": %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('reads a present-tense cue after a source noun that wink tags an adjective ("the union claims that")', () => {
    expect(all('The union claims that fares will rise this year.')).toEqual([
      'the union/claims: fares will rise this year [indirect]',
    ]);
  });

  it.each([
    [
      'The agency issued new guidelines, calling for increased vaccination efforts.',
      'the agency/calling for: increased vaccination efforts [indirect]',
    ],
    [
      'The agency called on affected countries to step up vaccination.',
      'the agency/called on: affected countries to step up vaccination [indirect]',
    ],
    [
      'The minister said that rising prices hurt families.',
      'the minister/said: rising prices hurt families [indirect]',
    ],
  ])('reads a participle before a noun as the object’s adjective: %s', (text, expected) => {
    expect(all(text)).toContain(expected);
  });

  it('takes a ranked or counted body for a speaker, not for a count', () => {
    expect(all('The No. 1 ferry operator said fares would rise.')).toEqual([
      'the No. 1 ferry operator/said: fares would rise [indirect]',
    ]);
  });

  it.each([
    'Investor fears grew after the report.',
    'Market fears have eased since Monday.',
    'Commuter worries quickly grew over the fares.',
  ])('reads a cue word between a noun and its verb as the subject’s noun: %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it('still reads a plural speaker’s bare cue before its object as the verb', () => {
    expect(all('Investors fear a recession.').map((a) => a.split(':')[0])).toEqual(['investors/fear']);
  });

  it.each([
    'The investors report card was bad.',
    "It's said that fares would rise.",
    'Lena Vogt called the police.',
    'Ferrytown Reports Are Late Again',
  ])('makes no attribution of a compound, a call without a quote or a title-case phrase: %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['The union rejected the offer.', 'the union/rejected: the offer [indirect]'],
    [
      'The mayor justified the plan by saying the bridge was safe.',
      'the mayor/justified: the plan [indirect]',
    ],
    ['The minister defended the decision.', 'the minister/defended: the decision [indirect]'],
    ['Harbour workers welcomed the ruling.', 'harbour workers/welcomed: the ruling [indirect]'],
  ])('reads verbs that state a position: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('takes an order of counted goods for a purchase, not a statement', () => {
    expect(all('The airline has ordered 50 new planes.')).toEqual([]);
    expect(all('The governor ordered an evacuation of the coast.')).toEqual([
      'the governor/ordered: an evacuation of the coast [indirect]',
    ]);
  });

  it('takes no noun compound before a preposition for a misread cue verb', () => {
    expect(all('The company forecast for the year was cut.')).toEqual([]);
  });
});

describe('attribution stage: chains of carriers', () => {
  it.each([
    [
      'Tidewater Radio reported on Friday Governor Ana Ruiz told lawmakers the budget was balanced.',
      'Tidewater Radio/reported → Ana Ruiz/told lawmakers: the budget was balanced [indirect]',
    ],
    [
      'Ruiz said in an interview with Reuters the budget was balanced.',
      'Reuters/in an interview with → Ruiz/said: the budget was balanced [indirect]',
    ],
    [
      '“The budget is balanced,” Ruiz told Bloomberg on Tuesday.',
      'Bloomberg/told → Ruiz/told: The budget is balanced [direct]',
    ],
    [
      'The deficit has narrowed, the Kyodo news agency cited a finance ministry official as saying.',
      'Kyodo News/cited → a finance ministry official/as saying: The deficit has narrowed [indirect]',
    ],
    [
      'TASS quoted the envoy as saying talks would resume.',
      'TASS/quoted → the envoy/as saying: talks would resume [indirect]',
    ],
    [
      'The plant will close, Berg told reporters, Interfax reports.',
      'Interfax/reports → Berg/told reporters: The plant will close [indirect]',
    ],
    [
      '“We will not resign,” Ruiz said, according to Reuters.',
      'Reuters/according to → Ruiz/said: We will not resign [direct]',
    ],
    [
      'A source close to the talks told the Financial Times that a deal was near.',
      'Financial Times/told → A source close to the talks/told: a deal was near [indirect]',
    ],
    [
      'Harbour officials say, according to local media, that the pier is unsafe.',
      'local media/according to → harbour officials/say: the pier is unsafe [indirect]',
    ],
  ])('%s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });
});

describe('attribution stage: sources met before', () => {
  it('names a pronoun after the speaker before it', () => {
    const list = attribute(
      'Jonas Berg said the plant was safe. He added that inspections would continue.',
    ).attributions;
    expect(list?.[1]?.source).toMatchObject({ name: 'Jonas Berg', how: 'earlier-speaker' });
  });

  it('names a surname and a general nominal after the full name before them', () => {
    const body =
      'Mira Solberg, an election official, said the vote was fair. Turnout was high, the official said. Solberg added that counting had ended.';
    const names = (attribute(body).attributions ?? []).map((a) => a.source.name);
    expect(names).toEqual(['Mira Solberg', 'Mira Solberg', 'Mira Solberg']);
  });

  it('names "the source" after a speaker first met without a name', () => {
    const body =
      '“The harbour is closed,” a fisherman from the island told the local radio on Monday.\n\n“We expect it to reopen soon,” the source said.';
    const said = (createPipeline().run(textInput(body)).attributions ?? []).filter(
      (a) => a.cue.lemma === 'say',
    );
    expect(said.map((a) => a.source.name)).toEqual(['a fisherman from the island']);
  });
});

describe('attribution stage: cues inside quotes', () => {
  it.each([
    [
      '"I conclude that the logo does not suggest a connection," the judge said.',
      'the judge/said → the judge/conclude: the logo does not suggest a connection [indirect]',
    ],
    [
      'He said, "They told us the plant would close."',
      'he/said → they/told us: the plant would close [indirect]',
    ],
  ])('%s', (text, expected) => {
    const inner = (attribute(text).attributions ?? []).filter((a) => a.rule === 'quoted-cue');
    expect(inner.map(summary)).toEqual([expected]);
  });

  it('names the quoted speaker at the pronoun "I"', () => {
    const text = '"I have always said the plant would close," Berg said.';
    const inner = (attribute(text).attributions ?? []).find((a) => a.rule === 'quoted-cue');
    expect(inner?.source.name).toBe('Berg');
    expect(text.slice(inner?.source.span.start, inner?.source.span.end)).toBe('I');
  });

  it('leaves a quote with no pronoun before its cue to its speaker', () => {
    const text = '"The report said the plant would close," Berg said.';
    expect((attribute(text).attributions ?? []).filter((a) => a.rule === 'quoted-cue')).toEqual([]);
  });
});

describe('attribution stage: clause structure beyond the cue lexicon', () => {
  it.each([
    [
      'Analysts expect a loss of two billion dollars.',
      'analysts/expect: a loss of two billion dollars [indirect]',
    ],
    ['Traders worried about inflation.', 'traders/worried: inflation [indirect]'],
    ['Apple releases iPhone SDK, announces upcoming update', 'Apple/announces: upcoming update [indirect]'],
    [
      'The firm sent an email to employees saying the plant would close.',
      'the firm/saying: the plant would close [indirect]',
    ],
    [
      "Berg resigned in a letter to the firm's board of directors stating that the plant would close.",
      'Berg/stating: the plant would close [indirect]',
    ],
  ])('%s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });
});

describe('attribution stage: relative clauses, coordinated verbs and rounded objects', () => {
  it.each([
    // "that" after a figure opens a relative clause: no part of the subject.
    ['The fare was lower than the $5 that analysts had forecast.', 'analysts/forecast'],
    // After a subject pronoun ("who"), a bare cue form wink tags a noun is the verb.
    ['Commuters, who fear higher fares, wrote to the council.', 'commuters/fear'],
    // "has" with no verb after it is the main verb whose subject the coordinated cue takes.
    ['Harbourline has 200 ferries and expects to buy 10 more.', 'Harbourline/expects'],
    ['The council has 40 members and said it would add two.', 'the council/said'],
  ])('%s', (text, expected) => {
    expect(all(text).map((a) => a.split(':')[0])).toContain(expected);
  });

  it.each([
    ['Commuters remain worried about the fares.', 'commuters/worried: the fares [indirect]'],
    [
      'Ferry owners grew concerned that fuel would run short.',
      'ferry owners/concerned: fuel would run short [indirect]',
    ],
    ['Fares rose as traders bet that fuel would run short.', 'traders/bet: fuel would run short [indirect]'],
    ['Fares rose as commuters fretted over the timetable.', 'commuters/fretted: the timetable [indirect]'],
  ])('reads a state of mind after a verb like "be" and the verbs "bet" and "fret": %s', (text, expected) => {
    expect(all(text)).toContain(expected);
  });

  it('reads a naming verb wink tags a noun, after a plural speaker and before a quote, with the quoted name only', () => {
    expect(all('Fares rose for what the operators call “fuel costs” and other reasons.')).toContain(
      'the operators/call: fuel costs [direct]',
    );
  });

  it('reads no bet as a belief when nothing is believed', () => {
    expect(all('The company bet $1 billion on the new ferry.')).toEqual([]);
  });

  it('ends what a relative clause reports at its closing comma', () => {
    expect(all('Commuters, who fear higher fares, wrote to the council.')).toContain(
      'commuters/fear: higher fares [indirect]',
    );
  });

  it('reads "about" before a figure as rounding it, not as a preposition', () => {
    const found = all('Harbourline said it expected about 600 passengers.');
    expect(found.filter((a) => a.includes('/expected: about 600 passengers'))).toHaveLength(1);
  });
});

describe('attribution stage: names and headlines wink misreads', () => {
  it.each([
    ['“We cut the design effort,” said Angers.', 'Angers/said: We cut the design effort [direct]'],
    ['“The line was late,” said Rich.', 'Rich/said: The line was late [direct]'],
  ])('takes capitalised words after an inverted cue as a name: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it.each([
    [
      'Harbour Office requests review of ferry contract\n\nThe office wrote to the council.',
      'harbour Office/requests: review of ferry contract [indirect]',
    ],
    [
      'Ferry union demands talks on pay\n\nThe strike goes on.',
      'ferry union/demands: talks on pay [indirect]',
    ],
  ])('reads a present-tense cue after a noun in a headline as the verb: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('reads no cue in a sentence of the body that only looks like a headline', () => {
    expect(attribute('The harbour office requests review of ferry contract.').attributions).toEqual([]);
  });
});

describe('attribution stage: what "citing" and "cite" report', () => {
  it.each([
    [
      'The harbour board called for a new tender, citing flaws in the bidding.',
      'the harbour board/citing: flaws in the bidding [indirect]',
    ],
    [
      'The airline grounded its ferries, citing safety concerns.',
      'the airline/citing: safety concerns [indirect]',
    ],
  ])('gives a reason after "citing" to the clause’s speaker: %s', (text, expected) => {
    const cited = (attribute(text).attributions ?? []).filter((a) => a.cue.text === 'citing');
    expect(cited.map(summary)).toEqual([expected]);
  });

  it('keeps a source after "citing" as the source', () => {
    const cited = (attribute('Prices rose sharply, citing port officials.').attributions ?? []).filter((a) =>
      a.chain.some((l) => l.cue.text === 'citing'),
    );
    expect(cited.map((a) => a.chain[0]?.source.name)).toEqual(['port officials']);
  });

  it('reads "cite" with a plain object as a statement of what it cites', () => {
    expect(summary(first('The magazine cited confidential documents from the engine maker.'))).toBe(
      'the magazine/cited: confidential documents from the engine maker [indirect]',
    );
  });

  it('lets a cue reach its subject across an aside between commas', () => {
    const said = (
      attribute('The ministry, citing port officials, said 1,000 workers remained.').attributions ?? []
    ).find((a) => a.cue.lemma === 'say');
    expect(said?.source.name).toBe('the ministry');
    expect(said?.content.text).toBe('1,000 workers remained');
  });
});

describe('attribution stage: participles without a subject of their own', () => {
  it.each([
    [
      'The mayor defended the plan by saying the bridge was safe.',
      'the mayor/saying: the bridge was safe [indirect]',
    ],
    [
      'The minister ended the talks after saying the deal was dead.',
      'the minister/saying: the deal was dead [indirect]',
    ],
    [
      'Citing safety concerns, the airline grounded its ferries.',
      'the airline/Citing: safety concerns [indirect]',
    ],
  ])('takes the clause’s subject: %s', (text, expected) => {
    expect(all(text)).toContain(expected);
  });
});

describe('attribution stage: reporting nouns with a complement or an agent', () => {
  it.each([
    [
      "The board's announcement of the ferry closures came late.",
      'the board/announcement: the ferry closures [indirect]',
    ],
    ['His comments on the tender angered the union.', 'his/comments: the tender [indirect]'],
    [
      'The announcement by the harbour board of new fees came late.',
      'the harbour board/announcement: new fees [indirect]',
    ],
    [
      'The decision by the council to close the port angered the union.',
      'the council/decision: to close the port [indirect]',
    ],
    ["The mayor's decision to resign was expected.", 'the mayor/decision: to resign [indirect]'],
  ])('%s', (text, expected) => {
    const found = (attribute(text).attributions ?? []).filter((a) => a.rule === 'possessor-noun');
    expect(found.map(summary)).toEqual([expected]);
  });

  it('takes no time after a noun as what it reports', () => {
    const found = attribute("The board's announcement on Monday surprised the union.").attributions ?? [];
    expect(found.filter((a) => a.rule === 'possessor-noun').map((a) => a.content.text)).toEqual(['']);
  });
});

describe('attribution stage: reports and who put them out', () => {
  it.each([
    [
      'Ferries will stop, according to a statement released on Monday by the harbour board.',
      'the harbour board',
    ],
    [
      'Ferries will stop, according to the weekly situation report on the strike published by the union.',
      'the union',
    ],
  ])('takes the agent of a report released by someone: %s', (text, name) => {
    const a = (attribute(text).attributions ?? []).find((r) => r.cue.lemma === 'according to');
    // Without an entities layer the source is named by its words, which end with the agent.
    expect(a?.source.name.endsWith(name)).toBe(true);
  });

  it('takes the one who released a statement as the speaker of its participle', () => {
    expect(summary(first('The harbour board released a statement saying the ferries would stop.'))).toBe(
      'the harbour board/saying: the ferries would stop [indirect]',
    );
  });

  it('keeps a statement as its own speaker when nobody released it in the sentence', () => {
    expect(first('A statement saying the ferries would stop was read out.')?.source.name).toBe('A statement');
  });
});

describe('attribution stage: states of mind and the people who hold them', () => {
  it.each([
    ['Traders were worried about rising port fees.', 'traders/worried: rising port fees [indirect]'],
    ['Fishermen are worried that the quota will fall.', 'Fishermen/worried: the quota will fall [indirect]'],
  ])('takes the subject before "be" as the holder of a state of mind: %s', (text, expected) => {
    expect(summary(first(text))).toBe(expected);
  });

  it('reads no holder in an expletive or a passive expectation', () => {
    expect(attribute('It is worried that the quota will fall.').attributions).toEqual([]);
    expect(attribute('The plant is expected to close.').attributions).toEqual([]);
  });

  it('takes a noun of people before a reporting noun as its source', () => {
    const found = (
      attribute('The rally faded as trader concerns about port fees grew.').attributions ?? []
    ).filter((a) => a.rule === 'possessor-noun');
    expect(found.map(summary)).toEqual(['trader/concerns: port fees [indirect]']);
  });

  it('takes no capitalised word before a reporting noun as a noun of people', () => {
    const found = attribute('The plan stalled after Norwegian efforts to buy the port.').attributions ?? [];
    expect(found.filter((a) => a.rule === 'possessor-noun')).toEqual([]);
  });

  it('takes no noun of things before a reporting noun as a source', () => {
    const found = attribute('Tax plans for next year were dropped.').attributions ?? [];
    expect(found.filter((a) => a.rule === 'possessor-noun')).toEqual([]);
  });
});

describe('attribution stage: asides with a participle before the cue', () => {
  it.each([
    ['The mayor, asked by reporters about the bridge, said it was safe.'],
    ['The mayor, when asked about the bridge, said it was safe.'],
  ])('reaches the subject across the aside: %s', (text) => {
    const said = (attribute(text).attributions ?? []).find((a) => a.cue.lemma === 'say');
    expect(summary(said)).toBe('the mayor/said: it was safe [indirect]');
  });
});
