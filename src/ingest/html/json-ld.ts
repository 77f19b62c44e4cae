import type { DomDocument } from './dom.js';
import { all } from './dom.js';

export type LdNode = { readonly [key: string]: unknown };

/** Schema.org types that describe an article. */
const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
]);

/**
 * The page's JSON-LD node that describes the article (`NewsArticle`, `Article`...), looking inside
 * arrays and `@graph`; null when none parses.
 *
 * @example articleLd(doc)?.['headline']
 */
export function articleLd(doc: DomDocument): LdNode | null {
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources of metadata remain
    }
    const found = nodes(value).find((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
    if (found) return found;
  }
  return null;
}

/**
 * The first `datePublished` of any JSON-LD node of the page (a `WebPage`, a `HowTo`...), for
 * pages whose JSON-LD describes no article.
 *
 * @example anyLdDatePublished(doc) // '2018-06-07T10:13:17+00:00'
 */
export function anyLdDatePublished(doc: DomDocument): string | null {
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      // JSON-LD that does not parse (raw line breaks in strings are common) may still name it
      const found = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script.textContent ?? '');
      if (found?.[1]) return found[1];
      continue;
    }
    for (const node of nodes(value)) {
      const date = node['datePublished'];
      if (typeof date === 'string' && date.trim()) return date.trim();
    }
  }
  return null;
}

function nodes(value: unknown): LdNode[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as LdNode;
  const graph = node['@graph'];
  return [node, ...(Array.isArray(graph) ? graph.flatMap(nodes) : [])];
}

function types(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/**
 * A JSON-LD value as text: a string, a `{ name }` object, or a list of them joined.
 *
 * @example ldText({ name: 'UPI' }) // 'UPI'
 */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(ldText).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null) {
    const node = value as LdNode;
    return ldText(node['name']) ?? ldText(node['@id']);
  }
  return null;
}
