import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline.js';
import { ledgerClaim } from '../../../test/helpers/ledger.js';

describe('buildTimeline', () => {
  const resolutionA = ledgerClaim({
    key: 'a/c1',
    text: 'In December 2017, the Security Council adopted Resolution 2397, following the launch of a missile.',
    refers: '2017-12',
    published: '2019-02-07',
    terms: ['security', 'council', 'adopt', 'resolution', '2397', 'follow', 'launch', 'missile'],
  });
  const resolutionB = ledgerClaim({
    key: 'b/c1',
    text: 'In 2017, the U.N. Security Council adopted Resolution 2397, which includes a ban on overseas labor.',
    refers: '2017',
    published: '2020-01-16',
    outlet: 'Reuters',
    terms: [
      'u.n.',
      'security',
      'council',
      'adopt',
      'resolution',
      '2397',
      'include',
      'ban',
      'overseas',
      'labor',
    ],
  });
  const figures = ledgerClaim({
    key: 'a/c2',
    text: 'a population of 34,000 workers had declined to about 11,000',
    speaker: 'Matsegora',
    refers: '2018-11',
    published: '2019-02-07',
  });
  const summit = ledgerClaim({
    key: 'a/c3',
    text: 'Trump is to meet with Kim in Vietnam',
    refers: '2019-02-27',
    modality: 'planned',
  });
  const undated = ledgerClaim({ key: 'a/c4', text: 'The status of workers is unclear', refers: null });
  const deadline = ledgerClaim({
    key: 'b/c2',
    text: 'a sanctions deadline passed',
    refers: '2019-12-22',
    outlet: 'Reuters',
  });

  const timeline = buildTimeline([undated, deadline, summit, figures, resolutionB, resolutionA]);

  it('orders entries by the time they refer to, undated last', () => {
    expect(timeline.map((e) => e.time?.value ?? null)).toEqual([
      '2017-12',
      '2018-11',
      '2019-02-27',
      '2019-12-22',
      null,
    ]);
  });

  it('merges one event reported by two articles, keeping the finer date and both sources', () => {
    const [first] = timeline;
    expect(first?.claims.map((c) => c.key)).toEqual(['a/c1', 'b/c1']);
    expect(first?.firstReported.key).toBe('a/c1');
    expect(first?.repeatedBy).toEqual(['Reuters']);
  });

  it('does not merge claims of one article or claims with incompatible times', () => {
    const sameArticle = ledgerClaim({
      key: 'a/c9',
      text: resolutionA.claim.text,
      refers: '2017-12',
      terms: resolutionA.terms,
    });
    const otherYear = ledgerClaim({
      key: 'c/c1',
      text: resolutionA.claim.text,
      refers: '2016',
      terms: resolutionA.terms,
    });
    const entries = buildTimeline([resolutionA, sameArticle, otherYear]);
    expect(entries.map((e) => e.claims.length)).toEqual([1, 1, 1]);
  });

  it('lets a claim with no known time join the entry of the statement it repeats, and no other', () => {
    const repeated = ledgerClaim({
      key: 'c/c1',
      text: resolutionA.claim.text,
      refers: null,
      outlet: 'Yonhap',
      terms: resolutionA.terms,
    });
    const vague = ledgerClaim({
      key: 'd/c1',
      text: 'the council met',
      refers: null,
      terms: ['council', 'meet'],
    });
    const entries = buildTimeline([repeated, vague, resolutionA, figures]);
    expect(entries.map((e) => [e.time?.value ?? null, e.claims.map((c) => c.key)])).toEqual([
      ['2017-12', ['a/c1', 'c/c1']],
      ['2018-11', ['a/c2']],
      [null, ['d/c1']],
    ]);
  });
});
