import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCat } from '../datasets/cat.js';
import type { CatDocument } from '../datasets/cat.js';
import type { Article, Span } from '../../src/model/index.js';
import type { TypedSpan } from './score.js';

/** The MEANTIME entity types we score, and ours that map to each. */
export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;
const OURS: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  outlet: 'ORG',
  place: 'LOC',
};

/** The documents of some MEANTIME sub-corpora (intra-document annotation). */
export function meantimeDocs(root: string, corpora: readonly string[]): CatDocument[] {
  const base = join(root, 'meantime_newsreader_english_oct15', 'intra-doc_annotation');
  return corpora.flatMap((c) =>
    readdirSync(join(base, c))
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => readCat(join(base, c, f))),
  );
}

/**
 * Gold entity mentions of one document with the given syntactic types (NAM, NOM, PRO, APP...):
 * each mention's type is the `ent_type` of the ENTITY instance it REFERS_TO; mentions without
 * such a link, or of other types (PRO = product, FIN, MIX), are not scored.
 *
 * @example goldMentions(doc, ['NAM']) // [{ doc: '101354', type: 'ORG', span }]
 */
export function goldMentions(doc: CatDocument, syntactic: readonly string[]): TypedSpan[] {
  const byId = new Map(doc.markables.map((m) => [m.id, m]));
  const refers = new Map<string, string>();
  for (const r of doc.relations)
    if (r.tag === 'REFERS_TO') for (const s of r.sources) refers.set(s, r.targets[0] ?? '');
  const out: TypedSpan[] = [];
  for (const m of doc.markables) {
    if (m.tag !== 'ENTITY_MENTION' || !m.span || !syntactic.includes(m.attrs['syntactic_type'] ?? ''))
      continue;
    const type = byId.get(refers.get(m.id) ?? '')?.attrs['ent_type'] ?? '';
    if ((SCORED_TYPES as readonly string[]).includes(type)) out.push({ doc: doc.id, type, span: m.span });
  }
  return out;
}

/**
 * The stretch of text MEANTIME annotated: only the first sentences of each article (the title and
 * about five more) carry markables. Predictions beyond it are not scored.
 */
export function annotatedEnd(doc: CatDocument): number {
  const sentenceOf = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
  let last = -1;
  for (const m of doc.markables) for (const id of m.tokens) last = Math.max(last, sentenceOf.get(id) ?? -1);
  const tokens = doc.tokens.filter((t) => t.sentence <= last);
  return tokens[tokens.length - 1]?.span.end ?? 0;
}

/** Our named mentions (form 'name') in the annotated stretch, mapped to MEANTIME's types, each over its whole noun phrase (`extent`) where it has one. */
export function predictedMentions(doc: CatDocument, article: Article): TypedSpan[] {
  const end = annotatedEnd(doc);
  return (article.mentions ?? []).flatMap((m) => {
    const type = OURS[m.type];
    return m.form === 'name' && type && m.span.end <= end
      ? [{ doc: doc.id, type, span: possessorSpan(doc.text, m.extent ?? m.span) }]
      : [];
  });
}

/**
 * MEANTIME's convention for a possessor: the name without the article before it ("the «Apple»'s
 * sales" in corpus_apple), where GUM and our mentions keep "the" with the name it determines.
 */
function possessorSpan(text: string, span: Span): Span {
  if (!/^['’]s?(?![\p{L}\d])/u.test(text.slice(span.end, span.end + 3))) return span;
  const the = /^the\s+/i.exec(text.slice(span.start, span.end));
  return the && span.start + the[0].length < span.end
    ? { start: span.start + the[0].length, end: span.end }
    : span;
}
