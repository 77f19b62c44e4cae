import { stableId } from '../common/hash.js';
import { foldWord } from '../common/words.js';
import type { CanonicalEntity, EntityUnit } from './types.js';

/**
 * A canonical entity rebuilt from its units: names counted, the most used full name chosen, roles
 * merged by title and affiliation with the first and last dates they were seen. Pure: the same
 * units in the same order give the same record, which is what makes decisions replayable.
 *
 * @example fromUnits('entity-1', [unitA, unitB]).name // 'Pyotr Ilichev'
 */
export function fromUnits(id: string, units: readonly EntityUnit[]): CanonicalEntity {
  const [first, ...rest] = units;
  if (!first) throw new RangeError(`canonical entity ${id} needs at least one unit`);
  return rest.reduce(absorb, startEntity(id, first));
}

/** A canonical entity of one unit. */
export function startEntity(id: string, unit: EntityUnit): CanonicalEntity {
  const empty: CanonicalEntity = {
    kind: 'canonical-entity',
    id,
    type: unit.type,
    name: unit.name,
    aliases: {},
    roles: [],
    ...(unit.government ? { governmentOf: unit.government } : {}),
    units: 0,
    created: unit.seq,
  };
  return absorb(empty, unit);
}

/**
 * The entity with one more unit: its names counted (the unit's main name 1, its aliases ½), its
 * roles dated. Touches only the entity record, whatever the number of units already linked.
 */
export function absorb(entity: CanonicalEntity, unit: EntityUnit): CanonicalEntity {
  const aliases: Record<string, number> = { ...entity.aliases };
  for (const name of new Set([unit.name, ...unit.aliases])) {
    aliases[name] = (aliases[name] ?? 0) + (name === unit.name ? 1 : 0.5);
  }
  const roles = new Map(entity.roles.map((r) => [roleKey(r), r]));
  for (const r of unit.roles) {
    const old = roles.get(roleKey(r));
    roles.set(roleKey(r), {
      title: old?.title ?? r.title,
      ...(r.affiliation !== undefined ? { affiliation: r.affiliation } : {}),
      first: earliest(old?.first ?? null, unit.time),
      last: latest(old?.last ?? null, unit.time),
      seen: (old?.seen ?? 0) + 1,
    });
  }
  const country = entity.country ?? unit.country;
  return {
    ...entity,
    name: chooseName(aliases),
    aliases,
    roles: [...roles.values()].sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '')),
    ...(country ? { country } : {}),
    units: entity.units + 1,
    created: Math.min(entity.created, unit.seq),
  };
}

/** Two entities as one (`into` keeps its id and type). */
export function combine(into: CanonicalEntity, from: CanonicalEntity): CanonicalEntity {
  const aliases: Record<string, number> = { ...into.aliases };
  for (const [name, n] of Object.entries(from.aliases)) aliases[name] = (aliases[name] ?? 0) + n;
  const roles = new Map(into.roles.map((r) => [roleKey(r), r]));
  for (const r of from.roles) {
    const old = roles.get(roleKey(r));
    roles.set(
      roleKey(r),
      old
        ? {
            ...old,
            first: earliest(old.first, r.first),
            last: latest(old.last, r.last),
            seen: old.seen + r.seen,
          }
        : r,
    );
  }
  const country = into.country ?? from.country;
  return {
    ...into,
    name: chooseName(aliases),
    aliases,
    roles: [...roles.values()].sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '')),
    ...(country ? { country } : {}),
    units: into.units + from.units,
    created: Math.min(into.created, from.created),
  };
}

function roleKey(r: { readonly title: string; readonly affiliation?: string }): string {
  return `${foldWord(r.title)}|${foldWord(r.affiliation ?? '')}`;
}

/** The id a new canonical entity gets: from the unit that started it, so a rebuild gives the same. */
export function entityIdFor(unitKey: string): string {
  return stableId('entity', unitKey);
}

/**
 * The most used name; ties go to the longer (fuller) form, then the alphabetically first.
 *
 * @example chooseName({ 'Kim Jong Un': 3, 'Kim Jong-un': 1 }) // 'Kim Jong Un'
 */
export function chooseName(aliases: Readonly<Record<string, number>>): string {
  return (
    Object.entries(aliases).sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
    )[0]?.[0] ?? ''
  );
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}
