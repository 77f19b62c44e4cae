import { createLexicon } from '../../lexicon/index.js';
import type { Countries, Lexicon } from '../../lexicon/index.js';
import { ledgerWords } from '../common/ledger-words.js';
import type { Article } from '../../model/index.js';
import { stableId } from '../common/hash.js';
import { normalName } from './01-names.js';
import { unitKeys } from './03-keys.js';
import { matchEntity, nameSplitsMemo } from './04-match.js';
import type { Match } from './04-match.js';
import { absorb, combine, entityIdFor, startEntity } from './canonical.js';
import { applyDecision } from './decisions.js';
import { unitsOf } from './stored-units.js';
import { entityUnits } from './units.js';
import type { EntityInput } from './units.js';
import type { CanonicalEntity, EntityIndex, EntityLink, EntityMerge, EntityUnit } from './types.js';

/** What linking one article's entities did. */
export interface ArticleEntityLinks {
  readonly article: string;
  readonly links: readonly EntityLink[];
  readonly merges: readonly EntityMerge[];
  /** The article's entity id → canonical entity id. */
  readonly canonical: ReadonlyMap<string, string>;
}

/** The helpers that linking and decisions share, configured once. */
export interface LinkerContext {
  readonly index: EntityIndex;
  readonly keysOf: (unit: EntityUnit) => { file: string[]; query: string[] };
  readonly resolve: (id: string | undefined) => Promise<CanonicalEntity | undefined>;
  readonly mergeEntities: (
    a: CanonicalEntity,
    b: CanonicalEntity,
    rule: EntityMerge['rule'],
    why: string,
  ) => Promise<EntityMerge>;
}

/** Matches at least this confident, with two entities at once, merge them (a bridge). */
const BRIDGE_CONFIDENCE = 0.8;

/**
 * The cross-article entity linker over an index. Each unit of a new article is linked to the
 * canonical entity its strongest rule supports (see `04-match.ts`), or starts one; a unit that
 * matches two entities strongly bridges them. Users' merge and split decisions are kept in the
 * index as data; `replay` applies them again after a rebuild. Linking reads only the postings of
 * the article's own keys: the cost of one article does not grow with the store.
 *
 * @example const linker = createEntityLinker(createMemoryEntityIndex()); await linker.addArticle(article, 0)
 */
export function createEntityLinker(index: EntityIndex, options: { readonly lexicon?: Lexicon } = {}) {
  const lexicon = options.lexicon ?? createLexicon();
  const { countryOf, governmentName } = countryNames(lexicon.countries);
  const words = ledgerWords(lexicon);
  const splits = nameSplitsMemo();
  const resolve = async (id: string | undefined): Promise<CanonicalEntity | undefined> => {
    let entity = id === undefined ? undefined : await index.entity(id);
    while (entity?.mergedInto !== undefined) entity = await index.entity(entity.mergedInto);
    return entity;
  };
  const context: LinkerContext = {
    index,
    keysOf: (unit) => unitKeys(unit, countryOf),
    resolve,
    async mergeEntities(a, b, rule, why) {
      // The entity with more units keeps its id; ties go to the older.
      const [into, from] =
        b.units > a.units || (b.units === a.units && b.created < a.created) ? [b, a] : [a, b];
      await index.put(combine(into, from), []);
      await index.put({ ...from, mergedInto: into.id }, []);
      await index.reassign(from.id, into.id);
      const merge: EntityMerge = { kind: 'entity-merge', from: from.id, into: into.id, rule, evidence: why };
      await index.recordMerge(merge);
      return merge;
    },
  };

  const linkUnit = async (unit: EntityUnit, merges: EntityMerge[]): Promise<EntityLink> => {
    await index.putUnit(unit);
    const keys = context.keysOf(unit);
    const found: (Match | null)[] = [];
    for (const [id, shared] of await index.lookup(keys.query)) {
      const entity = await index.entity(id);
      found.push(entity ? matchEntity(unit, entity, shared, splits) : null);
    }
    const matches = found
      .filter((m): m is Match => m !== null)
      .sort(
        (a, b) =>
          b.confidence - a.confidence ||
          b.entity.units - a.entity.units ||
          a.entity.created - b.entity.created,
      );
    const best = matches[0];
    if (!best) {
      const entity = startEntity(entityIdFor(unit.key), unit);
      await index.put(entity, keys.file);
      return setLink(
        unit,
        entity.id,
        'new-entity',
        1,
        `no stored entity shares a name key with “${unit.name}”`,
      );
    }
    let target = best.entity;
    for (const other of matches.slice(1)) {
      if (other.confidence < BRIDGE_CONFIDENCE || best.confidence < BRIDGE_CONFIDENCE) break;
      const live = await resolve(other.entity.id);
      if (
        !live ||
        live.id === (await resolve(target.id))?.id ||
        (await forbidden(context, live.id, target.id))
      )
        continue;
      const merge = await context.mergeEntities(
        (await resolve(target.id)) ?? target,
        live,
        'bridge',
        `“${unit.name}” matched both: ${best.evidence}; ${other.evidence}`,
      );
      merges.push(merge);
      target = (await resolve(merge.into)) ?? target;
    }
    const entity = absorb((await resolve(target.id)) ?? target, unit);
    await index.put(entity, keys.file);
    return setLink(unit, entity.id, best.rule, best.confidence, best.evidence);
  };

  const setLink = async (
    unit: EntityUnit,
    entity: string,
    rule: EntityLink['rule'],
    confidence: number,
    evidence: string,
  ): Promise<EntityLink> => {
    const link: EntityLink = { kind: 'entity-link', unit: unit.key, entity, rule, confidence, evidence };
    await index.setLink(link);
    return link;
  };

  return Object.freeze({
    /** Links the entities of one analysed article. */
    async addArticle(source: Article | EntityInput, seq: number): Promise<ArticleEntityLinks> {
      const article = { id: source.kind === 'entity-input' ? source.article : source.id };
      const merges: EntityMerge[] = [];
      const links: EntityLink[] = [];
      // One unit after another: a unit may merge entities that the next one is matched against.
      for (const unit of entityUnits(source, seq, await index.decisions(), governmentName, words))
        links.push(await linkUnit(unit, merges));
      const canonical = new Map<string, string>();
      for (const link of links) {
        const local = link.unit.slice(article.id.length + 1);
        const entity = (await resolve((await index.linkOf(link.unit))?.entity))?.id;
        if (entity && !local.includes('~')) canonical.set(local, entity);
      }
      return { article: article.id, links, merges, canonical };
    },
    /** The live canonical entity for an id (following merges). */
    resolve,
    /** The canonical entity an article's entity was linked to. */
    entityOf: async (article: string, entity: string) =>
      resolve((await index.linkOf(`${article}#${entity}`))?.entity),
    /** The place a government entity governs ("Russian government" → Russia), when stored. */
    async governedPlace(entity: CanonicalEntity): Promise<CanonicalEntity | undefined> {
      if (!entity.governmentOf) return undefined;
      const [id] = (await index.lookup([`k:${entity.governmentOf}`])).keys();
      return resolve(id);
    },
    /**
     * A user's decision: the two entities are one. Stored (by units, not ids) and applied now.
     */
    async merge(a: string, b: string, note?: string): Promise<EntityMerge | null> {
      const [ua, ub] = [await anchorUnit(index, a), await anchorUnit(index, b)];
      if (!ua || !ub) return null;
      const id = stableId('decision', 'merge', ua, ub, String((await index.decisions()).length));
      const decision = { kind: 'merge' as const, id, a: ua, b: ub, ...(note ? { note } : {}) };
      await index.addDecision(decision);
      return applyDecision(context, decision);
    },
    /**
     * A user's decision: these units, and these mentions, are another entity than the rest of
     * `entity`. Stored and applied now; returns the new entity.
     */
    async split(
      entity: string,
      parts: {
        readonly units?: readonly string[];
        readonly mentions?: readonly { article: string; mention: string }[];
      },
      note?: string,
    ): Promise<CanonicalEntity | null> {
      const live = await resolve(entity);
      if (!live) return null;
      const leaving = new Set(parts.units ?? []);
      const mentionUnits = new Set<string>();
      for (const m of parts.mentions ?? []) {
        for (const u of await index.unitsIn(m.article))
          if ((await index.unit(u))?.mentions.includes(m.mention)) mentionUnits.add(u);
      }
      const from = (
        await unitsOf(
          index,
          (await index.unitsOf(live.id)).filter((u) => !leaving.has(u)),
        )
      )
        .sort((x, y) => x.seq - y.seq || (x.key < y.key ? -1 : 1))
        .find((u) => !mentionUnits.has(u.key) || u.mentions.length > 1);
      if (!from) return null;
      const id = stableId('decision', 'split', from.key, String((await index.decisions()).length));
      const decision = {
        kind: 'split' as const,
        id,
        from: from.key,
        units: [...leaving],
        mentions: [...(parts.mentions ?? [])],
        ...(note ? { note } : {}),
      };
      await index.addDecision(decision);
      await applyDecision(context, decision);
      return (await resolve(entityIdFor(`split:${id}`))) ?? null;
    },
    /** Applies every stored decision again, in order: the last step of a rebuild. */
    async replay(): Promise<void> {
      for (const decision of await index.decisions()) await applyDecision(context, decision);
    },
  });
}

export type EntityLinker = ReturnType<typeof createEntityLinker>;

/** A unit of the entity that stands for it in a decision: its earliest. */
async function anchorUnit(index: EntityIndex, entity: string): Promise<string | undefined> {
  return (await unitsOf(index, await index.unitsOf(entity))).sort(
    (a, b) => a.seq - b.seq || (a.key < b.key ? -1 : 1),
  )[0]?.key;
}

/** True when a user's split keeps these two entities apart. */
export async function forbidden(context: LinkerContext, a: string, b: string): Promise<boolean> {
  const { index, resolve } = context;
  const entityOf = async (unit: string) => (await resolve((await index.linkOf(unit))?.entity))?.id;
  for (const d of await index.decisions()) {
    if (d.kind !== 'split') continue;
    const side = await entityOf(d.from);
    const keys = [...d.units];
    for (const m of d.mentions)
      keys.push(...(await index.unitsIn(m.article)).filter((u) => u.endsWith(`~split:${d.id}`)));
    const others = new Set<string | undefined>();
    for (const key of keys) others.add(await entityOf(key));
    if ((side === a && others.has(b)) || (side === b && others.has(a))) return true;
  }
  return false;
}

function countryNames(countries: Countries): {
  countryOf: (normal: string) => string | null;
  governmentName: (code: string) => string;
} {
  const byName = new Map<string, string>();
  for (const { form, code } of countries.forms)
    if (!byName.has(normalName(form))) byName.set(normalName(form), code);
  return {
    countryOf: (normal) => byName.get(normal) ?? null,
    governmentName: (code) => `${countries.adjective(code)} government`,
  };
}
