import type { MetaField } from '../../model/index.js';

/**
 * The documented mapping from JSON keys to article fields (docs/formats.md). Keys are compared
 * without regard to case, `_` or `-`; the first key present with a usable value wins.
 */
export const JSON_FIELDS: Readonly<
  Record<Exclude<MetaField, 'pageDate' | 'revised'> | 'text' | 'html', readonly string[]>
> = {
  title: ['title', 'headline'],
  text: [
    'text',
    'body',
    'content',
    'articleBody',
    'content_text',
    'article',
    'maintext',
    'description',
    'summary',
  ],
  html: ['html', 'content_html', 'body_html', 'raw_html', 'rawHtml'],
  published: [
    'published',
    'date',
    'datePublished',
    'publishedAt',
    'published_at',
    'date_published',
    'pubDate',
    'date_publish',
    'publication_date',
    'created_at',
  ],
  url: ['url', 'link', 'href', 'uri', 'canonical_url'],
  outlet: ['outlet', 'source', 'site', 'publisher', 'siteName', 'site_name', 'source_name', 'source_domain'],
  language: ['language', 'lang', 'locale', 'inLanguage'],
  byline: ['author', 'byline', 'authors', 'creator'],
};

/** Keys whose value may be a list of articles, for containers such as `{ "articles": [...] }`. */
export const ARTICLE_LISTS: readonly string[] = [
  'articles',
  'items',
  'data',
  'results',
  'entries',
  'documents',
];
