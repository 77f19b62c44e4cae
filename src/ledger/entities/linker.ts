import { createLexicon } from '../../lexicon/index.js';
import type { Countries, Lexicon } from '../../lexicon/index.js';
import { ledgerWords } from '../common/ledger-words.js';
import type { Article } from '../../model/index.js';
import { stableId } from '../common/hash.js';
import { normalName } from './01-names.js';
import { unitKeys } from './03-keys.js';
import { matchEntity } from './04-match.js';
import type { Match } from './04-match.js';
import { absorb, combine, entityIdFor, startEntity } from './canonical.js';
import { applyDecision } from './decisions.js';
import { entityUnits } from './units.js';
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
  readonly resolve: (id: string | undefined) => CanonicalEntity | undefined;
  readonly mergeEntities: (
    a: CanonicalEntity,
    b: CanonicalEntity,
    rule: EntityMerge['rule'],
    why: string,
  ) => EntityMerge;
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
 * @example const linker = createEntityLinker(createMemoryEntityIndex()); linker.addArticle(article, 0)
 */
export function createEntityLinker(index: EntityIndex, options: { readonly lexicon?: Lexicon } = {}) {
  const lexicon = options.lexicon ?? createLexicon();
  const { countryOf, governmentName } = countryNames(lexicon.countries);
  const words = ledgerWords(lexicon);
  const resolve = (id: string | undefined): CanonicalEntity | undefined => {
    let entity = id === undefined ? undefined : index.entity(id);
    while (entity?.mergedInto !== undefined) entity = index.entity(entity.mergedInto);
    return entity;
  };
  const context: LinkerContext = {
    index,
    keysOf: (unit) => unitKeys(unit, countryOf),
    resolve,
    mergeEntities(a, b, rule, why) {
      // The entity with more units keeps its id; ties go to the older.
      const [into, from] =
        b.units > a.units || (b.units === a.units && b.created < a.created) ? [b, a] : [a, b];
      index.put(combine(into, from), []);
      index.put({ ...from, mergedInto: into.id }, []);
      index.reassign(from.id, into.id);
      const merge: EntityMerge = { kind: 'entity-merge', from: from.id, into: into.id, rule, evidence: why };
      index.recordMerge(merge);
      return merge;
    },
  };

  const linkUnit = (unit: EntityUnit, merges: EntityMerge[]): EntityLink => {
    index.putUnit(unit);
    const keys = context.keysOf(unit);
    const matches = [...index.lookup(keys.query)]
      .map(([id, shared]) => {
        const entity = index.entity(id);
        return entity ? matchEntity(unit, entity, shared) : null;
      })
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
      index.put(entity, keys.file);
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
      const live = resolve(other.entity.id);
      if (!live || live.id === resolve(target.id)?.id || forbidden(context, live.id, target.id)) continue;
      const merge = context.mergeEntities(
        resolve(target.id) ?? target,
        live,
        'bridge',
        `“${unit.name}” matched both: ${best.evidence}; ${other.evidence}`,
      );
      merges.push(merge);
      target = resolve(merge.into) ?? target;
    }
    const entity = absorb(resolve(target.id) ?? target, unit);
    index.put(entity, keys.file);
    return setLink(unit, entity.id, best.rule, best.confidence, best.evidence);
  };

  const setLink = (
    unit: EntityUnit,
    entity: string,
    rule: EntityLink['rule'],
    confidence: number,
    evidence: string,
  ) => {
    const link: EntityLink = { kind: 'entity-link', unit: unit.key, entity, rule, confidence, evidence };
    index.setLink(link);
    return link;
  };

  return Object.freeze({
    /** Links the entities of one analysed article. */
    addArticle(article: Article, seq: number): ArticleEntityLinks {
      const merges: EntityMerge[] = [];
      const links = entityUnits(article, seq, index.decisions(), governmentName, words).map((u) =>
        linkUnit(u, merges),
      );
      const canonical = new Map<string, string>();
      for (const link of links) {
        const local = link.unit.slice(article.id.length + 1);
        const entity = resolve(index.linkOf(link.unit)?.entity)?.id;
        if (entity && !local.includes('~')) canonical.set(local, entity);
      }
      return { article: article.id, links, merges, canonical };
    },
    /** The live canonical entity for an id (following merges). */
    resolve,
    /** The canonical entity an article's entity was linked to. */
    entityOf: (article: string, entity: string) => resolve(index.linkOf(`${article}#${entity}`)?.entity),
    /** The place a government entity governs ("Russian government" → Russia), when stored. */
    governedPlace(entity: CanonicalEntity): CanonicalEntity | undefined {
      if (!entity.governmentOf) return undefined;
      const [id] = index.lookup([`k:${entity.governmentOf}`]).keys();
      return resolve(id);
    },
    /**
     * A user's decision: the two entities are one. Stored (by units, not ids) and applied now.
     */
    merge(a: string, b: string, note?: string): EntityMerge | null {
      const [ua, ub] = [anchorUnit(index, a), anchorUnit(index, b)];
      if (!ua || !ub) return null;
      const id = stableId('decision', 'merge', ua, ub, String(index.decisions().length));
      const decision = { kind: 'merge' as const, id, a: ua, b: ub, ...(note ? { note } : {}) };
      index.addDecision(decision);
      return applyDecision(context, decision);
    },
    /**
     * A user's decision: these units, and these mentions, are another entity than the rest of
     * `entity`. Stored and applied now; returns the new entity.
     */
    split(
      entity: string,
      parts: {
        readonly units?: readonly string[];
        readonly mentions?: readonly { article: string; mention: string }[];
      },
      note?: string,
    ): CanonicalEntity | null {
      const live = resolve(entity);
      if (!live) return null;
      const leaving = new Set(parts.units ?? []);
      const mentionUnits = new Set(
        (parts.mentions ?? []).flatMap((m) =>
          index.unitsIn(m.article).filter((u) => index.unit(u)?.mentions.includes(m.mention)),
        ),
      );
      const from = index
        .unitsOf(live.id)
        .filter((u) => !leaving.has(u))
        .map((u) => index.unit(u))
        .filter((u): u is EntityUnit => u !== undefined)
        .sort((x, y) => x.seq - y.seq || (x.key < y.key ? -1 : 1))
        .find((u) => !mentionUnits.has(u.key) || u.mentions.length > 1);
      if (!from) return null;
      const id = stableId('decision', 'split', from.key, String(index.decisions().length));
      const decision = {
        kind: 'split' as const,
        id,
        from: from.key,
        units: [...leaving],
        mentions: [...(parts.mentions ?? [])],
        ...(note ? { note } : {}),
      };
      index.addDecision(decision);
      applyDecision(context, decision);
      return resolve(entityIdFor(`split:${id}`)) ?? null;
    },
    /** Applies every stored decision again, in order: the last step of a rebuild. */
    replay(): void {
      for (const decision of index.decisions()) applyDecision(context, decision);
    },
  });
}

export type EntityLinker = ReturnType<typeof createEntityLinker>;

/** A unit of the entity that stands for it in a decision: its earliest. */
function anchorUnit(index: EntityIndex, entity: string): string | undefined {
  return index
    .unitsOf(entity)
    .map((u) => index.unit(u))
    .filter((u): u is EntityUnit => u !== undefined)
    .sort((a, b) => a.seq - b.seq || (a.key < b.key ? -1 : 1))[0]?.key;
}

/** True when a user's split keeps these two entities apart. */
export function forbidden(context: LinkerContext, a: string, b: string): boolean {
  const { index, resolve } = context;
  const entityOf = (unit: string) => resolve(index.linkOf(unit)?.entity)?.id;
  for (const d of index.decisions()) {
    if (d.kind !== 'split') continue;
    const side = entityOf(d.from);
    const others = new Set(
      [
        ...d.units,
        ...d.mentions.flatMap((m) => index.unitsIn(m.article).filter((u) => u.endsWith(`~split:${d.id}`))),
      ].map(entityOf),
    );
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
