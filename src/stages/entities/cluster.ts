import type { EntityType } from '../../model/index.js';
import type { Doc, Found } from './types.js';

/** Mentions grouped as one entity of the article, while the resolve passes work. */
export interface Cluster {
  readonly type: EntityType;
  readonly key: string;
  readonly members: number[];
}

/** The clusters of one article, by key. */
export interface Clusters {
  readonly list: Cluster[];
  readonly byKey: Map<string, number>;
}

/** An empty set of clusters. */
export function clusters(): Clusters {
  return { list: [], byKey: new Map() };
}

/**
 * Puts mention `index` into the cluster of `key`, making it when new; returns the cluster index.
 *
 * @example join(doc, cs, 3, 'place|North Korea')
 */
export function join(doc: Doc, cs: Clusters, index: number, key: string): number {
  const f = doc.found[index];
  if (!f) return -1;
  let c = cs.byKey.get(key);
  if (c === undefined) {
    c = cs.list.length;
    cs.list.push({ type: f.type, key, members: [] });
    cs.byKey.set(key, c);
  }
  cs.list[c]?.members.push(index);
  f.entity = c;
  return c;
}

/** Puts mention `index` into an existing cluster. */
export function joinCluster(doc: Doc, cs: Clusters, index: number, c: number): void {
  const f = doc.found[index];
  const cluster = cs.list[c];
  if (!f || !cluster) return;
  cluster.members.push(index);
  f.entity = c;
}

/** The mentions of a cluster. */
export function membersOf(doc: Doc, cs: Clusters, c: number): Found[] {
  return (cs.list[c]?.members ?? []).map((m) => doc.found[m]).filter((f): f is Found => f !== undefined);
}

/** Lower-cased text without a leading article, for keys. */
export function keyText(text: string): string {
  let t = text.toLowerCase();
  if (t.includes('’') || t.includes('‘')) t = t.replace(/[’‘]/g, "'");
  if (t.startsWith('the ')) t = t.slice(4);
  else if (t.startsWith('a ')) t = t.slice(2);
  else if (t.startsWith('an ')) t = t.slice(3);
  return /\s\s|[\t\n]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}
