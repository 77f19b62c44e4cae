import type { Article, ArticleInput } from '../../src/model/index.js';
import { normalise } from '../../src/stages/normalise/index.js';

/** An input made from plain text, as the text reader would make it. */
export function textInput(body: string, source = 'test.txt'): ArticleInput {
  return { kind: 'input', source, format: 'text', bodyFormat: 'text', body, meta: {}, messages: [] };
}

/** A normalised article from plain text, ready for the analysis stages. */
export function textArticle(body: string, source = 'test.txt'): Article {
  return normalise({})(textInput(body, source));
}

/**
 * An article with an id, a publication day (null: undated) and a text, and no layers: for tests
 * that add the layers they read (times, claims).
 */
export function bareArticle(id: string, published: string | null, text: string): Article {
  return {
    kind: 'article',
    id,
    source: `${id}.txt`,
    format: 'text',
    url: null,
    title: null,
    outlet: { name: `Outlet ${id}`, how: 'text', evidence: '' },
    language: { code: 'en', confidence: 1, how: 'default' },
    published: published
      ? { value: published, precision: 'day', how: 'meta', evidence: '', rule: 'test' }
      : { value: null, precision: null, how: 'unknown', evidence: '', rule: 'test' },
    dateline: null,
    text,
    blocks: [],
    messages: [],
  };
}
