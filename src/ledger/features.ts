import type { Article } from '../model/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { entityInput } from './entities/units.js';
import type { EntityInput } from './entities/units.js';
import { mirrorFeatures } from './mirrors/signature.js';
import type { MirrorFeatures } from './mirrors/signature.js';
import { createStorySigners } from './stories/signature.js';
import type { StoryFeatures } from './stories/signature.js';

/**
 * The version of what `linkFeatures` derives: bump it whenever a derivation changes (mirror
 * fingerprints or sketch, entity input, story terms, anchors, phrases or time), so that features
 * stored by an older version are not used — the linker derives them again from the article.
 */
export const LINK_FEATURES_VERSION = 1;

/**
 * What the linker reads of one article, derived from it alone: its mirror signature, its entity
 * input and its story features, each without the arrival order (and the story's without the
 * linked entities), which only linking knows. Derived in the extraction workers, in parallel,
 * and stored with the article, so linking — one article after another — neither decodes the
 * stored article nor derives them again.
 */
export interface LinkFeatures {
  readonly kind: 'link-features';
  readonly version: number;
  readonly article: string;
  readonly mirror: MirrorFeatures;
  readonly entities: EntityInput;
  readonly story: StoryFeatures;
}

/**
 * Makes the derivation of link features (configure once: the lexicon is the costly part).
 *
 * @example const features = linkFeaturer()(article); features.mirror.fingerprints.length
 */
export function linkFeaturer(
  options: { readonly lexicon?: Lexicon } = {},
): (article: Article) => LinkFeatures {
  const signers = createStorySigners(options.lexicon ? { lexicon: options.lexicon } : {});
  return (article) => ({
    kind: 'link-features',
    version: LINK_FEATURES_VERSION,
    article: article.id,
    mirror: mirrorFeatures(article, signers.words),
    entities: entityInput(article, signers.words),
    story: signers.features(article),
  });
}

/**
 * Stored features read back: null when there are none, or when another version derived them.
 *
 * @example parseLinkFeatures(row.link) ?? linkFeaturer()(article)
 */
export function parseLinkFeatures(json: string | null | undefined): LinkFeatures | null {
  if (!json) return null;
  const parsed = JSON.parse(json) as Partial<LinkFeatures>;
  return parsed.kind === 'link-features' && parsed.version === LINK_FEATURES_VERSION
    ? (parsed as LinkFeatures)
    : null;
}
