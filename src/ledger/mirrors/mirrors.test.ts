import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import type { Article } from '../../model/index.js';
import { compareMirrors } from './compare.js';
import { createMirrorDetector } from './detect.js';
import { independentSources, mirrorGroupOf } from './groups.js';
import { INDEX_BACKENDS } from '../../../test/helpers/ledger-indexes.js';
import { mirrorSignature } from './signature.js';
import { sharedLexicon } from '../../../test/helpers/lexicon.js';
import { ledgerWords } from '../common/ledger-words.js';

const words = ledgerWords(sharedLexicon);

// An invented wire story, long enough for the fingerprint rules (about 150 words).
const STORY = `Jan. 9 (Wire) -- The port authority of Carvella says it has turned back 4,312 containers of
scrap metal since the export ban took effect in March, according to a statement released on Thursday.
Harbour director Ilse Marrow told reporters the ban complies with the regional trade accord and that
inspections would continue through the end of the year. Exporters have complained that the rules were
announced with little warning, leaving ships waiting at anchor for weeks while their cargo was checked.
The ministry of industry estimated last month that 17,850 tonnes of scrap had been stockpiled at the
three northern terminals, most of it owned by small family firms. Marrow said the authority would
publish a full count of returned cargo in its quarterly report, and that fines collected so far
amounted to 2.6 million crowns. Union leaders plan to meet ministry officials next week.`;

// Page furniture a scraped copy may carry after the story: a list of related headlines.
const RELATED = [
  'Ferry strike ends after four days',
  'Interest rates rise again in the capital',
  'New stadium plans go to a public vote',
  'Storm warning for the northern coast',
  'Museum reopens its east wing',
  'City council debates bus fares',
  'Farmers expect a record harvest',
  'Court rules on fishing quotas',
  'Rail line to close for repairs in spring',
  'School year to start a week later',
  'Local team wins the regional cup',
  'Bridge tolls frozen for another year',
].join('\n');

const article = (text: string, id: string): Article => textArticle(text, `${id}.txt`);
const sig = (text: string, seq = 0) => mirrorSignature(article(text, `a${seq}`), seq, words);

describe('compareMirrors', () => {
  it.each([
    [
      'the same text with page markup and a share line',
      `${STORY}\n<br />Share this article<br />`,
      'same-text',
    ],
    ['a copy truncated after two thirds', STORY.slice(0, Math.floor(STORY.length * 0.66)), 'contained'],
    [
      'a copy with a headline, a caption and related links around it',
      `Scrap exports stall\n\nPhoto: a crane at the docks.\n\n${STORY}\n\nMore news\n${RELATED}`,
      'contained',
    ],
    [
      'the same story with light edits of spelling and abbreviations',
      STORY.replace('Harbour', 'Harbor').replace('(Wire) --', '(Wire) —').replace('next week', 'on Monday'),
      'same-text',
    ],
  ])('%s', (_what, copy, rule) => {
    expect(compareMirrors(sig(STORY, 1), sig(copy, 2))?.rule).toBe(rule);
  });

  it('links a re-worded copy that keeps the figures and the length', () => {
    const reworded = `Jan. 9 (Wire) - Carvella's port authority said it had sent back 4,312 containers holding scrap
metal since the export ban began in March, a statement issued Thursday said. Harbour director Ilse Marrow
told journalists that the ban complied with the regional trade accord and that checks will go on until
year end. Exporters complained the rules came with little notice, so ships waited at anchor for weeks as
their cargo got inspected. Last month the industry ministry estimated 17,850 tonnes of scrap were piled up
at the three northern terminals, mostly owned by small family companies. The authority will release a full
count of cargo returned in its quarterly report, Marrow said, adding that fines so far came to 2.6 million
crowns. Leaders of the union intend to meet officials of the ministry next week.`;
    expect(compareMirrors(sig(STORY, 1), sig(reworded, 2))).toMatchObject({ rule: 'reworded' });
  });

  it('links a translation only by the same distinctive figures', () => {
    const german = `Die Hafenbehörde von Carvella hat seit März 4.312 Container mit Schrott zurückgewiesen.
Nach Schätzung des Ministeriums lagern 17.850 Tonnen an drei Terminals; die Strafen betragen 2,6 Millionen.`;
    const english = `Carvella's port turned back 4,312 containers of scrap; 17,850 tonnes are stockpiled and fines
reached 2.6 million.`;
    // Normalise tells German from English: a translation between them keeps the figures.
    expect(compareMirrors(sig(german, 1), sig(english, 2))).toMatchObject({ rule: 'translation-figures' });
    // With no language detected, the script decides: same script, not a translation.
    const unknown = (text: string, seq: number) => ({ ...sig(text, seq), language: null });
    expect(compareMirrors(unknown(german, 1), unknown(english, 2))).toBeNull();
    const russian = `Портовые власти Карвеллы вернули 4 312 контейнеров с ломом; на трёх терминалах лежат 17 850 тонн,
а штрафы составили 2,6 миллиона.`;
    expect(compareMirrors(sig(russian, 1), sig(english, 2))).toMatchObject({ rule: 'translation-figures' });
  });

  it.each([
    [
      'an independent report of the same event (shared figures, other words and length)',
      `Scrap dealers in Carvella protested on Friday outside the port, where 4,312 containers have been
refused since March. "We were given no time," said one exporter, who asked not to be named. Dealers say
17,850 tonnes are now stuck at the northern terminals and that 2.6 million crowns in fines is more than
many small firms earn in a year. The ministry did not reply to questions.`,
    ],
    [
      'a different story from the same outlet',
      `Jan. 10 (Wire) -- The ferry operators of Carvella say they will resume sailings to the outer islands
on Saturday after a four-day strike over pay, according to a statement released on Friday. The crews'
union said its members had accepted a raise of 6 percent over two years and a new rota for winter
crossings. Passengers stranded on the islands will be carried first, the operators said, and extra
boats will run until the backlog is cleared. Tourism officials had warned that the strike was costing
hotels on the islands 120,000 crowns a day in cancelled bookings.`,
    ],
    ['a short brief that shares one sentence', 'Union leaders plan to meet ministry officials next week.'],
  ])('does not link %s', (_what, other) => {
    expect(compareMirrors(sig(STORY, 1), sig(other, 2))).toBeNull();
  });
});

describe.each(INDEX_BACKENDS)('createMirrorDetector ($name index)', ({ open }) => {
  it('links every copy to the first stored original and maps each to its group', () => {
    const index = open().mirrors;
    const detect = createMirrorDetector(index);
    const original = article(STORY, 'orig');
    const copy = article(`${STORY}\nShare on social media`, 'copy');
    const truncated = article(STORY.slice(0, 700), 'trunc');
    const other = article(
      'A different story about ferries, fares and a strike at the southern docks.',
      'other',
    );
    const outcomes = [original, copy, truncated, other].map((a, i) =>
      detect.add(mirrorSignature(a, i, words)),
    );
    expect(outcomes.map((o) => o.link?.mirrorOf ?? null)).toEqual([null, original.id, original.id, null]);
    expect(mirrorGroupOf(index, truncated.id)).toBe(original.id);
    expect(independentSources(index, [original.id, copy.id, truncated.id, other.id])).toBe(2);
    expect(detect.add(mirrorSignature(copy, 9, words)).duplicate).toBe(true);
  });

  it('makes an earlier-dated copy the original and re-points the group', () => {
    const index = open().mirrors;
    const detect = createMirrorDetector(index);
    const late = article(` date 2020-01-20 ${STORY}`, 'late');
    const later = article(` date 2020-01-21 ${STORY}\nRelated: ferry strike`, 'later');
    // Truncated: the date header is metadata, so the full text would be the same article (one id).
    const early = article(` date 2020-01-09 ${STORY.slice(0, 700)}`, 'early');
    detect.add(mirrorSignature(late, 0, words));
    detect.add(mirrorSignature(later, 1, words));
    const outcome = detect.add(mirrorSignature(early, 2, words));
    expect(outcome.link).toBeNull();
    expect(outcome.relinked.map((l) => [l.article, l.mirrorOf]).sort()).toEqual(
      [
        [late.id, early.id],
        [later.id, early.id],
      ].sort(),
    );
    expect(mirrorGroupOf(index, later.id)).toBe(early.id);
  });
});
