import { STORY_PARAMS } from './data/params.js';
import type { Story, StoryIndex, StoryMerge } from './types.js';

/**
 * The in-memory story index, the reference for the SQLite one. Postings keep, per key, the
 * `postingCap` most recently updated stories: a new article is compared with live stories that
 * share its strongest keys, never with the whole store, so adding one article costs
 * O(query keys × cap + candidates × vector size) whatever the number of stories.
 *
 * @example const index = createMemoryStoryIndex(); createStoryClusterer(index).add(signature)
 */
export function createMemoryStoryIndex(options: { postingCap?: number } = {}): StoryIndex {
  const cap = options.postingCap ?? STORY_PARAMS.postingCap;
  const df = new Map<string, number>();
  const postings = new Map<string, string[]>();
  const stories = new Map<string, Story>();
  const membership = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const merges: StoryMerge[] = [];
  let documents = 0;
  return Object.freeze({
    documents: async () => documents,
    frequencies: async (keys: readonly string[]) => new Map(keys.map((k) => [k, df.get(k) ?? 0])),
    async count(keys: readonly string[]) {
      documents++;
      for (const k of new Set(keys)) df.set(k, (df.get(k) ?? 0) + 1);
    },
    async lookup(keys: readonly string[]) {
      const hits = new Map<string, number>();
      for (const key of keys) {
        for (const id of postings.get(key) ?? []) {
          if (stories.get(id)?.mergedInto === undefined) hits.set(id, (hits.get(id) ?? 0) + 1);
        }
      }
      return hits;
    },
    story: async (id: string) => stories.get(id),
    async put(story: Story, keys: readonly string[]) {
      stories.set(story.id, story);
      for (const key of keys) {
        const list = (postings.get(key) ?? []).filter((id) => id !== story.id);
        list.push(story.id);
        postings.set(key, list.length > cap ? list.slice(list.length - cap) : list);
      }
    },
    storyOf: async (article: string) => membership.get(article),
    async setStory(article: string, story: string) {
      const old = membership.get(article);
      if (old) members.get(old)?.delete(article);
      membership.set(article, story);
      const set = members.get(story) ?? new Set<string>();
      set.add(article);
      members.set(story, set);
    },
    members: async (story: string) => [...(members.get(story) ?? [])],
    recordMerge: async (merge: StoryMerge) => void merges.push(merge),
    merges: async () => [...merges],
    stories: async () => [...stories.values()].filter((s) => s.mergedInto === undefined),
  });
}
