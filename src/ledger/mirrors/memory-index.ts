import { MIRROR_RULES } from './data/rules.js';
import type { MirrorIndex, MirrorLink, MirrorSignature } from './types.js';

export interface MemoryMirrorIndexOptions {
  /** Most articles filed under one key; later ones are not filed (see below). */
  readonly postingCap?: number;
}

/**
 * The in-memory mirror index, the reference for the SQLite one. Each key keeps at most
 * `postingCap` articles, the first that had it: a fingerprint shared by more articles than that
 * is page furniture ("Share this article") or a story syndicated so widely that its first copies
 * already stand for it. The cap is what keeps adding one article bounded: it reads at most
 * keys × cap postings, whatever the size of the store.
 *
 * @example const index = createMemoryMirrorIndex(); index.add(signature, mirrorKeys(signature))
 */
export function createMemoryMirrorIndex(options: MemoryMirrorIndexOptions = {}): MirrorIndex {
  const cap = options.postingCap ?? MIRROR_RULES.postingCap;
  const postings = new Map<string, string[]>();
  const signatures = new Map<string, MirrorSignature>();
  const links = new Map<string, MirrorLink>();
  const reverse = new Map<string, Set<string>>();
  return Object.freeze({
    async lookup(keys: readonly string[]) {
      const hits = new Map<string, number>();
      for (const key of keys) for (const id of postings.get(key) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      return hits;
    },
    signature: async (article: string) => signatures.get(article),
    async add(signature: MirrorSignature, keys: readonly string[]) {
      if (signatures.has(signature.article)) return;
      signatures.set(signature.article, signature);
      for (const key of keys) {
        const list = postings.get(key);
        if (!list) postings.set(key, [signature.article]);
        else if (list.length < cap) list.push(signature.article);
      }
    },
    linkOf: async (article: string) => links.get(article),
    mirrorsOf: async (original: string) => [...(reverse.get(original) ?? [])],
    async setLink(link: MirrorLink) {
      const old = links.get(link.article);
      if (old) reverse.get(old.mirrorOf)?.delete(link.article);
      links.set(link.article, link);
      const set = reverse.get(link.mirrorOf) ?? new Set<string>();
      set.add(link.article);
      reverse.set(link.mirrorOf, set);
    },
    async removeLink(article: string) {
      const old = links.get(article);
      if (old) reverse.get(old.mirrorOf)?.delete(article);
      links.delete(article);
    },
    size: async () => signatures.size,
  });
}
