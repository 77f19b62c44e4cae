import type { Span } from '../../src/model/index.js';

/** A TIMEX3 of a TimeML document, with its span in the plain text of `<TEXT>`. */
export interface GoldTimex {
  readonly tid: string;
  readonly type: string;
  readonly value: string;
  readonly mod?: string;
  readonly text: string;
  readonly span: Span;
}

/** A TimeML (.tml) document: its creation time, the plain text of `<TEXT>` and the timexes in it. */
export interface TmlDocument {
  readonly id: string;
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const decode = (s: string) => s.replace(/&(quot|amp|lt|gt|apos);/g, (_, e: string) => ENTITIES[e] ?? '');

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', decode(m[2] ?? '')]));

/**
 * Reads a TimeML document with inline tags, keeping exact offsets: the text of `<TEXT>` with every
 * tag removed (the leading newline after `<TEXT>` dropped, as the TempEval-3 scorer does), and each
 * TIMEX3 inside it as a span of that text. Works for gold files and for the `.TE3input` files.
 *
 * @example readTml('<TimeML><DCT><TIMEX3 tid="t0" value="2013-03-22">…</TIMEX3></DCT><TEXT>\nOn <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>.</TEXT></TimeML>')
 */
export function readTml(xml: string, id = ''): TmlDocument {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? (attrs(dctTag[1] ?? '')['value'] ?? null) : null;
  const body = /<TEXT>\n?([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const open: { tid: string; attrs: Record<string, string>; start: number }[] = [];
  const timexes: GoldTimex[] = [];
  const tag = /<(\/?)(\w+)([^>]*?)\/?>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      const a = attrs(m[3] ?? '');
      open.push({ tid: a['tid'] ?? '', attrs: a, start: text.length });
    } else {
      const o = open.pop();
      if (!o) continue;
      const span = { start: o.start, end: text.length };
      const mod = o.attrs['mod'];
      timexes.push({
        tid: o.tid,
        type: o.attrs['type'] ?? '',
        value: o.attrs['value'] ?? '',
        text: text.slice(span.start, span.end),
        span,
        ...(mod ? { mod } : {}),
      });
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}
