import type { Span } from '../../src/model/index.js';

/** One entity mention of GUM's `Entity=` annotation. */
export interface GumMention {
  /** Coreference group: mentions with the same group are one entity. */
  readonly group: string;
  /** person, organization, place, time, event, abstract, object, substance, animal, plant. */
  readonly type: string;
  readonly infstat: string;
  /** Wikipedia title for Wikified named entities. */
  readonly identity?: string;
  /** Word index range [first, end). */
  readonly words: { readonly first: number; readonly end: number };
  readonly span: Span;
  /** The word whose syntactic head lies outside the mention (its head word). */
  readonly head: number;
}

/** An inline XML element of GUM's `XML=` column over a word range: `<q>`, `<sp who>`, `<date when>`. */
export interface GumTag {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly words: { readonly first: number; readonly end: number };
  readonly span: Span;
}

interface WordLike {
  readonly head: number;
  readonly span: Span;
}

/**
 * Mentions from the `Entity=` values of each word's MISC column: "(1-organization-new-...-NASA)"
 * opens and closes, "(2-event-...-coref" opens, "2)" closes the last open mention of group 2.
 */
export function parseEntities(words: readonly WordLike[], miscs: readonly string[]): GumMention[] {
  const out: GumMention[] = [];
  const open: { group: string; fields: string[]; first: number }[] = [];
  const close = (k: number, i: number) => {
    const m = open.splice(k, 1)[0];
    if (!m) return;
    const [, type = '', infstat = '', , , , , ...identity] = m.fields;
    const first = m.first;
    const end = i + 1;
    let head = first;
    for (let w = first; w < end; w++) {
      const h = words[w]?.head ?? -1;
      if (h < first || h >= end) {
        head = w;
        break;
      }
    }
    out.push({
      group: m.group,
      type,
      infstat,
      ...(identity.length > 0 ? { identity: identity.join('-') } : {}),
      words: { first, end },
      span: { start: words[first]?.span.start ?? 0, end: words[i]?.span.end ?? 0 },
      head,
    });
  };
  miscs.forEach((misc, i) => {
    const value = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (!value) return;
    const re = /\(([^()]+?)(\)?)(?=\(|\d+\)|$)|(\d+)\)/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      if (m[1] !== undefined) {
        const fields = m[1].split('-');
        open.push({ group: fields[0] ?? '', fields, first: i });
        if (m[2] === ')') close(open.length - 1, i);
      } else {
        const k = open.map((o) => o.group).lastIndexOf(m[3] ?? '');
        if (k >= 0) close(k, i);
      }
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Elements from the `XML=` values: "<q>" opens before its word, "</q>" closes after its word. */
export function parseXml(words: readonly WordLike[], miscs: readonly string[]): GumTag[] {
  const out: GumTag[] = [];
  const open: { name: string; attrs: Record<string, string>; first: number }[] = [];
  miscs.forEach((misc, i) => {
    const value = /(?:^|\|)XML=([^|]*)/.exec(misc)?.[1];
    if (!value) return;
    for (const m of value.matchAll(/<(\/?)([\w-]+)([^>]*)>/g)) {
      const [, slash, name = '', rest = ''] = m;
      if (!slash) {
        const attrs: Record<string, string> = {};
        for (const a of rest.matchAll(/([\w-]+):::"([^"]*)"/g)) attrs[a[1] ?? ''] = a[2] ?? '';
        open.push({ name, attrs, first: i });
        continue;
      }
      const k = open.map((o) => o.name).lastIndexOf(name);
      const o = open.splice(k, 1)[0];
      if (k < 0 || !o) continue;
      const end = i + 1;
      out.push({
        name,
        attrs: o.attrs,
        words: { first: o.first, end },
        span: { start: words[o.first]?.span.start ?? 0, end: words[end - 1]?.span.end ?? 0 },
      });
    }
  });
  return out;
}
