import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryDoc } from './run-story.js';

/**
 * The loader of `../shared/datasets/news_claims_dev` (sets `a` and `b`; each set's README.md
 * describes the format). Offsets in gold.json are Python `str` indices (code points); they are
 * turned into JavaScript string indices here, so `text.slice(start, end)` gives the gold text.
 *
 * Written for the ledger suite; the `news-claims` suite of the extraction work brings its own
 * loader: when that lands, this one gives way to it (the shapes below are what the ledger
 * scoring needs, nothing more).
 */

export interface NewsClaimsDoc {
  readonly set: string;
  readonly id: string;
  readonly url: string;
  readonly site: string;
  readonly outlet: string;
  readonly language: string;
  readonly title: string | null;
  readonly story: string;
  readonly published: string | null;
  readonly mirrorOf: string | null;
  readonly text: string;
}

/** A gold value: a number, a vague amount ("hundreds"), a bound, an approximation or a range. */
export type GoldValue =
  | number
  | string
  | { readonly lower_bound: number }
  | { readonly upper_bound: number }
  | { readonly approx: number }
  | { readonly min: number; readonly max: number };

export interface GoldSeriesPoint {
  readonly doc: string;
  readonly value: GoldValue;
  /** `YYYY-MM-DD` or an interval `A/B`; null when the text does not say. */
  readonly asOf: string | null;
  readonly source: string | null;
  readonly qualifier: string | null;
}

export interface GoldSeries {
  readonly measure: string;
  readonly points: readonly GoldSeriesPoint[];
}

/** One side of a conflict or non-conflict: a span of one doc (JavaScript indices). */
export interface GoldSide {
  readonly doc: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface GoldConflict {
  readonly id: string;
  readonly kind: 'value' | 'date' | 'commitment';
  readonly soft: boolean;
  readonly a: GoldSide;
  readonly b: GoldSide;
  readonly reason: string;
}

export interface GoldStory {
  readonly set: string;
  readonly name: string;
  readonly docs: readonly string[];
  readonly series: readonly GoldSeries[];
  readonly conflicts: readonly GoldConflict[];
  readonly nonConflicts: readonly GoldConflict[];
}

export interface NewsClaimsSet {
  readonly docs: ReadonlyMap<string, NewsClaimsDoc>;
  readonly stories: readonly GoldStory[];
}

/**
 * A story's documents as a scraper would give them, in the story's order: id, url, title, text.
 *
 * @example storyDocs(set, set.stories[0]).map((d) => d.id)
 */
export function storyDocs(set: NewsClaimsSet, story: GoldStory): StoryDoc[] {
  return story.docs.map((id) => {
    const d = set.docs.get(id);
    return { id, url: d?.url ?? null, title: d?.title ?? null, text: d?.text ?? '' };
  });
}

/** The set names present under `dir` (news_claims_dev), in order. */
export function newsClaimsSets(dir: string): string[] {
  return ['a', 'b'].filter((s) => existsSync(join(dir, s, 'gold.json')));
}

/**
 * Reads one set (`a` or `b`): every doc with its manifest fields and text, and every story's
 * gold series, conflicts and non-conflicts.
 *
 * @example loadStoriesGold('../shared/datasets/news_claims_dev', 'a').stories.map((s) => s.name)
 */
export function loadStoriesGold(dir: string, set: string): NewsClaimsSet {
  const root = join(dir, set);
  const docs = new Map<string, NewsClaimsDoc>();
  for (const line of readFileSync(join(root, 'manifest.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line) as Record<string, unknown>;
    const id = String(m['id']);
    docs.set(id, {
      set,
      id,
      url: String(m['url'] ?? ''),
      site: String(m['site'] ?? ''),
      outlet: String(m['outlet'] ?? ''),
      language: String(m['language'] ?? 'en'),
      title: typeof m['title'] === 'string' ? m['title'] : null,
      story: String(m['story']),
      published: typeof m['published'] === 'string' ? m['published'] : null,
      mirrorOf: typeof m['mirror_of'] === 'string' ? m['mirror_of'] : null,
      text: readFileSync(join(root, 'docs', `${id}.txt`), 'utf8'),
    });
  }
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as RawGold;
  const side = (s: RawSide): GoldSide => {
    const text = docs.get(s.doc)?.text ?? '';
    const start = jsIndex(text, s.offsets[0]);
    return { doc: s.doc, text: s.text, start, end: jsIndex(text, s.offsets[1]) };
  };
  const conflict = (c: RawConflict): GoldConflict => ({
    id: c.id,
    kind: c.kind ?? 'value',
    soft: c.soft === true,
    a: side(c.a),
    b: side(c.b),
    reason: c.reason,
  });
  const stories = Object.entries(gold.stories).map(([name, s]): GoldStory => ({
    set,
    name,
    docs: s.docs,
    series: s.series.map((x) => ({
      measure: x.measure,
      points: x.points.map((p) => ({
        doc: p.doc,
        value: p.value,
        asOf: p.as_of ?? null,
        source: p.source ?? null,
        qualifier: p.qualifier ?? null,
      })),
    })),
    conflicts: s.conflicts.map(conflict),
    nonConflicts: s.non_conflicts.map(conflict),
  }));
  return { docs, stories };
}

/** The JavaScript (UTF-16) index of a code-point index into `text`. */
function jsIndex(text: string, codePoints: number): number {
  let index = 0;
  for (let n = 0; n < codePoints && index < text.length; n++) {
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}

interface RawSide {
  readonly doc: string;
  readonly text: string;
  readonly offsets: readonly [number, number];
}

interface RawConflict {
  readonly id: string;
  readonly kind?: 'value' | 'date' | 'commitment';
  readonly soft?: boolean;
  readonly a: RawSide;
  readonly b: RawSide;
  readonly reason: string;
}

interface RawGold {
  readonly stories: Readonly<
    Record<
      string,
      {
        readonly docs: readonly string[];
        readonly series: readonly {
          readonly measure: string;
          readonly points: readonly {
            readonly doc: string;
            readonly value: GoldValue;
            readonly as_of?: string | null;
            readonly source?: string | null;
            readonly qualifier?: string;
          }[];
        }[];
        readonly conflicts: readonly RawConflict[];
        readonly non_conflicts: readonly RawConflict[];
      }
    >
  >;
}
