/** Entities across articles: one canonical entity per real-world entity, with reversible merges. */
export { createEntityLinker, forbidden } from './linker.js';
export type { ArticleEntityLinks, EntityLinker } from './linker.js';
export { createMemoryEntityIndex, ENTITY_POSTING_CAP } from './memory-index.js';
export { entityInput, entityUnits } from './units.js';
export type { EntityInput } from './units.js';
export { unitKeys, typeGroup } from './03-keys.js';
export { normalName, acronymOf, shortForm } from './01-names.js';
export { skeleton, givenNamesAgree } from './02-skeleton.js';
export type {
  CanonicalEntity,
  DatedRole,
  EntityDecision,
  EntityIndex,
  EntityLink,
  EntityMerge,
  EntityUnit,
  LinkRule,
} from './types.js';
