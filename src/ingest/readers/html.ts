import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../../model/index.js';
import { failedInput, ingestMessage } from '../failed.js';
import { parseDocument } from '../html/dom.js';
import { cleanArticle, cleanPage } from '../html/clean.js';
import { flattenDeep } from '../html/flatten.js';
import { pageMeta } from '../html/meta.js';

/** Below this many characters of main text, Readability's answer is not an article. */
const MIN_ARTICLE_CHARS = 80;

/**
 * Reads a web page: its metadata from the page (see `pageMeta`), its main text with Mozilla's
 * Readability over linkedom. The body stays HTML (paragraphs, captions, headings) for the
 * normaliser. A page with no article (a front page, a search page, a page built by script) is
 * fatal, unless its JSON-LD carries the article body.
 *
 * @example readHtml('page.html', '<html>...</html>', 'https://www.upi.com/...')
 */
export function readHtml(source: string, html: string, url?: string): ArticleInput {
  const doc = parseDocument(html);
  flattenDeep(doc);
  const { articleBody, ...meta } = pageMeta(doc, url);
  cleanPage(doc);
  const article = parseArticle(doc);
  const text = article?.textContent?.trim() ?? '';
  const filled = {
    ...meta,
    ...(meta.title || !article?.title ? {} : { title: article.title }),
    ...(meta.outlet || !article?.siteName ? {} : { outlet: article.siteName }),
    ...(meta.byline || !article?.byline ? {} : { byline: article.byline }),
    ...(meta.language || !article?.lang ? {} : { language: article.lang }),
  };
  if (article?.content && text.length >= MIN_ARTICLE_CHARS) {
    return {
      kind: 'input',
      source,
      format: 'html',
      bodyFormat: 'html',
      body: cleanedContent(article.content),
      meta: filled,
      messages: [],
    };
  }
  if (articleBody && articleBody.length >= MIN_ARTICLE_CHARS) {
    const note = ingestMessage(
      'info',
      source,
      'json-ld-body',
      'Readability found no main text; the article text is taken from the JSON-LD articleBody',
    );
    return {
      kind: 'input',
      source,
      format: 'html',
      bodyFormat: 'text',
      body: articleBody,
      meta: filled,
      messages: [note],
    };
  }
  const found = text.length > 0 ? `only ${text.length} characters of text` : 'no main text';
  return failedInput(
    source,
    'no-article',
    `HTML page with no article: Readability found ${found} (a front page, a search page, or a page built by script?)`,
    'html',
  );
}

/** Readability's article without the link-only paragraphs and furniture lines it kept. */
function cleanedContent(content: string): string {
  const doc = parseDocument(content);
  if (cleanArticle(doc) === 0 || !doc.body) return content;
  return (doc.body as unknown as { innerHTML: string }).innerHTML;
}

/** Readability can throw on odd markup; that is treated as "no article". */
function parseArticle(doc: ReturnType<typeof parseDocument>): ReturnType<Readability['parse']> {
  try {
    return new Readability(doc).parse();
  } catch {
    return null;
  }
}
