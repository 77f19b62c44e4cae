import { entityIdFor, fromUnits } from './canonical.js';
import type { LinkerContext } from './linker.js';
import { unitsOf } from './stored-units.js';
import type { EntityDecision, EntityMerge, EntityUnit } from './types.js';

/**
 * Applies one user decision to the index. Idempotent: a decision already in effect changes
 * nothing, so a rebuild can replay every stored decision after linking all articles again.
 *
 * @example await applyDecision(context, { kind: 'merge', id: 'd1', a: 'art1#e2', b: 'art7#e1' })
 */
export async function applyDecision(
  context: LinkerContext,
  decision: EntityDecision,
): Promise<EntityMerge | null> {
  const { index, resolve } = context;
  const entityOf = async (unit: string) => resolve((await index.linkOf(unit))?.entity);
  const note = decision.note ? `: ${decision.note}` : '';
  if (decision.kind === 'merge') {
    const a = await entityOf(decision.a);
    const b = await entityOf(decision.b);
    if (!a || !b || a.id === b.id) return null;
    return context.mergeEntities(a, b, 'user-merge', `user decision ${decision.id}${note}`);
  }
  const target = await entityOf(decision.from);
  if (!target) return null;
  const moving: EntityUnit[] = [];
  for (const key of decision.units) {
    const unit = await index.unit(key);
    if (unit && (await entityOf(key))?.id === target.id) moving.push(unit);
  }
  // Mentions are carved out of their unit into a unit of their own (the same key a rebuild gives).
  for (const m of decision.mentions) {
    for (const key of await index.unitsIn(m.article)) {
      const unit = await index.unit(key);
      if (!unit || !unit.mentions.includes(m.mention) || (await entityOf(key))?.id !== target.id) continue;
      const carvedKey = key.includes('~split:') ? key : `${key}~split:${decision.id}`;
      if (carvedKey === key || unit.mentions.length === 1) {
        moving.push(unit);
        continue;
      }
      const text = unit.mentionText[m.mention] ?? unit.name;
      await index.putUnit({ ...unit, mentions: unit.mentions.filter((x) => x !== m.mention) });
      const existing = await index.unit(carvedKey);
      const carved: EntityUnit = existing
        ? { ...existing, mentions: [...existing.mentions, m.mention] }
        : {
            ...unit,
            key: carvedKey,
            mentions: [m.mention],
            mentionText: { [m.mention]: text },
            name: text,
            aliases: [],
            roles: [],
          };
      await index.putUnit(carved);
      moving.push(carved);
    }
  }
  const leaving = new Set(moving.map((u) => u.key));
  if (leaving.size === 0) return null;
  const staying = await unitsOf(
    index,
    (await index.unitsOf(target.id)).filter((k) => !leaving.has(k)),
  );
  const id = entityIdFor(`split:${decision.id}`);
  const unique = [...new Map(moving.map((u) => [u.key, u])).values()];
  if (staying.length > 0) await index.put(fromUnits(target.id, staying), []);
  const created = fromUnits(id, unique);
  await index.put(
    created,
    unique.flatMap((u) => context.keysOf(u).file),
  );
  for (const u of unique) {
    await index.setLink({
      kind: 'entity-link',
      unit: u.key,
      entity: id,
      rule: 'user-split',
      confidence: 1,
      evidence: `user decision ${decision.id}${note}`,
    });
  }
  return null;
}
