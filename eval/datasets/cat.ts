import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Span } from '../../src/model/index.js';

/**
 * A document in the CAT XML format used by MEANTIME, ECB+ and SemEval-2015 Task 4: tokens, then
 * markables (mentions with token anchors, and instances without), then relations. We rebuild a
 * plain text from the tokens so that our pipeline can read it, and give every token its span in
 * that text; markables get the span from their first to their last token.
 */
export interface CatDocument {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly text: string;
  readonly tokens: readonly CatToken[];
  readonly markables: readonly CatMarkable[];
  readonly relations: readonly CatRelation[];
  /** The document creation time (TIMEX3 with functionInDocument CREATION_TIME), when there is one. */
  readonly dct: string | null;
}

export interface CatToken {
  readonly id: string;
  readonly sentence: number;
  readonly number: number;
  readonly text: string;
  readonly span: Span;
}

export interface CatMarkable {
  readonly tag: string;
  readonly id: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Token ids, in order; empty for instances (ENTITY, EVENT) and implicit timexes. */
  readonly tokens: readonly string[];
  /** From the first to the last anchored token; null when there is no anchor. */
  readonly span: Span | null;
}

export interface CatRelation {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  "''",
  '%',
  "'s",
  "'",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '``', '$']);

/** Reads one CAT XML file. */
export function readCat(path: string): CatDocument {
  return parseCat(readFileSync(path, 'utf8'));
}

/** Parses CAT XML text (see {@link readCat}). */
export function parseCat(xml: string): CatDocument {
  const root = (parser.parse(xml) as { Document: Node[] }).Document[0] ?? {};
  const attr = (n: Node, k: string) => (typeof n[k] === 'string' ? (n[k] as string) : '');
  const rawTokens = (root['token'] as Node[] | undefined) ?? [];
  const tokens: CatToken[] = [];
  let text = '';
  let prevSentence = -1;
  let prev = '';
  for (const t of rawTokens) {
    const sentence = Number(attr(t, 'sentence'));
    const rawValue = textOf(t['#text']);
    const value = rawValue.replace(/``|''/g, '"');
    if (text.length > 0) {
      if (sentence !== prevSentence) text += sentence <= 2 ? '\n\n' : ' ';
      else if (!NO_SPACE_BEFORE.has(rawValue) && !NO_SPACE_AFTER.has(prev)) text += ' ';
    }
    const start = text.length;
    text += value;
    tokens.push({
      id: attr(t, 't_id'),
      sentence,
      number: Number(attr(t, 'number')),
      text: value,
      span: { start, end: text.length },
    });
    prevSentence = sentence;
    prev = rawValue;
  }
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const markables: CatMarkable[] = [];
  for (const group of (root['Markables'] as Node[] | undefined) ?? []) {
    for (const [tag, nodes] of Object.entries(group)) {
      if (!Array.isArray(nodes)) continue;
      for (const n of nodes as Node[]) {
        const ids = ((n['token_anchor'] as Node[] | undefined) ?? []).map((a) => attr(a, 't_id'));
        const anchored = ids.map((id) => byId.get(id)).filter((t): t is CatToken => t !== undefined);
        const first = anchored[0];
        const last = anchored[anchored.length - 1];
        markables.push({
          tag,
          id: attr(n, 'm_id'),
          attrs: attributes(n),
          tokens: ids,
          span: first && last ? { start: first.span.start, end: last.span.end } : null,
        });
      }
    }
  }
  const relations: CatRelation[] = [];
  for (const group of (root['Relations'] as Node[] | undefined) ?? []) {
    for (const [tag, nodes] of Object.entries(group)) {
      if (!Array.isArray(nodes)) continue;
      for (const n of nodes as Node[]) {
        relations.push({
          tag,
          attrs: attributes(n),
          sources: ((n['source'] as Node[] | undefined) ?? []).map((s) => attr(s, 'm_id')),
          targets: ((n['target'] as Node[] | undefined) ?? []).map((s) => attr(s, 'm_id')),
        });
      }
    }
  }
  const dct = markables.find((m) => m.tag === 'TIMEX3' && m.attrs['functionInDocument'] === 'CREATION_TIME');
  return {
    id: attr(root, 'doc_id'),
    name: attr(root, 'doc_name'),
    url: attr(root, 'url'),
    text,
    tokens,
    markables,
    relations,
    dct: dct?.attrs['value'] ?? null,
  };
}

function attributes(n: Node): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(n)) if (typeof v === 'string' && k !== '#text') out[k] = v;
  return out;
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return textOf(v[0]);
  return '';
}
