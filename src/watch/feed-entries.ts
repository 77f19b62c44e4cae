import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One item of a feed, as `watch` follows it: a stable key, and the page it links to. */
export interface FeedEntry {
  /** The item's guid or id, else its link: what says "seen before" across polls. */
  readonly key: string;
  readonly url: string;
  readonly title: string | null;
}

/** A feed's items, newest first as feeds list them, or why it could not be read. */
export type FeedRead =
  | { readonly ok: true; readonly title: string | null; readonly entries: readonly FeedEntry[] }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string };

type Node = { readonly [key: string]: unknown };

/**
 * Reads the items of an RSS 2.0, RSS 1.0, Atom or JSON Feed document: for each, its key (guid,
 * id, else link) and the http(s) URL of its page. Items without such a URL are left out (there
 * is no page to fetch).
 *
 * @example feedEntries('<rss><channel><item><link>https://a.example/1</link></item></channel></rss>')
 */
export function feedEntries(text: string): FeedRead {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return jsonFeed(start);
  const valid = XMLValidator.validate(start);
  if (valid !== true) {
    return {
      ok: false,
      ruleId: 'feed-malformed',
      reason: `malformed XML: ${valid.err.msg} (line ${valid.err.line})`,
    };
  }
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    isArray: (name) => ['item', 'entry', 'link'].includes(name),
  }).parse(start) as Node;
  const rss = child(child(doc, 'rss'), 'channel');
  const rdf = child(doc, 'rdf:RDF');
  const atom = child(doc, 'feed');
  const channel = rss ?? child(rdf, 'channel') ?? atom;
  const items = list(rss, 'item') ?? list(rdf, 'item') ?? list(atom, 'entry');
  if (!channel || !items)
    return { ok: false, ruleId: 'not-a-feed', reason: 'neither RSS, Atom nor JSON Feed' };
  const entries = items.flatMap((item) => {
    const url = linkOf(item['link']) ?? httpUrl(textOf(item['guid'])) ?? httpUrl(item['@_rdf:about']);
    const key = textOf(item['guid']) ?? textOf(item['id']) ?? url;
    return url && key ? [{ key, url, title: textOf(item['title']) }] : [];
  });
  return { ok: true, title: textOf(channel['title']), entries };
}

function jsonFeed(text: string): FeedRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, ruleId: 'feed-malformed', reason: `malformed JSON: ${(error as Error).message}` };
  }
  const feed = doc as Node;
  if (
    typeof feed['version'] !== 'string' ||
    !feed['version'].includes('jsonfeed.org') ||
    !Array.isArray(feed['items'])
  ) {
    return {
      ok: false,
      ruleId: 'not-a-feed',
      reason: 'JSON that is not a JSON Feed (no jsonfeed.org version)',
    };
  }
  const entries = (feed['items'] as unknown[]).flatMap((value) => {
    const item = (typeof value === 'object' && value !== null ? value : {}) as Node;
    const url = httpUrl(item['url']) ?? httpUrl(item['external_url']);
    const key = typeof item['id'] === 'string' || typeof item['id'] === 'number' ? String(item['id']) : url;
    return url && key ? [{ key, url, title: textOf(item['title']) }] : [];
  });
  return { ok: true, title: textOf(feed['title']), entries };
}

function child(node: Node | null | undefined, key: string): Node | null {
  const value = node?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : null;
}

function list(node: Node | null, key: string): Node[] | null {
  if (!node) return null;
  const value = node[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (typeof value === 'object' && value !== null && '#text' in value)
    return textOf((value as Node)['#text']);
  return null;
}

function httpUrl(value: unknown): string | null {
  const text = textOf(value);
  return text && /^https?:\/\//i.test(text) ? text : null;
}

/** RSS gives the link as text; Atom as `<link rel="alternate" href>` elements. */
function linkOf(value: unknown): string | null {
  for (const link of Array.isArray(value) ? value : [value]) {
    const text = httpUrl(link);
    if (text) return text;
    if (typeof link === 'object' && link !== null) {
      const node = link as Node;
      const rel = node['@_rel'];
      if ((rel === undefined || rel === 'alternate') && httpUrl(node['@_href']))
        return httpUrl(node['@_href']);
    }
  }
  return null;
}
