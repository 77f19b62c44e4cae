import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleInput, InputMeta, MetaField } from '../../model/index.js';
import { failedInput } from '../failed.js';

type XmlNode = { readonly [key: string]: unknown };

const LISTS = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator']);

/** Each field of an item, and the elements that give it, best first (RSS 2.0, RSS 1.0, Atom). */
const ITEM_FIELDS: Readonly<
  Record<Exclude<MetaField, 'outlet' | 'pageDate' | 'revised'> | 'body', readonly string[]>
> = {
  title: ['title'],
  body: ['content:encoded', 'content', 'description', 'summary'],
  published: ['pubDate', 'dc:date', 'published', 'updated', 'dcterms:issued'],
  url: ['link', 'guid', 'id'],
  language: ['dc:language', '@_xml:lang'],
  byline: ['dc:creator', 'author'],
};

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed: one input per item or entry, named `file[i]`. The
 * channel's title is each item's outlet; `content:encoded`, `description` or `summary` may hold
 * HTML, which the normaliser turns into text.
 *
 * @example readFeed('news.xml', '<rss version="2.0"><channel>...</channel></rss>')
 */
export function readFeed(source: string, xml: string): ArticleInput[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return [
      failedInput(source, 'malformed-xml', `malformed XML: ${msg} (line ${line}, column ${col})`, 'feed'),
    ];
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  });
  const doc = parser.parse(xml) as XmlNode;
  const rss = child(doc, 'rss');
  const rdf = child(doc, 'rdf:RDF');
  const atom = child(doc, 'feed');
  const channel = child(rss, 'channel') ?? child(rdf, 'channel') ?? atom;
  const items = list(child(rss, 'channel'), 'item') ?? list(rdf, 'item') ?? list(atom, 'entry');
  if (!channel || !items) {
    return [failedInput(source, 'not-a-feed', 'XML that is neither an RSS nor an Atom feed', 'feed')];
  }
  if (items.length === 0) return [failedInput(source, 'feed-empty', 'the feed has no items', 'feed')];
  const outlet = text(channel['title']);
  const language = text(channel['language']) ?? text(channel['dc:language']) ?? text(channel['@_xml:lang']);
  return items.map((item, i) => itemInput(`${source}[${i}]`, item, outlet, language));
}

function itemInput(
  source: string,
  item: XmlNode,
  outlet: string | null,
  language: string | null,
): ArticleInput {
  const meta: Partial<Record<MetaField, string>> = {};
  const provenance: Partial<Record<MetaField, string>> = {};
  let body: string | null = null;
  for (const [field, names] of Object.entries(ITEM_FIELDS)) {
    for (const name of names) {
      const value = field === 'url' && name === 'link' ? linkOf(item[name]) : text(item[name]);
      if (!value || (field === 'url' && !/^https?:\/\//i.test(value))) continue;
      if (field === 'body') body = value;
      else {
        meta[field as MetaField] = value;
        provenance[field as MetaField] = `feed <${name.replace(/^@_/, '')}>`;
      }
      break;
    }
  }
  if (outlet) [meta.outlet, provenance.outlet] = [outlet, 'feed channel <title>'];
  if (language && !meta.language) [meta.language, provenance.language] = [language, 'feed channel language'];
  const full: InputMeta = { ...meta, provenance };
  if (!body) {
    const where = meta.url ? ` (the page is at ${meta.url})` : '';
    return failedInput(
      source,
      'feed-item-no-text',
      `the feed item has no text, only a title and link${where}`,
      'feed',
    );
  }
  const bodyFormat = /<[a-z][^>]*>/i.test(body) ? 'html' : 'text';
  return { kind: 'input', source, format: 'feed', bodyFormat, body, meta: full, messages: [] };
}

function child(node: XmlNode | null | undefined, key: string): XmlNode | null {
  const value = node?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

function list(node: XmlNode | null | undefined, key: string): XmlNode[] | null {
  const value = node?.[key];
  if (value === undefined) return node ? [] : null;
  return Array.isArray(value) ? value.filter((v): v is XmlNode => typeof v === 'object' && v !== null) : null;
}

/** The text of an element: a string, `#text` beside attributes, an author's name, or nested text. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null) {
    const node = value as XmlNode;
    if ('#text' in node) return text(node['#text']);
    if ('name' in node) return text(node['name']);
    const inner = Object.entries(node)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => text(v))
      .filter((v): v is string => v !== null);
    return inner.length > 0 ? inner.join(' ') : null;
  }
  return null;
}

/** RSS gives the link as text; Atom as `<link rel="alternate" href="...">` elements. */
function linkOf(value: unknown): string | null {
  const links = Array.isArray(value) ? value : [value];
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (typeof link === 'object' && link !== null) {
      const node = link as XmlNode;
      const rel = node['@_rel'];
      const href = node['@_href'];
      if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return href;
    }
  }
  return null;
}
