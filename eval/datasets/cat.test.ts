import { describe, expect, it } from 'vitest';
import { parseCat } from './cat.js';

const XML = `<?xml version="1.0" ?><Document doc_id="7" doc_name="7_Test" lang="en" url="http://example.org/7">
<token number="0" sentence="0" t_id="1">Robots</token>
<token number="1" sentence="0" t_id="2">arrive</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="2" t_id="5">\`\`</token>
<token number="5" sentence="2" t_id="6">Hello</token>
<token number="6" sentence="2" t_id="7">''</token>
<token number="7" sentence="2" t_id="8">,</token>
<token number="8" sentence="2" t_id="9">Ann</token>
<token number="9" sentence="2" t_id="10">said</token>
<token number="10" sentence="2" t_id="11">.</token>
<Markables>
<ENTITY_MENTION m_id="20" syntactic_type="NAM"><token_anchor t_id="9"/></ENTITY_MENTION>
<TIMEX3 m_id="21" functionInDocument="CREATION_TIME" type="DATE" value="2001-05-02"/>
<ENTITY m_id="22" ent_type="PER" TAG_DESCRIPTOR="Ann"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="20"/><target m_id="22"/></REFERS_TO>
</Relations>
</Document>`;

describe('parseCat', () => {
  const doc = parseCat(XML);

  it('rebuilds a readable text with headline and date lines apart', () => {
    expect(doc.text).toBe('Robots arrive\n\nMay 2\n\n"Hello", Ann said.');
  });

  it('gives markables the span of their tokens', () => {
    const ann = doc.markables.find((m) => m.id === '20');
    expect(ann?.span && doc.text.slice(ann.span.start, ann.span.end)).toBe('Ann');
    expect(doc.markables.find((m) => m.id === '22')?.span).toBeNull();
  });

  it('reads relations, attributes and the creation time', () => {
    expect(doc.relations).toEqual([
      { tag: 'REFERS_TO', attrs: { r_id: '1' }, sources: ['20'], targets: ['22'] },
    ]);
    expect(doc.dct).toBe('2001-05-02');
    expect(doc.id).toBe('7');
  });
});
