import { describe, expect, it } from 'vitest';
import { parseCat } from '../../datasets/cat.js';
import { createPipeline } from '../../../src/pipeline/order.js';
import { analyseCat, isoDct } from './document.js';
import { buildTimeline } from './build-timeline.js';
import { nameForms } from './target-names.js';
import { TUNED } from './index.js';

/** A CAT document of our own: headline, date line, then body sentences, with its DCT. */
function cat(id: string, dct: string, sentences: string[][]): string {
  let t = 0;
  const tokens = sentences
    .flatMap((words, s) =>
      words.map((w) => `<token number="${t}" sentence="${s}" t_id="${++t}">${w}</token>`),
    )
    .join('\n');
  return `<Document doc_id="${id}" doc_name="${id}_test">\n${tokens}\n<Markables>\n<TIMEX3 m_id="1" functionInDocument="CREATION_TIME" type="DATE" value="${dct}"/>\n</Markables>\n</Document>`;
}

const pipeline = createPipeline();
const DOC = parseCat(
  cat('501', '2012-09-14', [
    ['Kestrel', 'Air', 'cuts', 'routes'],
    ['September', '14', ',', '2012'],
    ['Kestrel', 'Air', 'cancelled', 'four', 'routes', 'on', 'Tuesday', '.'],
    ['It', 'opened', 'its', 'first', 'route', 'in', '1998', '.'],
    ['Rivals', 'welcomed', 'the', 'news', 'and', 'added', 'flights', '.'],
  ]),
);

describe('buildTimeline', () => {
  const doc = analyseCat(DOC, pipeline);
  const timeline = buildTimeline('Kestrel Air', nameForms('Kestrel Air', []), [doc], TUNED);

  it('uses the CAT sentence numbers and token texts for event ids', () => {
    const ids = timeline.rows.flatMap((r) => r.events);
    expect(ids).toContain('501-2-cancelled');
    expect(ids).toContain('501-0-cuts');
  });

  it('takes a continuing sentence ("It ...") and leaves out sentences about others', () => {
    const ids = timeline.rows.flatMap((r) => r.events);
    expect(ids).toContain('501-3-opened');
    expect(ids).not.toContain('501-4-welcomed');
  });

  it('orders lines by anchor, the coarser year first, with DCT and weekday anchors', () => {
    const line = (id: string) => timeline.rows.find((r) => r.events.includes(id));
    expect(line('501-3-opened')).toMatchObject({ anchor: '1998' });
    expect(line('501-2-cancelled')).toMatchObject({ anchor: '2012-09-11' });
    expect(line('501-3-opened')?.ordinal).toBeLessThan(line('501-2-cancelled')?.ordinal ?? 0);
  });
});

describe('isoDct', () => {
  it.each([
    ['2009-06-01', '2009-06-01'],
    ['2009-06-01T10:00', '2009-06-01'],
    ['03-02-2009', '2009-02-03'],
    ['', null],
    ['XXXX-XX-XX', null],
  ])('%j → %j', (value, expected) => {
    expect(isoDct(value)).toBe(expected);
  });
});
