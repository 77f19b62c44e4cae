import { describe, expect, it } from 'vitest';
import { pointsOfText } from '../../../test/helpers/points.js';
import { createLexicon } from '../../lexicon/index.js';
import { countryNames } from './countries.js';
import { measureLabel } from './measure.js';

const names = countryNames(createLexicon());

/** The measure parts of the point of one figure in a text published on a day. */
const pointOf = (text: string, figure: string) =>
  pointsOfText(text, '2024-08-20').find((p) => p.text.includes(figure));

describe('measure places', () => {
  it.each([
    [
      'where things are, not where other things go',
      'The company agreed to keep nearly 1,000 jobs in the city rather than moving them to Mexico, officials said.',
      '1,000',
      null,
    ],
    [
      'a short country name as the one the article names in full',
      'The Democratic Republic of Congo has been hit hardest. Officials said more than 16,000 cases were recorded in Congo this year.',
      '16,000',
      'CD',
    ],
    [
      'a continent named by the places the figures are spread over',
      'Officials reported 6,603 cases and 32 deaths across 15 African countries this year.',
      '32',
      'africa',
    ],
    [
      'no one country when the places it is spread over are only counted',
      'Officials said around 100,000 North Korean workers were living in 29 countries before sanctions.',
      '100,000',
      'in several countries',
    ],
    [
      'no place lent by a figure spread over countries it does not name',
      'Officials said 3,000 cases were reported in 12 countries, and 900 cases were recorded this year.',
      '900',
      null,
    ],
    [
      'a country named by the places the figures are spread over',
      'Officials counted 120 deaths in three U.S. states this year.',
      '120',
      'US',
    ],
    [
      'a part of a figure is counted where the whole is',
      'Africa has reported 31,427 suspected cases, including 844 deaths, officials said.',
      '844',
      'africa',
    ],
    [
      'a place in focus is not the place of a total over wider places',
      'At least 13 African countries have reported outbreaks and these countries have confirmed 2,863 cases and 517 deaths, primarily in the DRC.',
      '517',
      'africa',
    ],
    [
      'the next in a ranking is not a source ("followed by")',
      'Congo had 21,835 suspected cases and 717 deaths, followed by Burundi with 1,498 suspected cases, she said.',
      '1,498',
      'BI',
    ],
    [
      'a place after a figure, in a clause the next figure closes, is the next figure’s',
      'Congo had 21,835 suspected cases and 717 deaths, followed by Burundi with 1,498 suspected cases, she said.',
      '717',
      'CG',
    ],
    [
      'a country before a verb tagged as a noun ("tops the list") is its subject',
      'The Democratic Republic of the Congo tops the list with 21,835 suspected cases, she said.',
      '21,835',
      'CD',
    ],
    [
      'a figure that opens the next sentence closes no clause of this one',
      'At least 50 hostages will be freed under a deal with Israel. Dozens of children will be freed later.',
      '50',
      'IL',
    ],
    [
      'a source word of the sentence before does not hide a subject',
      'No deaths were recorded there, the spokesperson said. Nigeria ranks third with 935 suspected cases.',
      '935',
      'NG',
    ],
    [
      'a count listed with a placed count is there too',
      'Nigeria ranks third with 935 suspected cases and 12 deaths, she added.',
      '12',
      'NG',
    ],
    [
      'where a figure ranks is not where it is; "respectively" pairs figures and nouns',
      'Congo recorded the highest number of cases and the highest number of deaths in Africa, at 5,621 and 25 respectively.',
      '25',
      'CG',
    ],
    [
      '"the continent" is the one continent the article names',
      'At least 13 African countries have reported outbreaks. Suspected cases across the continent have surged past 17,000.',
      '17,000',
      'africa',
    ],
    [
      'a place in focus stands when the clause names no wider one',
      'Officials said 40 deaths were recorded, mainly in Kenya.',
      '40',
      'KE',
    ],
  ])('%s', (_why, text, figure, place) => {
    expect(pointOf(text, figure)?.parts.place ?? null).toBe(place);
  });

  it.each([
    [
      'a count that stays, named beside where others go',
      'The firm will cut 600 jobs as work moves to Mexico, officials said.',
      '600',
      null,
    ],
    [
      'a movement keeps where it goes',
      'About 300 workers have returned to Peru since May, officials said.',
      '300',
      'PE',
    ],
    [
      'a continent named by its adjective',
      'More than 25,000 cases were registered across the African continent this year, a WHO spokeswoman said.',
      '25,000',
      'africa',
    ],
    [
      'where a statement was made is not where its figure holds',
      '"We have had 723 deaths among those cases," Harris told a briefing in Geneva.',
      '723',
      null,
    ],
  ])('%s', (_why, text, figure, place) => {
    expect(pointOf(text, figure)?.parts.place ?? null).toBe(place);
  });

  it('places a figure that does not say where as the same source places the same count for the same time', () => {
    const text =
      'WHO spokeswoman Margaret Harris said on Friday that 732 people had died across Africa. "Among those cases, we have had 723 deaths," Harris said on Friday.';
    expect(pointOf(text, '723')?.parts.place).toBe('africa');
    expect(pointOf(text, '723')?.reasons.join(' ')).toMatch(/same source/);
  });

  it.each([
    [
      'a year that names a union local',
      'Chuck Ward, president of Steelworkers Local 1999, said 400 jobs are going away.',
    ],
    [
      'a year used as an attribute',
      'More than 1,100 jobs remain at the plant in keeping with our 2016 commitment.',
    ],
  ])('does not date a figure by %s', (_why, text) => {
    const p = pointOf(text, text.includes('400') ? '400' : '1,100');
    expect(p?.time?.value).toBe('2024-08-20');
  });

  it('keeps the countries a short shared name may be when the article names none in full', () => {
    const p = pointOf(
      'Congo has reported more than 18,000 suspected cases this year, officials said.',
      '18,000',
    );
    expect([...(p?.placeCandidates ?? [])].sort()).toEqual(['CD', 'CG']);
    // A part of that figure is in the same doubt.
    const part = pointOf(
      'Congo has reported more than 18,000 suspected cases, including 629 deaths, officials said.',
      '629',
    );
    expect([...(part?.placeCandidates ?? [])].sort()).toEqual(['CD', 'CG']);
    const full = pointOf(
      'The Republic of the Congo has been hit. Officials said more than 1,800 cases were recorded in Congo this year.',
      '1,800',
    );
    expect(full?.parts.place).toBe('CG');
    expect(full?.placeCandidates).toBeUndefined();
  });

  it('reads figures before "respectively" as counts of the nouns named before them, in order', () => {
    const text =
      'Congo recorded the highest number of cases and the highest number of deaths in Africa, at 5,621 and 25 respectively.';
    expect(pointOf(text, '5,621')?.parts.counted).toBe('case');
    expect(pointOf(text, '25')?.parts.state).toBe('killed');
  });

  it('reads an increment said once of a list as said of all of it', () => {
    const p = pointOf('In the last week alone, there were 2,085 new cases and 32 deaths.', '32');
    expect(p?.parts.narrowing).toBe('new');
  });

  it('reads no count in "at one point"', () => {
    expect(
      pointOf('At one point last week the number of missing was down to around 200 people.', 'one'),
    ).toBe(undefined);
  });

  it('reads two statements joined by a comma as two, not one change ("falls to 85, … drops to 11")', () => {
    const p = pointOf('Camp Fire death toll falls to 85, number of missing drops to 11', '11');
    expect(p?.parts.state ?? null).not.toBe('killed');
  });

  it('counts the noun a quoted modifier stands before ("ten “mass casualty” search teams")', () => {
    const p = pointOf('Ten “mass casualty” search teams stepped up the task, officials said.', 'Ten');
    expect(p?.parts.state ?? null).toBeNull();
  });

  it('tells an increment said before the figure from the total', () => {
    // Still to be received: planned as well.
    const p = pointOf('Congo expects to receive an additional 100,000 doses, officials said.', '100,000');
    expect(p?.parts.narrowing).toBe('additional+planned');
  });

  it.each([
    [
      'a future act',
      'Under the deal, 50 hostages are to be released over four days, officials said.',
      '50',
      true,
    ],
    ['an act done', 'Officials said 24 hostages had been freed on Friday.', '24', false],
    [
      'a verb that brings the act about',
      'Israel will facilitate the release of 150 prisoners, officials said.',
      '150',
      true,
    ],
    ['a belief about now', 'At least 36 labourers are feared to be trapped, officials said.', '36', false],
    [
      "another verb's plan further on",
      'Congo has some 200,000 doses on hand and expects to receive more, officials said.',
      '200,000',
      false,
    ],
  ])('tells a planned figure of a growing count: %s', (_, text, figure, planned) => {
    const p = pointOf(text, figure);
    expect(p?.parts.narrowing.split('+').includes('planned')).toBe(planned);
  });

  it('labels a planned figure by what is still to come', () => {
    const p = pointOf('Officials said 50 hostages are to be released this week.', '50');
    expect(p?.label).toBe('hostages to be released');
  });

  it('reads the way cleared through as one length, whatever the rubble is called', () => {
    const text =
      'Officials said 20 metres of slab has been removed so far, and about 35 metres is yet to be cleared.';
    expect(pointOf(text, '35')?.measure).toBe('metre|?|cleared|?|?|stock|planned');
    expect(pointOf('The remaining 6-9 metres of debris will be cleared manually.', '6-9')?.measure).toBe(
      'metre|?|cleared|?|?|stock|planned',
    );
  });

  it.each([
    ['found', 'Inspectors said loose bolts were found on at least five aircraft.', 'five', 'found'],
    ['not found', 'Officials said two were found dead inside the building.', 'two', 'killed'],
  ])('reads the things a fault was %s on', (_, text, figure, state) => {
    expect(pointOf(text, figure)?.parts.state).toBe(state);
  });

  it('counts people held as hostages as hostages', () => {
    const p = pointOf('The group has held an estimated 240 people hostage in the territory.', '240');
    expect(p?.parts.counted).toBe('hostage');
  });

  it('reads no length state for a count', () => {
    const p = pointOf('The 41 men were fed through a pipe while efforts to dig a tunnel went on.', '41');
    expect(p?.parts.state ?? null).not.toBe('cleared');
  });

  it('reads the state of the main verb past a participle that describes the noun', () => {
    const p = pointOf(
      'During this period, 110 hostages held by militants were released, officials said.',
      '110',
    );
    expect(p?.parts.state).toBe('released');
  });

  it.each([
    [
      'a country that modifies a noun',
      'The Qatar-brokered truce saw 13 women released, officials said.',
      '13',
    ],
    [
      'a country that owns a noun',
      "Israel's long-awaited deal allows the release of 50 hostages on Friday.",
      '50',
    ],
    [
      'the place of an event the clause names',
      'Of 240 hostages captured in the attack in southern Israel, 62 have been released.',
      '62',
    ],
  ])('reads no place from %s', (_, text, figure) => {
    expect(pointOf(text, figure)?.parts.place).toBeNull();
  });

  it("gives a figure placed elsewhere no nationality the article's others have", () => {
    const text =
      'More than 11,000 Palestinians have died since the start of the war. At least 1,200 people were killed in Israel in the attack.';
    expect(pointOf(text, '1,200')?.parts.nationality).toBeNull();
  });

  it('reads a count since a day as the count as of publication', () => {
    const p = pointOf('Since Aug. 1, the disease has killed 548 people, the ministry said.', '548');
    expect(p?.time?.value).toBe('2024-08-20');
  });
});

describe('the time of a figure', () => {
  it.each([
    [
      'a day used as an attribute of another noun',
      'Of the roughly 240 hostages captured in its October 7 attack, 62 have been released, officials said.',
      '62',
    ],
    [
      'the day of an event the figure only follows',
      'The group has held an estimated 240 people hostage, following its attack in the south on October 7.',
      '240',
    ],
  ])('does not date a figure by %s', (_why, text, figure) => {
    expect(pointOf(text, figure)?.time?.value).toBe('2024-08-20');
  });

  it('dates a figure by a day its own clause gives', () => {
    const p = pointOf('Officials said 62 hostages were released on August 7.', '62');
    expect(p?.time?.value).toBe('2024-08-07');
  });

  it('takes the stretch its sentence names over the day the statement was made', () => {
    const p = pointOf(
      '"We have 25,093 suspected cases from January 1 to August 8, 2024," Harris said on Friday.',
      '25,093',
    );
    expect(p?.time?.value).toBe('2024-08-08');
  });
});

describe('measure states', () => {
  it.each([
    [
      'an area is never killed: a fire of acres is the land it burned',
      'The 151,272-acre blaze has killed 79 people.',
      '151,272',
      'destroyed',
    ],
    [
      'land laid waste is land destroyed',
      'The fire has torn through the town, laying waste to some 138,000 acres.',
      '138,000',
      'destroyed',
    ],
    ['an area with nothing said of it measures nothing', 'The park covers 3,000 acres.', '3,000', null],
    ['an adjective used as a noun carries its state', 'Officials said 85 Confirmed Dead.', '85', 'killed'],
    [
      'a state of the living is not said of things counted beside the dead',
      'The toll has increased to 16,700 cases and 570 deaths, the minister said.',
      '16,700',
      null,
    ],
    ['a state of things stays', 'The fire destroyed 8,650 homes, officials said.', '8,650', 'destroyed'],
    [
      'a participle that places a town finds nobody',
      'Paradise was a quiet town of about 26,000 residents, located in the foothills.',
      '26,000',
      null,
    ],
    [
      'people located by searchers are accounted for',
      'Searchers said 12 hikers were located in the woods.',
      '12',
      'accounted for',
    ],
    [
      'those a verb leaves behind are not leaving',
      'The reorganisation will leave about 1,100 workers at the plant, officials said.',
      '1,100',
      null,
    ],
    ['those who leave are leaving', 'About 300 workers left the plant, officials said.', '300', 'leaving'],
    [
      'those waiting for a flight home are leaving',
      'A laborer waited with 60 compatriots to board a flight home from the city.',
      '60',
      'leaving',
    ],
    [
      '"in keeping with" names no act of keeping',
      'More than 900 workers remain at the plant in keeping with the agreement, officials said.',
      '900',
      null,
    ],
    [
      'those kept are saved',
      'The company will keep 900 workers at the plant, officials said.',
      '900',
      'saved',
    ],
    [
      'a state said right after the noun wins over the noun',
      'Officials said 43 victims have been positively identified.',
      '43',
      'identified',
    ],
    ['a noun that carries its state', 'Officials said 43 victims were found in the rubble.', '43', 'killed'],
    [
      'a pledge is not a delivery',
      'The United States has pledged 50,000 vaccine doses, while Japan has agreed to send 3.5 million doses.',
      '3.5 million',
      'pledged',
    ],
    [
      'doses received are delivered',
      'Today, we received 99,100 doses, the minister said.',
      '99,100',
      'delivered',
    ],
    [
      'a clause opened by "as" with its own subject says nothing of the figure before it',
      'The number had dropped to 605 workers as more people were accounted for in shelters.',
      '605',
      null,
    ],
    ['"as" before a state is no clause of its own', 'They listed 500 people as missing.', '500', 'missing'],
    [
      'the main verb says what happened, not the clause that says what they were before',
      'Some 2,500 people originally believed to be missing have been accounted for, officials said.',
      '2,500',
      'accounted for',
    ],
    [
      'a relative clause says what they were before the main verb',
      'Officials said 300 people who had been listed as missing have since turned up.',
      '300',
      'accounted for',
    ],
    [
      'a relative clause alone says their state',
      'Officials said 40 workers who have been trapped remain in the tunnel.',
      '40',
      'trapped',
    ],
    [
      'an amount of money is never employed',
      'The UN estimated that 100,000 North Koreans work abroad and send some $500 million in wages back each year.',
      '500 million',
      null,
    ],
    [
      'a clause opened by "because" says nothing of the figure before it',
      'The list grew to 1,000 workers because the office began receiving help, officials said.',
      '1,000',
      null,
    ],
  ])('%s', (_why, text, figure, state) => {
    expect(pointOf(text, figure)?.parts.state ?? null).toBe(state);
  });

  it.each([
    [
      'a noun that is also a cue verb names no act',
      'Jones said this ship had sailed, but the firm kept 500 workers at the plant.',
      '500',
      'saved',
    ],
    [
      'a verb with its own object says nothing of the figure',
      'The firm released a statement saying the 300 jobs were affected, officials said.',
      '300',
      null,
    ],
    [
      'a figure moved elsewhere by its verb is leaving',
      'The firm still plans to move 600 jobs from the plant to Mexico, officials said.',
      '600',
      'leaving',
    ],
    [
      'things slated for another place are leaving',
      'Eight hundred of those jobs had been slated for Mexico, officials said.',
      'Eight hundred',
      'leaving',
    ],
    [
      'losing employment is being laid off',
      'About 600 employees will lose employment as that work moves to Mexico, Jones said.',
      '600',
      'laid off',
    ],
    [
      'what a move costs people',
      'The move will cost 1,400 workers their jobs, officials said.',
      '1,400',
      'laid off',
    ],
  ])('%s', (_why, text, figure, state) => {
    expect(pointOf(text, figure)?.parts.state ?? null).toBe(state);
  });

  it('makes no point of a figure in the premise of a condition', () => {
    const text = '"If they are going to retain 1,000 jobs, that would mean 400 are going away," Jones said.';
    expect(pointOf(text, '1,000')).toBeUndefined();
    expect(pointOf(text, '400')).toBeDefined();
  });

  it('makes no point of a vague amount only said to be possible', () => {
    const text = 'The plant has 1,400 workers, so there could still be hundreds of layoffs, officials said.';
    expect(pointOf(text, 'hundreds')).toBeUndefined();
    expect(pointOf('Hundreds of people are now out of a job, officials said.', 'Hundreds')).toBeDefined();
  });

  it('counts the people of a state by its demonym as people', () => {
    const p = pointOf('The firm said it planned to lay off about 1,400 Hoosiers, officials said.', '1,400');
    expect([p?.parts.counted, p?.parts.state]).toEqual(['people', 'laid off']);
  });

  const after =
    'On Friday, 13 Israelis, 10 Thai citizens and one Filipino citizen were released, officials said.';
  const before =
    'Released on Friday were 13 Israelis, 10 Thai citizens and one Filipino citizen, officials said.';
  it.each([
    ['the verb after a list, for its first count', after, '13', 'released'],
    ['the verb after a list, for a count inside it', after, '10', 'released'],
    ['the verb before a list, for a count inside it', before, '10', 'released'],
    ['the verb before a list, for its last count', before, 'one', 'released'],
    [
      'a total with the list of its parts',
      'A total of 24 hostages, which include 13 Israelis and 10 Thai citizens, were released on Friday, officials said.',
      '24',
      'released',
    ],
    [
      'a count of the list keeps a state of its own',
      'On Friday, 13 Israelis died, 10 Thai citizens and one Filipino citizen were released, officials said.',
      '13',
      'killed',
    ],
    [
      'a list stops at a word that is not a comma or a conjunction',
      'On Friday, 13 Israelis met 10 Thai citizens who were released, officials said.',
      '13',
      null,
    ],
  ])('a state said of a list of counts: %s', (_why, text, figure, state) => {
    expect(pointOf(text, figure)?.parts.state ?? null).toBe(state);
  });

  it.each([
    [
      'a toll counts the dead',
      'The death toll rose to 85 on Monday, officials said.',
      '85',
      'people',
      'killed',
    ],
    [
      'a list counts its names',
      'The list swelled to 1,200 by Friday, officials said.',
      '1,200',
      'people',
      null,
    ],
    [
      'a subject that carries its state',
      'Deaths now stand at 570, the minister said.',
      '570',
      'people',
      'killed',
    ],
    [
      'the number of things is a count of them',
      'The number of cases has reached 16,700, the minister said.',
      '16,700',
      'case',
      null,
    ],
    [
      'the later value of a change counts what the earlier one does',
      'The list grew from around 200 to more than 1,000 on Friday, officials said.',
      '1,000',
      'people',
      null,
    ],
    [
      'a parenthetical adverb between the subject and its verb',
      'That list, however, soon swelled to 1,200, officials said.',
      '1,200',
      'people',
      null,
    ],
    [
      'a phrase that says where after the subject',
      'Suspected cases across the continent have surged past 17,000, officials said.',
      '17,000',
      'case',
      null,
    ],
  ])('a figure with no counted noun counts its subject: %s', (_why, text, figure, counted, state) => {
    const parts = pointOf(text, figure)?.parts;
    expect([parts?.counted ?? null, parts?.state ?? null]).toEqual([counted, state]);
  });

  it.each([
    ['a shared head', 'Officials said 50 women and children hostages are to be released.', '50', 'hostage'],
    ['no head after the coordination', 'Officials said 50 women and children were released.', '50', 'people'],
  ])('coordinated counted nouns: %s', (_why, text, figure, counted) => {
    expect(pointOf(text, figure)?.parts.counted ?? null).toBe(counted);
  });

  it('a holder keeps the words that define what it holds (the confirmed toll is confirmed deaths)', () => {
    const point = pointOf('The confirmed death toll has risen to 85, officials said.', '85');
    expect([point?.parts.state ?? null, point?.definition ?? null]).toEqual(['killed', 'confirmed']);
  });

  it.each([
    ['a subject the vocabulary does not count', 'The index rose to 85 on Monday, officials said.', '85'],
    ['a holder that names nothing counted', 'The total reached 1,200 by Friday, officials said.', '1,200'],
    ['a verb of saying does not give its subject', 'Residents said 570 on Monday, officials said.', '570'],
  ])('a figure with no counted noun counts nothing: %s', (_why, text, figure) => {
    expect(pointOf(text, figure)).toBeUndefined();
  });

  it('leaves the size of a change out of the series', () => {
    expect(pointOf('The death toll dropped by three on Monday, officials said.', 'three')).toBeUndefined();
  });
});

describe('measure labels', () => {
  const parts = {
    unit: 'count',
    counted: 'people',
    state: 'killed',
    nationality: null,
    place: 'CD',
    aspect: 'stock',
    narrowing: '',
  } as const;
  it.each([
    ['a noun that carries the state says it once', 'deaths', 'deaths in DR Congo'],
    ['another noun is followed by the state', 'people', 'people killed in DR Congo'],
  ])('%s', (_why, noun, label) => {
    expect(measureLabel(parts, noun, names).replace('Democratic Republic of the Congo', 'DR Congo')).toBe(
      label,
    );
  });
});

describe('a place said as an adverb', () => {
  it('takes no preposition and no capital', () => {
    const abroad = {
      unit: 'count',
      counted: 'people',
      state: null,
      nationality: 'KP',
      place: 'abroad',
      aspect: 'stock',
      narrowing: '',
    } as const;
    expect(measureLabel(abroad, 'workers', names)).toBe('North Korean workers abroad');
    expect(measureLabel({ ...abroad, aspect: 'leaving' }, 'workers', names)).toBe(
      'North Korean workers leaving abroad',
    );
  });
});

describe('whose things are counted', () => {
  it.each([
    ['the subject of a verb of holding', 'Delta has 40 of the jets, officials said.', '40', 'Delta'],
    [
      'a possessive pronoun read as the company named before it',
      'Delta Airlines said it will return its 40 jets to service on Monday.',
      '40',
      'Delta',
    ],
    [
      'a company named before what is counted',
      'Inspectors found loose parts on at least five Delta Air Lines jets, officials said.',
      'five',
      'Delta',
    ],
    ['no holder for a count of people', 'Delta has 900 workers at the plant, officials said.', '900', ''],
    [
      'no holder for a maker before a model',
      'Regulators grounded 171 Boeing 737 jets on Saturday.',
      '171',
      '',
    ],
  ])('%s', (_why, text, figure, owner) => {
    expect(pointOf(text, figure)?.parts.narrowing).toBe(owner);
  });

  it('reads a plural model number as the class the article writes after the model', () => {
    const p = pointOf(
      'Regulators grounded the 737 MAX 9 jets on Saturday. Delta has 40 Boeing 737 MAX 9s in its fleet.',
      '40',
    );
    expect([p?.parts.counted, p?.parts.narrowing]).toEqual(['aircraft', 'Delta']);
  });

  it('does not read a return to service as a leaving', () => {
    const p = pointOf('The airline said it will begin returning its 40 jets to service on Monday.', '40');
    expect(p?.parts.state ?? null).toBeNull();
  });
});

describe('what is left and what a list holds', () => {
  it.each([
    [
      'what remains is the stock, not what the clause cut',
      'After the cuts, more than 1,100 jobs remain at the plant, the company said.',
      '1,100',
      null,
    ],
    [
      'a state said after "remain" is theirs',
      'Officials said 249 names remain on a list of missing individuals.',
      '249',
      'missing',
    ],
    [
      'the names of a list count people in the state the list is of',
      'A list of missing persons is now seven pages long. It holds some 300 names.',
      '300',
      'missing',
    ],
    [
      'the verb that takes the figure says what happened, not the modifier of what they were',
      'He said his department had accounted for 2,146 missing people as of Friday.',
      '2,146',
      'accounted for',
    ],
    [
      'what happened to the list itself is not the state of those on it',
      'The list of missing people has been released. Many people on the list are not missing. The list has been released again. It holds some 300 names.',
      '300',
      'missing',
    ],
    [
      'a bare "the number" counts what the sentence before counts',
      'A list of missing persons was published. That list soon swelled to 1,200. As of Friday, the number had dropped to 605.',
      '605',
      'missing',
    ],
    [
      'a noun before the head names their work, not what happened to them',
      'Officials welcomed the arrival of almost 300 search and rescue personnel on Monday.',
      '300',
      null,
    ],
  ])('%s', (_why, text, figure, state) => {
    expect(pointOf(text, figure)?.parts.state ?? null).toBe(state);
  });
});

describe('a figure’s time', () => {
  it('is not the time another figure of its claim holds as its own ("up from 7,146 in 2022")', () => {
    const text = 'Suspected cases have surged past 17,000, a significant increase from 7,146 cases in 2022.';
    expect(pointOf(text, '7,146')?.time?.value).toBe('2022');
    expect(pointOf(text, '17,000')?.time).toEqual({ value: '2024-08-20', how: 'publication' });
  });
});
