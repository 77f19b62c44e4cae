import type { ArticleInput } from '../src/model/index.js';
import { seededRandom } from '../src/learn/random.js';

/**
 * Synthetic news articles for scale benchmarks and tests: as many as wanted, each different,
 * none copied from anywhere.
 *
 * How it works: article `n` seeds a small deterministic random generator (mulberry32), so the
 * same `n` always gives the same article and a benchmark can regenerate any of them. The
 * generator picks a story frame (a country, a counted group, an organisation, an outlet, a
 * month) and writes a title, a dateline ("CITY, Mon. D (Outlet) --") and 5–9 paragraphs from
 * sentence templates shaped like wire copy: said-clauses with people and their roles ("Labour
 * Minister Anna Petrova told reporters on Tuesday that ..."), "according to" attributions,
 * figures and changes ("declined from 34,000 to about 11,000"), vague quantities ("dozens of"),
 * commitments with deadlines ("by the end of 2021"), dates of several granularities and plain
 * background sentences. Every word comes from the lists below, written for this file. Articles
 * run 230–750 words (median about 460), like the wire copy the pipeline is built for; `n` is
 * also written into the text so that no two articles share an id.
 */
const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'Daniela',
  'Emeka',
  'Farida',
  'Giorgio',
  'Hana',
  'Ivan',
  'Jae-won',
  'Kofi',
  'Lucia',
  'Mikhail',
  'Nadia',
  'Omar',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomasz',
  'Yuki',
];
const LAST = [
  'Petrova',
  'Almeida',
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Novak',
  'Tanaka',
  'Moreau',
  'Kowalski',
  'Rahman',
  'Ferreira',
  'Kim',
  'Sokolov',
  'Mensah',
  'Rossi',
  'Ibrahim',
  'Becker',
  'Nakamura',
  'Herrera',
  'Volkov',
];
const ROLES = [
  'Labour Minister',
  'Foreign Minister',
  'Deputy Interior Minister',
  'Ambassador',
  'Spokeswoman for the ministry',
  'Regional Governor',
  'Head of the migration service',
  'Senior economist',
  'Trade envoy',
  'Deputy Prime Minister',
];
const COUNTRIES = [
  'Norland',
  'Eastmark',
  'Valdoria',
  'Serenica',
  'Ostravia',
  'Kalmaria',
  'Durovia',
  'Lusitana',
  'Marivia',
  'Telgaria',
];
const CITIES = ['PORTHAVEN', 'NOVAGRAD', 'BELMONT', 'KESTRAL', 'ARDENNE', 'SOLVIK', 'MIRANO', 'TARASK'];
const OUTLETS = [
  'Coastline Press',
  'Northern Wire',
  'Meridian News',
  'Harbor Daily',
  'Continental Report',
  'Eastern Ledger',
];
const ORGS = [
  'the statistics office',
  'the interior ministry',
  'the International Labour Office',
  'the central bank',
  'a parliamentary committee',
  'the customs service',
  'an independent monitoring group',
];
const COUNTED = [
  'seasonal workers',
  'foreign students',
  'fishing vessels',
  'asylum applications',
  'registered companies',
  'construction workers',
  'temporary permits',
  'cargo flights',
];
const PLACES = [
  'in the capital',
  'along the border',
  'in the northern provinces',
  'in the port city',
  'across the region',
];
const CHANGES = ['declined', 'risen', 'fallen', 'climbed', 'dropped'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const VAGUE = ['dozens of', 'hundreds of', 'several thousand', 'almost all', 'a handful of', 'most'];
const CUES = [
  'said',
  'told reporters',
  'said in a statement',
  'told a news conference',
  'wrote on social media',
];
const BACKGROUND = [
  'The measures were first discussed at a regional summit two years ago.',
  'Officials in the capital did not respond to a request for comment.',
  'Critics have questioned whether the published figures can be verified.',
  'The agreement has been extended twice since it was signed.',
  'Several neighbouring governments have announced similar plans.',
  'The opposition called for an inquiry into how the numbers were collected.',
  'Independent observers were not allowed to visit the sites.',
  'The issue is expected to come up again at next month’s talks.',
];

type Rng = () => number;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const figure = (rng: Rng): number => Math.round((200 + rng() * 60_000) / 100) * 100;
const fmt = (n: number): string => n.toLocaleString('en-US');
const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** One synthetic article: its metadata and plain text (a dateline, then paragraphs). */
export interface SyntheticArticle {
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
  readonly url: string;
  readonly text: string;
}

/**
 * Article number `n`, always the same for the same `n`.
 *
 * @example syntheticArticle(7).title // 'Eastmark to send home all seasonal workers by end of 2021'
 */
export function syntheticArticle(n: number): SyntheticArticle {
  const rng = seededRandom(n * 2654435761);
  const country = pick(rng, COUNTRIES);
  const counted = pick(rng, COUNTED);
  const outlet = pick(rng, OUTLETS);
  const year = 2015 + Math.floor(rng() * 9);
  const month = Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const person = () => `${pick(rng, ROLES)} ${pick(rng, FIRST)} ${pick(rng, LAST)}`;
  const past = () => `${pick(rng, MONTHS)} ${year - (rng() < 0.5 ? 1 : 0)}`;
  const sentences: (() => string)[] = [
    () =>
      `${person()} ${pick(rng, CUES)} on ${pick(rng, DAYS)} that the number of ${counted} ${pick(rng, PLACES)} had ${pick(rng, CHANGES)} from ${fmt(figure(rng))} to about ${fmt(figure(rng))}.`,
    () =>
      `According to ${pick(rng, ORGS)}, ${fmt(figure(rng))} ${counted} were registered in ${country} in ${past()}.`,
    () =>
      `${pick(rng, FIRST)} ${pick(rng, LAST)}, ${withArticle(pick(rng, ROLES).toLowerCase())}, said the government planned to ${rng() < 0.5 ? 'reduce' : 'double'} the number of ${counted} by the end of ${year + 1}.`,
    () =>
      `"We expect ${pick(rng, VAGUE)} ${counted} to be affected," ${pick(rng, LAST)} said, adding that talks with ${pick(rng, COUNTRIES)} would resume on ${SHORT[(month + 1) % 12]} ${1 + Math.floor(rng() * 28)}.`,
    () =>
      `${outlet} reported that ${pick(rng, VAGUE)} ${counted} had left ${country} since ${pick(rng, MONTHS)} ${year - 1}, citing ${pick(rng, ORGS)}.`,
    () =>
      `In ${past()}, ${pick(rng, ORGS)} put the figure at ${fmt(figure(rng))}, up ${Math.round(rng() * 40)} percent from a year earlier.`,
    () => pick(rng, BACKGROUND),
    () => pick(rng, BACKGROUND),
  ];
  const paragraphs: string[] = [];
  const count = 6 + Math.floor(rng() * 6);
  for (let p = 0; p < count; p++) {
    const size = 2 + Math.floor(rng() * 3);
    paragraphs.push(Array.from({ length: size }, () => pick(rng, sentences)()).join(' '));
  }
  const dateline = `${pick(rng, CITIES)}, ${SHORT[month]} ${day} (${outlet}) -- `;
  paragraphs[0] = dateline + paragraphs[0];
  paragraphs.push(`(Reference ${n}.)`);
  const verb = rng() < 0.5 ? 'send home' : 'register';
  return {
    title: `${country} to ${verb} all ${counted} by end of ${year + 1}`,
    outlet,
    published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    url: `https://news.example/${year}/${n}`,
    text: paragraphs.join('\n\n'),
  };
}

/** Article `n` as one JSON Lines record (title, text, date, url, outlet). */
export function syntheticJsonLine(n: number): string {
  const a = syntheticArticle(n);
  return JSON.stringify({ title: a.title, date: a.published, outlet: a.outlet, url: a.url, text: a.text });
}

/** Article `n` as the readers would give it. */
export function syntheticInput(n: number, source = `synthetic-${n}`): ArticleInput {
  const a = syntheticArticle(n);
  return {
    kind: 'input',
    source,
    format: 'json',
    bodyFormat: 'text',
    body: a.text,
    meta: { title: a.title, published: a.published, outlet: a.outlet, url: a.url },
    messages: [],
  };
}
