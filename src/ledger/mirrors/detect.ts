import { MIRROR_RULES } from './data/rules.js';
import { compareMirrors } from './compare.js';
import { mirrorKeys } from './signature.js';
import type { MirrorIndex, MirrorLink, MirrorMatch, MirrorSignature } from './types.js';

/** What adding one article changed. */
export interface MirrorOutcome {
  readonly article: string;
  /** True when the id was already stored: an exact duplicate, nothing to link. */
  readonly duplicate: boolean;
  /** The new article's link, when it mirrors a stored one. */
  readonly link: MirrorLink | null;
  /** Stored links re-pointed at the new article, because it turned out to be the earlier original. */
  readonly relinked: readonly MirrorLink[];
}

export interface MirrorDetector {
  readonly add: (signature: MirrorSignature) => Promise<MirrorOutcome>;
}

const RANK = { 'same-text': 5, contained: 4, 'near-duplicate': 3, reworded: 2, 'translation-figures': 1 };
// Verify at most this many candidates, those sharing the most keys: bounded work per article.
const MAX_VERIFIED = 32;

/**
 * The incremental mirror detector over an index. Adding an article reads only the articles that
 * share one of its keys (each key holds at most the index's cap), verifies the best few with
 * `compareMirrors`, and links it to its group's original. Cost per article: O(keys × cap +
 * verified × signature size), independent of how many articles are stored.
 *
 * @example await createMirrorDetector(createMemoryMirrorIndex()).add(mirrorSignature(article, 0))
 */
export function createMirrorDetector(index: MirrorIndex, rules = MIRROR_RULES): MirrorDetector {
  return Object.freeze({
    async add(sig: MirrorSignature): Promise<MirrorOutcome> {
      if (await index.signature(sig.article)) {
        return {
          article: sig.article,
          duplicate: true,
          link: (await index.linkOf(sig.article)) ?? null,
          relinked: [],
        };
      }
      const keys = mirrorKeys(sig, rules);
      const ranked = [...(await index.lookup(keys))].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      let best: { other: MirrorSignature; match: MirrorMatch } | null = null;
      for (const [id] of ranked.slice(0, MAX_VERIFIED)) {
        const other = await index.signature(id);
        const match = other ? compareMirrors(sig, other, rules) : null;
        if (!other || !match) continue;
        if (!best || better(match, other, best.match, best.other)) best = { other, match };
      }
      await index.add(sig, keys);
      if (!best) return { article: sig.article, duplicate: false, link: null, relinked: [] };
      const root =
        (await index.signature((await index.linkOf(best.other.article))?.mirrorOf ?? best.other.article)) ??
        best.other;
      const via = root.article === best.other.article ? '' : ` (via ${best.other.article})`;
      if (!earlier(sig, root)) {
        const link = makeLink(sig.article, root.article, best.match, via);
        await index.setLink(link);
        return { article: sig.article, duplicate: false, link, relinked: [] };
      }
      // The new article is the earlier original: the group's members now point at it.
      const relinked: MirrorLink[] = [];
      const rootMatch = compareMirrors(sig, root, rules) ?? best.match;
      for (const member of await index.mirrorsOf(root.article)) {
        const old = await index.linkOf(member);
        if (!old) continue;
        relinked.push({
          ...old,
          mirrorOf: sig.article,
          evidence: `${old.evidence} (re-pointed: ${sig.article} is earlier)`,
        });
      }
      relinked.push(makeLink(root.article, sig.article, rootMatch, ''));
      for (const link of relinked) await index.setLink(link);
      return { article: sig.article, duplicate: false, link: null, relinked };
    },
  });
}

function makeLink(article: string, mirrorOf: string, match: MirrorMatch, via: string): MirrorLink {
  return {
    kind: 'mirror-link',
    article,
    mirrorOf,
    similarity: Number(match.similarity.toFixed(3)),
    rule: match.rule,
    evidence: `${match.evidence}${via}`,
    stage: 'mirrors',
  };
}

function better(m: MirrorMatch, a: MirrorSignature, n: MirrorMatch, b: MirrorSignature): boolean {
  if (RANK[m.rule] !== RANK[n.rule]) return RANK[m.rule] > RANK[n.rule];
  if (m.similarity !== n.similarity) return m.similarity > n.similarity;
  return a.seq < b.seq;
}

/**
 * True when `a` was published before `b` by dates that say so (a publication date or a dateline;
 * a year merely mentioned in the text is too vague to reorder anything).
 */
function earlier(a: MirrorSignature, b: MirrorSignature): boolean {
  if (!a.time || !b.time || a.time.how === 'mentioned-year' || b.time.how === 'mentioned-year') return false;
  return a.time.to < b.time.from;
}
