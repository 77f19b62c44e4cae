import { stableId } from '../common/hash.js';
import { STORY_PARAMS } from './data/params.js';
import type { StoryParams } from './data/params.js';
import { createStoryLabeler } from './label.js';
import type { StoryLabeler } from './label.js';
import { scoreStory, storySimilarity } from './score.js';
import type { StoryScore } from './score.js';
import type { Story, StoryAssignment, StoryIndex, StoryMerge, StorySignature } from './types.js';
import { joinStory, mergeInto, startStory } from './update.js';
import type { Frequencies } from './update.js';
import { topKeys, unit, weigh } from './vectors.js';

/** How an article relates to one already stored, as the mirror detector found. */
export interface MirrorHint {
  readonly mirrorOf?: string;
  /** The mirror is a translation: its vocabulary is new evidence, in another language. */
  readonly translation?: boolean;
}

export interface StoryClusterer {
  /** Assigns one article: joins the best story, starts one, or follows the original it mirrors. */
  readonly add: (signature: StorySignature, hint?: MirrorHint) => StoryAssignment;
}

/** Keys under which a story is filed: its strongest terms and entities. */
const FILED_TERMS = 30;
const FILED_ENTITIES = 15;

/**
 * Incremental single-pass story clustering over an index. Each article is scored against the
 * live stories filed under its strongest keys (see `memory-index.ts` for why that bounds the
 * cost), joins the best one above `join`, or starts a new story. When a second story also scores
 * above `bridge` and the two stories are alike, the article bridges them: the smaller is merged
 * into the larger and the merge is recorded with its evidence.
 *
 * @example const clusterer = createStoryClusterer(createMemoryStoryIndex()); clusterer.add(sign(article, 0))
 */
export function createStoryClusterer(
  index: StoryIndex,
  params: Partial<StoryParams> = {},
  labeler: StoryLabeler = createStoryLabeler(),
): StoryClusterer {
  const p: StoryParams = Object.freeze({ ...STORY_PARAMS, ...params });
  const freq = (): Frequencies => ({ documents: index.documents(), df: index.frequencies });
  const save = (story: Story) =>
    index.put(story, [...topKeys(story.vector, FILED_TERMS), ...topKeys(story.entityVector, FILED_ENTITIES)]);
  const live = (id: string | undefined): Story | undefined => {
    let story = id === undefined ? undefined : index.story(id);
    while (story?.mergedInto !== undefined) story = index.story(story.mergedInto);
    return story;
  };

  return Object.freeze({
    add(sig: StorySignature, hint: MirrorHint = {}): StoryAssignment {
      const original = hint.mirrorOf === undefined ? undefined : live(index.storyOf(hint.mirrorOf));
      if (original && hint.translation) {
        // A translation is clustered on its own words; if it finds a story other than its
        // original's, it bridges the two (the original's story is merged into the one it found).
        const own = cluster(sig);
        const found = live(own.story);
        if (found && found.id !== original.id && own.rule === 'joined') {
          const merge = bridge(
            found,
            original,
            sig.article,
            own.score,
            `a translation of ${hint.mirrorOf ?? ''}, which is in ${original.id}`,
          );
          return { ...own, merged: [...own.merged, merge] };
        }
        if (own.rule === 'joined') return own;
        // It found nothing: it goes with its original after all.
        index.put({ ...(live(own.story) ?? original), mergedInto: original.id }, []);
        const joined = joinStory(original, sig, freq(), p, labeler);
        save(joined);
        index.setStory(sig.article, joined.id);
        return assignment(sig.article, joined.id, 'mirror', 1, `a translation of ${hint.mirrorOf ?? ''}`, []);
      }
      if (original) {
        // A copy adds no evidence about the story: counted as a member, not in the centroid.
        const story = {
          ...original,
          size: original.size + 1,
          mirrors: original.mirrors + 1,
          updated: sig.seq,
        };
        index.put(story, []);
        index.setStory(sig.article, story.id);
        return assignment(sig.article, story.id, 'mirror', 1, `mirrors ${hint.mirrorOf ?? ''}`, []);
      }
      return cluster(sig);
    },
  });

  function bridge(into: Story, from: Story, by: string, score: number, why: string): StoryMerge {
    const merge: StoryMerge = {
      kind: 'story-merge',
      from: from.id,
      into: into.id,
      by,
      score: Number(score.toFixed(3)),
      evidence: why,
    };
    index.put({ ...from, mergedInto: into.id }, []);
    for (const member of index.members(from.id)) index.setStory(member, into.id);
    save(mergeInto(into, from, freq(), p, labeler));
    index.recordMerge(merge);
    return merge;
  }

  function cluster(sig: StorySignature): StoryAssignment {
    const keys = [...Object.keys(sig.terms), ...Object.keys(sig.entities)];
    index.count(keys);
    const df = index.frequencies(keys);
    const n = index.documents();
    const vectors = {
      language: sig.language,
      vector: unit(weigh(sig.terms, df, n)),
      entityVector: unit(weigh(sig.entities, df, n)),
      time: sig.time,
    };
    // A key no earlier article has can find no story: query with the strongest keys seen before.
    const seen = (v: Readonly<Record<string, number>>) =>
      Object.fromEntries(Object.entries(v).filter(([k]) => (df.get(k) ?? 0) > 1));
    const query = [
      ...topKeys(seen(vectors.vector), p.queryTerms),
      ...topKeys(seen(vectors.entityVector), p.queryEntities),
    ];
    const scored = [...index.lookup(query)]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, p.maxCandidates)
      .map(([id]) => index.story(id))
      .filter((s): s is Story => s !== undefined)
      .map((story) => ({ story, s: scoreStory(vectors, story, p) }))
      .sort((a, b) => b.s.score - a.s.score);
    const best = scored[0];
    if (!best || best.s.score < p.join) {
      const story = startStory(stableId('story', sig.article), sig, freq(), p, labeler);
      save(story);
      index.setStory(sig.article, story.id);
      const why = best
        ? `best existing story ${best.story.id} scored ${best.s.score.toFixed(2)}`
        : 'no candidate';
      return assignment(sig.article, story.id, 'new-story', best?.s.score ?? 0, why, []);
    }
    let story = joinStory(best.story, sig, freq(), p, labeler);
    const merged: StoryMerge[] = [];
    for (const other of scored.slice(1)) {
      if (other.s.score < p.bridge) break;
      const similarity = storySimilarity(story, other.story, p);
      if (similarity < p.mergeSimilarity) continue;
      const [into, from] = other.story.size > story.size ? [other.story, story] : [story, other.story];
      const merge: StoryMerge = {
        kind: 'story-merge',
        from: from.id,
        into: into.id,
        by: sig.article,
        score: Number(other.s.score.toFixed(3)),
        evidence: `article scored ${best.s.score.toFixed(2)} and ${other.s.score.toFixed(2)} with the two stories; their centroids are ${similarity.toFixed(2)} alike`,
      };
      index.put({ ...from, mergedInto: into.id }, []);
      for (const member of index.members(from.id)) index.setStory(member, into.id);
      story = mergeInto(into, from, freq(), p, labeler);
      index.recordMerge(merge);
      merged.push(merge);
    }
    save(story);
    index.setStory(sig.article, story.id);
    return assignment(sig.article, story.id, 'joined', best.s.score, explain(best.s), merged);
  }
}

function explain(s: StoryScore): string {
  const gap = s.gap === null ? 'time unknown' : `${s.gap} days apart (decay ${s.decay.toFixed(2)})`;
  const vocabulary = s.foreign
    ? 'vocabulary not comparable (another language)'
    : `vocabulary ${s.text.toFixed(2)}`;
  return `${vocabulary}, anchors ${s.entity.toFixed(2)}, ${gap}`;
}

function assignment(
  article: string,
  story: string,
  rule: StoryAssignment['rule'],
  score: number,
  evidence: string,
  merged: readonly StoryMerge[],
): StoryAssignment {
  return {
    kind: 'story-assignment',
    article,
    story,
    rule,
    score: Number(score.toFixed(3)),
    evidence,
    merged,
  };
}
