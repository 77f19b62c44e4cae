import type { ArticleInput } from '../src/model/index.js';
import type { SyntheticArticle } from './synthetic.js';
import { seededRandom } from '../src/learn/random.js';

/**
 * A synthetic news stream shaped like real coverage, for the scale benchmarks: `total` articles
 * spread over stories the way news spreads (heavy-tailed story sizes), outlets copying each
 * other, arriving in publication order. Deterministic: the same `(total, seed)` gives the same
 * stream, and article `n` can be produced on its own (a multi-GB JSON Lines file is written
 * article by article).
 *
 * How (the notes of every benchmark that uses it repeat this):
 * - Story sizes: the largest story holds `largestShare` of all articles (3% by default); the
 *   others are drawn from a discrete power law P(size = s) ∝ s^-2.2 below 60% of the largest
 *   (over half the stories are single reports, about one in 250 runs to 100 articles or more),
 *   until the total is reached.
 * - Time: each story starts on a day drawn over nine years and runs for a span that grows with
 *   its size (a few days for a brief, months for the largest), its reports front-loaded (news
 *   comes in bursts); all articles are numbered in publication order.
 * - Words: each story has its own cast (invented people with roles, a place, an organisation,
 *   a counted subject, two topic words) and figures; its reports are written from wire-copy
 *   templates with said-clauses, "according to" attributions, changes of figures, vague
 *   quantities, commitments with deadlines and dates, so every analysis stage has work.
 * - Copies: `copyShare` of the reports (20%) are another outlet's copy of an earlier report of
 *   the same story: the same text under another dateline, whole or cut at 60–90%.
 */
export interface NewsStream {
  readonly total: number;
  readonly seed: number;
  /** Number of stories generated. */
  readonly stories: number;
  /** The story of article `n` (0 is the largest). */
  readonly storyOf: (n: number) => number;
  /** Articles in a story. */
  readonly sizeOf: (story: number) => number;
  /** The earlier article that article `n` copies, or -1. */
  readonly copyOf: (n: number) => number;
  readonly article: (n: number) => SyntheticArticle;
  readonly input: (n: number) => ArticleInput;
  readonly jsonLine: (n: number) => string;
  /** Articles of one story, in arrival order. */
  readonly members: (story: number) => readonly number[];
  /** What the stream is made of, in words and figures, for a benchmark's notes. */
  readonly describe: () => string[];
}

export interface NewsStreamOptions {
  readonly seed?: number;
  /** Share of all articles in the largest story (default 0.03). */
  readonly largestShare?: number;
  /** Share of reports that copy an earlier report of their story (default 0.2). */
  readonly copyShare?: number;
  /** Exponent of the power law of story sizes (default 2.2). */
  readonly exponent?: number;
}

const DAYS = 9 * 365;
const START = Date.UTC(2015, 0, 1);

/**
 * The stream of `total` articles.
 *
 * @example const stream = newsStream(10_000); stream.sizeOf(0) // 300
 */
export function newsStream(total: number, options: NewsStreamOptions = {}): NewsStream {
  const seed = options.seed ?? 1;
  const rng = seededRandom(seed * 7919 + total);
  const sizes = storySizes(total, options.largestShare ?? 0.03, options.exponent ?? 2.2, rng);
  // Each story's reports get a day; sorting them all by day gives the arrival order.
  const day = new Float64Array(total);
  const story = new Int32Array(total);
  let at = 0;
  sizes.forEach((size, s) => {
    const start = rng() * DAYS;
    const span = 2 + 25 * Math.log(size) ** 1.6;
    for (let i = 0; i < size; i++, at++) {
      // Front-loaded: most reports come early in a story's span.
      day[at] = i === 0 ? start : start + span * rng() ** 2;
      story[at] = s;
    }
  });
  // Sorted as packed keys (the day in thousandths, then the index): a typed sort of a million is quick.
  const keys = new Float64Array(total);
  for (let i = 0; i < total; i++) keys[i] = Math.floor((day[i] ?? 0) * 1000) * 2 ** 21 + i;
  keys.sort();
  const order = Array.from(keys, (k) => k % 2 ** 21);
  const storyOfN = new Int32Array(total);
  const dayOfN = new Float64Array(total);
  for (let n = 0; n < total; n++) {
    const i = order[n] ?? 0;
    storyOfN[n] = story[i] ?? 0;
    dayOfN[n] = day[i] ?? 0;
  }
  const members: number[][] = sizes.map(() => []);
  const copy = new Int32Array(total).fill(-1);
  const copyShare = options.copyShare ?? 0.2;
  for (let n = 0; n < total; n++) {
    const s = storyOfN[n] ?? 0;
    const before = members[s] ?? [];
    // A copy of a recent report of its story (outlets pick up what just ran).
    if (before.length > 0 && rng() < copyShare) {
      const back = Math.min(before.length, 1 + Math.floor(rng() ** 2 * 20));
      const original = before[before.length - back] ?? -1;
      // A copy of a copy is a copy of the first report.
      const root = copy[original] ?? -1;
      copy[n] = root >= 0 ? root : original;
    }
    before.push(n);
    members[s] = before;
  }
  const casts = new Map<number, Cast>();
  const castOf = (s: number): Cast => {
    let cast = casts.get(s);
    if (!cast) {
      cast = storyCast(s, seed);
      // Only the most recent casts are kept: a stream of a million articles has 270k stories.
      if (casts.size > 10_000) casts.delete(casts.keys().next().value as number);
      casts.set(s, cast);
    }
    return cast;
  };
  const article = (n: number): SyntheticArticle => {
    const original = copy[n] ?? -1;
    const s = storyOfN[n] ?? 0;
    const date = new Date(START + Math.floor(dayOfN[n] ?? 0) * 86_400_000);
    if (original >= 0)
      return copied(writeArticle(original, castOf(s), dayDate(dayOfN[original] ?? 0), seed), n, date, seed);
    return writeArticle(n, castOf(s), date, seed);
  };
  const stream: NewsStream = {
    total,
    seed,
    stories: sizes.length,
    storyOf: (n) => storyOfN[n] ?? -1,
    sizeOf: (s) => sizes[s] ?? 0,
    copyOf: (n) => copy[n] ?? -1,
    article,
    input(n) {
      const a = article(n);
      return {
        kind: 'input',
        source: `stream-${n}`,
        format: 'json',
        bodyFormat: 'text',
        body: a.text,
        meta: { title: a.title, published: a.published, outlet: a.outlet, url: a.url },
        messages: [],
      };
    },
    jsonLine(n) {
      const a = article(n);
      return JSON.stringify({
        title: a.title,
        date: a.published,
        outlet: a.outlet,
        url: a.url,
        text: a.text,
      });
    },
    members: (s) => members[s] ?? [],
    describe: () => describeStream(stream, sizes, copy),
  };
  return stream;
}

function dayDate(day: number): Date {
  return new Date(START + Math.floor(day) * 86_400_000);
}

/** Story sizes: the largest first (its share of the total), then power-law draws until the total. */
function storySizes(total: number, largestShare: number, exponent: number, rng: Rng): number[] {
  const largest = Math.max(1, Math.round(total * largestShare));
  const sizes = [Math.min(largest, total)];
  let left = total - (sizes[0] ?? 0);
  // Inverse-transform sampling of a continuous power law, floored: P(s) ∝ s^-exponent, s ≥ 1,
  // drawn again above 60% of the largest (so the largest stands alone, as the one big story).
  const cap = Math.max(1, Math.floor(largest * 0.6));
  while (left > 0) {
    let s = Infinity;
    while (s > cap) s = Math.floor((1 - rng()) ** (-1 / (exponent - 1)));
    const size = Math.min(s, left);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function describeStream(stream: NewsStream, sizes: readonly number[], copy: Int32Array): string[] {
  const sorted = [...sizes].sort((a, b) => b - a);
  const singles = sizes.filter((s) => s === 1).length;
  const over100 = sizes.filter((s) => s >= 100).length;
  const copies = copy.reduce((k, c) => k + (c >= 0 ? 1 : 0), 0);
  const share = (x: number) => `${((100 * x) / stream.total).toFixed(1)}%`;
  return [
    `news stream (bench/news-stream.ts, seed ${stream.seed}): ${stream.total.toLocaleString('en-US')} articles in ${sizes.length.toLocaleString('en-US')} stories, sizes heavy-tailed: the largest fixed at ${share(sorted[0] ?? 0)} of all articles, the others drawn from P(s) ∝ s^-2.2 below 60% of it (largest five ${sorted
      .slice(0, 5)
      .map((s) => s.toLocaleString('en-US'))
      .join(
        ', ',
      )}; ${over100} stories of 100+ articles; ${singles.toLocaleString('en-US')} single reports); ${share(copies)} of articles are another outlet's copy (whole or cut at 60–90%) of a recent report of their story; publication order over nine years, each story's reports front-loaded over a span growing with its size; each story has its own invented cast, place, subject and topic words`,
  ];
}

type Rng = () => number;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

/** Syllables of invented names: every story gets its own people, places and topic words. */
const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'st',
  'tr',
  'sh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'v', 'nd', 'rt'];
const ROLES = [
  'Labour Minister',
  'Foreign Minister',
  'Interior Minister',
  'Ambassador',
  'Spokeswoman for the ministry',
  'Regional Governor',
  'Head of the migration service',
  'Senior economist',
  'Police chief',
  'Deputy Prime Minister',
  'Mayor',
  'Union leader',
  'Chief executive',
  'Health Minister',
];
const SUBJECTS = [
  'seasonal workers',
  'foreign students',
  'fishing vessels',
  'asylum applications',
  'registered companies',
  'construction workers',
  'temporary permits',
  'cargo flights',
  'evacuated residents',
  'hospital beds',
  'striking miners',
  'flood victims',
  'polling stations',
  'detained protesters',
  'border crossings',
  'displaced families',
];
const TOPICS = [
  'dam',
  'strike',
  'election',
  'flood',
  'sanctions',
  'pipeline',
  'ceasefire',
  'trial',
  'eruption',
  'port',
  'tariff',
  'outbreak',
  'summit',
  'mine',
  'bridge',
  'reform',
];
const OUTLETS = [
  'Coastline Press',
  'Northern Wire',
  'Meridian News',
  'Harbor Daily',
  'Continental Report',
  'Eastern Ledger',
  'Capital Herald',
  'Valley Times',
  'Pacific Dispatch',
  'Morning Courier',
];
const CUES = [
  'said',
  'told reporters',
  'said in a statement',
  'told a news conference',
  'wrote on social media',
];
const CHANGES = ['declined', 'risen', 'fallen', 'climbed', 'dropped'];
const VAGUE = ['dozens of', 'hundreds of', 'several thousand', 'almost all', 'a handful of', 'most'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const SHORT = 'Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');
const BACKGROUND = [
  'Officials did not respond to a request for comment.',
  'Critics have questioned whether the published figures can be verified.',
  'The issue is expected to come up again at next month’s talks.',
  'Independent observers were not allowed to visit the sites.',
  'The opposition called for an inquiry into how the numbers were collected.',
];

function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++)
    w += pick(rng, ONSETS) + pick(rng, VOWELS) + (i === syllables - 1 ? pick(rng, CODAS) : '');
  return w;
}
const proper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The people, places and words of one story. */
interface Cast {
  readonly people: readonly { readonly name: string; readonly role: string }[];
  readonly place: string;
  readonly country: string;
  readonly org: string;
  readonly subject: string;
  readonly topic: string;
  readonly keyword: string;
  readonly base: number;
}

function storyCast(story: number, seed: number): Cast {
  const rng = seededRandom(story * 2654435761 + seed * 97);
  const people = Array.from({ length: 2 + Math.floor(rng() * 3) }, () => ({
    name: `${proper(word(rng, 2))} ${proper(word(rng, 2 + Math.floor(rng() * 2)))}`,
    role: pick(rng, ROLES),
  }));
  return {
    people,
    place: proper(word(rng, 2 + Math.floor(rng() * 2))),
    country: `${proper(word(rng, 2))}ia`,
    org: `the ${proper(word(rng, 2))} ${pick(rng, ['Authority', 'Commission', 'Institute', 'Agency', 'Council'])}`,
    subject: pick(rng, SUBJECTS),
    topic: pick(rng, TOPICS),
    keyword: proper(word(rng, 2)),
    base: Math.round((500 + rng() * 60_000) / 100) * 100,
  };
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** One report of a story, written from templates over its cast; `n` seeds the choices. */
function writeArticle(n: number, cast: Cast, date: Date, seed: number): SyntheticArticle {
  const rng = seededRandom(n * 2246822519 + seed);
  const outlet = pick(rng, OUTLETS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const figure = () => Math.round((cast.base * (0.5 + rng())) / 100) * 100;
  const person = () => pick(rng, cast.people);
  const said = () => {
    const p = person();
    return `${p.role} ${p.name}`;
  };
  const past = () => `${pick(rng, MONTHS)} ${year - (rng() < 0.5 ? 1 : 0)}`;
  const topic = `${cast.keyword} ${cast.topic}`;
  const sentences: (() => string)[] = [
    () =>
      `${said()} ${pick(rng, CUES)} on ${pick(rng, WEEKDAYS)} that the number of ${cast.subject} in ${cast.place} had ${pick(rng, CHANGES)} from ${fmt(figure())} to about ${fmt(figure())}.`,
    () =>
      `According to ${cast.org}, ${fmt(figure())} ${cast.subject} were registered in ${cast.country} in ${past()}.`,
    () => {
      const p = person();
      return `${p.name}, ${p.role.toLowerCase()}, said the government planned to ${rng() < 0.5 ? 'reduce' : 'double'} the number of ${cast.subject} by the end of ${year + 1}.`;
    },
    () =>
      `"We expect ${pick(rng, VAGUE)} ${cast.subject} to be affected by the ${topic}," ${person().name.split(' ')[1] ?? ''} said, adding that talks in ${cast.place} would resume on ${SHORT[(month + 1) % 12]} ${1 + Math.floor(rng() * 28)}.`,
    () =>
      `${outlet} reported that ${pick(rng, VAGUE)} ${cast.subject} had left ${cast.place} since ${pick(rng, MONTHS)} ${year - 1}, citing ${cast.org}.`,
    () =>
      `In ${past()}, ${cast.org} put the figure at ${fmt(figure())}, up ${Math.round(rng() * 40)} percent from a year earlier.`,
    () =>
      `The ${topic} in ${cast.country} has drawn protests in ${cast.place}, where ${person().name} met residents on ${pick(rng, WEEKDAYS)}.`,
    () => pick(rng, BACKGROUND),
  ];
  const paragraphs: string[] = [];
  const count = 5 + Math.floor(rng() * 5);
  for (let p = 0; p < count; p++) {
    const size = 2 + Math.floor(rng() * 3);
    paragraphs.push(Array.from({ length: size }, () => pick(rng, sentences)()).join(' '));
  }
  paragraphs[0] = `${cast.place.toUpperCase()}, ${SHORT[month]} ${date.getUTCDate()} (${outlet}) -- ${paragraphs[0] ?? ''}`;
  paragraphs.push(`(Reference ${n}.)`);
  return {
    title: `${cast.keyword} ${cast.topic}: ${cast.country} ${rng() < 0.5 ? 'counts' : 'reviews'} ${cast.subject} in ${cast.place}`,
    outlet,
    published: iso(date),
    url: `https://news.example/${year}/${n}`,
    text: paragraphs.join('\n\n'),
  };
}

/** Another outlet's copy of a report: its text under another dateline, whole or cut. */
function copied(original: SyntheticArticle, n: number, date: Date, seed: number): SyntheticArticle {
  const rng = seededRandom(n * 3266489917 + seed);
  const outlet = pick(
    rng,
    OUTLETS.filter((o) => o !== original.outlet),
  );
  const body = original.text.replace(/\(Reference \d+\.\)$/, `(Reference ${n}.)`);
  const cut = rng() < 0.5 ? body : body.slice(0, Math.floor(body.length * (0.6 + 0.3 * rng())));
  const text = cut.replace(/\(([^)]+)\) -- /, `(${outlet}) -- `);
  return {
    title: original.title,
    outlet,
    published: iso(date),
    url: `https://copy.example/${date.getUTCFullYear()}/${n}`,
    text: text.includes(`(Reference ${n}.)`) ? text : `${text}\n\n(Reference ${n}.)`,
  };
}
