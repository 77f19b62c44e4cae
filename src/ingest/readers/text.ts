import type { ArticleInput } from '../../model/index.js';

/** Tags that, when several occur, show that a "text" file carries markup to be read as HTML. */
const MARKUP = /<br\s*\/?>|<\/?p[\s>]|<\/?div[\s>]|<\/?li[\s>]/gi;

/**
 * Reads plain text, as in the seed articles. Text scattered with `<br />` or `<p>` tags (as
 * copied from some pages) is passed on as an HTML fragment so that the tags become paragraph
 * breaks rather than words.
 *
 * @example readText('a.txt', 'Feb. 7 (UPI) -- Russia says...').bodyFormat // 'text'
 */
export function readText(source: string, text: string): ArticleInput {
  const tags = text.slice(0, 65536).match(MARKUP)?.length ?? 0;
  return {
    kind: 'input',
    source,
    format: 'text',
    bodyFormat: tags >= 2 ? 'html' : 'text',
    body: text,
    meta: {},
    messages: [],
  };
}
