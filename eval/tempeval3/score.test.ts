import { describe, expect, it } from 'vitest';
import { emptyCounts, figures, scoreDocument } from './score.js';
import { readTml } from './tml.js';

const t = (start: number, end: number, value: string, type = 'DATE') => ({
  span: { start, end },
  type,
  value,
});

describe('TempEval-3 timex scoring', () => {
  it('counts strict, relaxed, type and value matches one to one', () => {
    const counts = emptyCounts();
    const gold = [t(0, 9, '2013-W12'), t(20, 27, 'P1M', 'DURATION'), t(40, 46, '2013-03-22')];
    const system = [
      t(0, 9, '2013-W12'),
      t(22, 27, 'P1M', 'DURATION'),
      t(22, 27, 'P2M', 'DURATION'),
      t(60, 64, '2012'),
    ];
    scoreDocument(gold, system, counts);
    expect(counts).toEqual({ gold: 3, system: 4, strict: 1, relaxed: 2, type: 2, value: 2 });
  });

  it('computes attribute F1 as relaxed F1 times attribute accuracy', () => {
    const f = figures({ gold: 10, system: 8, strict: 6, relaxed: 8, type: 8, value: 6 });
    expect(f.relaxed.precision).toBe(100);
    expect(f.relaxed.recall).toBe(80);
    expect(f.valueAccuracy).toBe(75);
    expect(f.valueF1).toBeCloseTo((100 * 2 * 6) / (10 + 8), 10);
    expect(f.typeF1).toBeCloseTo(f.relaxed.f1, 10);
  });
});

describe('TimeML reading', () => {
  it('keeps exact offsets of the TEXT with tags removed and entities decoded', () => {
    const xml =
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22</TIMEX3></DCT>' +
      '<TEXT>\nIt <EVENT eid="e1">rained</EVENT> &quot;hard&quot; on <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>' +
      ' for <TIMEX3 tid="t2" type="DURATION" value="P2D" mod="MORE_THAN">two days</TIMEX3>.</TEXT></TimeML>';
    const doc = readTml(xml, 'x');
    expect(doc.dct).toBe('2013-03-22');
    expect(doc.text).toBe('It rained "hard" on Thursday for two days.');
    expect(
      doc.timexes.map((x) => [x.text, x.value, doc.text.slice(x.span.start, x.span.end), x.mod]),
    ).toEqual([
      ['Thursday', '2013-03-21', 'Thursday', undefined],
      ['two days', 'P2D', 'two days', 'MORE_THAN'],
    ]);
  });
});
