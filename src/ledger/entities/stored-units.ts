import type { EntityIndex, EntityUnit } from './types.js';

/**
 * The stored units of these keys, in order (unknown keys left out).
 *
 * @example await unitsOf(index, await index.unitsOf('entity-1a2b'))
 */
export async function unitsOf(index: EntityIndex, keys: readonly string[]): Promise<EntityUnit[]> {
  const units: EntityUnit[] = [];
  for (const key of keys) {
    const unit = await index.unit(key);
    if (unit) units.push(unit);
  }
  return units;
}
