import { join } from 'node:path';
import type { Article, Mention, Span } from '../../src/model/index.js';
import type { TypedSpan } from '../meantime/score.js';
import { readGum } from './read.js';
import type { GumDocument } from './read.js';

/** GUM's official splits for the two Wikinews genres (from `splits.md`). */
export const GUM_SPLITS = {
  dev: ['GUM_news_homeopathic', 'GUM_news_iodine', 'GUM_interview_cyclone', 'GUM_interview_gaming'],
  test: ['GUM_news_nasa', 'GUM_news_sensitive', 'GUM_interview_hill', 'GUM_interview_libertarian'],
} as const;

const TYPES: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const OURS: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  outlet: 'ORG',
  place: 'LOC',
};

/** Reads GUM documents by id from the staged `dep/` folder. */
export function gumDocs(root: string, ids: readonly string[]): GumDocument[] {
  return ids.map((id) => readGum(join(root, 'dep', `${id}.conllu`)));
}

/**
 * GUM's named entities, CoNLL-style: person, organization and place mentions (→ PER, ORG, LOC)
 * whose head word is a proper noun (UPOS PROPN). Pronouns and common-noun mentions ("the
 * agency") are left out even when linked to a named entity.
 *
 * @example goldNamed(doc) // [{ doc: 'GUM_news_nasa', type: 'ORG', span }]
 */
export function goldNamed(doc: GumDocument): TypedSpan[] {
  return doc.mentions.flatMap((m) => {
    const type = TYPES[m.type];
    return type && doc.words[m.head]?.upos === 'PROPN' ? [{ doc: doc.id, type, span: m.span }] : [];
  });
}

/**
 * Our named mentions (form 'name') mapped to the same types, each over its whole noun phrase
 * (`extent`) where it has one, put in GUM's span convention: a mention takes in a possessive
 * ending after it ("NASA's", "Thomas'": GUM marks the possessor phrase with its clitic) and a
 * person the role written just before the name ("NASA Administrator Charles Bolden": GUM marks
 * the whole noun phrase).
 */
export function predictedNamed(doc: GumDocument, article: Article): TypedSpan[] {
  return (article.mentions ?? []).flatMap((m) => {
    const type = OURS[m.type];
    return m.form === 'name' && type ? [{ doc: doc.id, type, span: gumSpan(doc.text, m) }] : [];
  });
}

function gumSpan(text: string, m: Mention): Span {
  let { start, end } = m.extent ?? m.span;
  const role = m.role?.span;
  if (m.type === 'person' && role && role.start < start && /^\s*$/.test(text.slice(role.end, start)))
    start = /\bthe\s+$/i.test(text.slice(Math.max(0, role.start - 4), role.start))
      ? text.lastIndexOf('the', role.start)
      : role.start;
  const possessive = /^['’]s?(?![\p{L}\d])/u.exec(text.slice(end, end + 3));
  if (possessive) end += possessive[0].length;
  return { start, end };
}
