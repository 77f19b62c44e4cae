import type { Lexicon } from '../../lexicon/index.js';
import { foldName } from '../common/names.js';
import { createEntityLinker } from '../entities/linker.js';
import type { CanonicalEntity, EntityDecision } from '../entities/types.js';
import type { ViewKeeper } from './materialise.js';
import type { LedgerBackend, LedgerTransaction } from './ports.js';
import { ledgerReads } from './reads.js';
import { storiesOf } from './stale.js';
import type { LedgerChange } from './views.js';

const unchanged = (summary: string): LedgerChange => ({
  changed: false,
  summary,
  decision: null,
  entities: [],
});
const named = (e: CanonicalEntity) => `“${e.name}” (${e.id})`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Users' merge and split decisions, each in one transaction: the decision is recorded (by unit
 * keys, so that a rebuild replays it) and applied at once, and the answer says in words what
 * changed. Stories are not re-clustered: a story keeps the entity keys it was filed under, and
 * the next articles are linked against the corrected entities. The views of the stories with an
 * article of the entities changed are made again once the decision is committed (`keep`).
 *
 * @example const edit = ledgerEdits(backend, createLexicon(), keep); (await edit.merge('entity-1', 'entity-2')).summary
 */
export function ledgerEdits(backend: LedgerBackend, lexicon: Lexicon, keep: ViewKeeper) {
  const inTransaction = async (work: (edit: Editing) => Promise<LedgerChange>): Promise<LedgerChange> => {
    let stale: string[] = [];
    const done = await backend.transaction(async (tx) => {
      const bound: LedgerBackend = { ...backend, indexes: tx.indexes, views: tx.views };
      const change = await work({
        index: tx.indexes.entities,
        linker: createEntityLinker(tx.indexes.entities, { lexicon }),
        reads: ledgerReads(bound),
      });
      if (!change.changed) return change;
      // A decision renames, merges or splits entities: the stories that show them are made again.
      stale = await storiesShowing(tx, change.entities);
      await tx.stored.stale(stale);
      return change;
    });
    await keep(stale);
    return done;
  };

  return Object.freeze({
    merge: (a: string, b: string, note?: string): Promise<LedgerChange> =>
      inTransaction(async ({ index, linker, reads }) => {
        const [ea, eb] = [await reads.liveEntity(a), await reads.liveEntity(b)];
        if (!ea || !eb) return unchanged(`no entity ${ea ? b : a}`);
        if (ea.id === eb.id) return unchanged(`${named(ea)} and ${named(eb)} are already one entity`);
        const done = await linker.merge(ea.id, eb.id, note);
        if (!done) return unchanged(`${named(ea)} or ${named(eb)} has no unit to anchor the decision`);
        const into = await reads.liveEntity(done.into);
        const from = done.from === ea.id ? ea : eb;
        if (!into) return unchanged(`the merge of ${named(ea)} and ${named(eb)} left no entity`);
        const articles = (await reads.entity(into.id))?.articles ?? 0;
        return {
          changed: true,
          summary: `merged ${named(from)} into ${named(into)}: it now has ${plural(into.units, 'unit')} in ${plural(articles, 'article')} and names ${Object.keys(into.aliases).length}`,
          decision: await lastDecision(index),
          entities: [into],
        };
      }),

    split: (
      entity: string,
      part: { readonly article: string; readonly mention?: string },
      note?: string,
    ): Promise<LedgerChange> =>
      inTransaction(async ({ index, linker, reads }) => {
        const live = await reads.liveEntity(entity);
        if (!live) return unchanged(`no entity ${entity}`);
        const units: string[] = [];
        for (const key of await index.unitsIn(part.article)) {
          const linked = await reads.liveEntity((await index.linkOf(key))?.entity ?? '');
          if (linked?.id === live.id) units.push(key);
        }
        if (units.length === 0) return unchanged(`${named(live)} has nothing in article ${part.article}`);
        let parts: { units?: string[]; mentions?: { article: string; mention: string }[] } = { units };
        let what = `${plural(units.length, 'unit')} of article ${part.article}`;
        if (part.mention !== undefined) {
          const wanted = foldName(part.mention);
          const texts: [string, string][] = [];
          for (const key of units) texts.push(...Object.entries((await index.unit(key))?.mentionText ?? {}));
          const mentions = texts.filter(([, text]) => foldName(text) === wanted).map(([id]) => id);
          if (mentions.length === 0) {
            const seen = [...new Set(texts.map(([, text]) => `“${text}”`))].join(', ');
            return unchanged(
              `no mention “${part.mention}” of ${named(live)} in ${part.article} (it has ${seen})`,
            );
          }
          parts = { mentions: mentions.map((mention) => ({ article: part.article, mention })) };
          what = `${plural(mentions.length, 'mention')} “${part.mention}” in article ${part.article}`;
        }
        const created = await linker.split(live.id, parts, note);
        if (!created) {
          return unchanged(`nothing to split: every unit of ${named(live)} is in what was asked to leave`);
        }
        const rest = (await reads.liveEntity(live.id)) ?? live;
        return {
          changed: true,
          summary: `split ${what} off ${named(rest)} into a new entity ${named(created)}; the two will not be linked again`,
          decision: await lastDecision(index),
          entities: [rest, created],
        };
      }),
  });
}

interface Editing {
  readonly index: LedgerBackend['indexes']['entities'];
  readonly linker: ReturnType<typeof createEntityLinker>;
  readonly reads: ReturnType<typeof ledgerReads>;
}

/**
 * The stories with an article of these entities (after the change: a merge's units are all the
 * merged entity's, a split's are on its two sides), by the ids their articles are filed under.
 */
async function storiesShowing(
  tx: LedgerTransaction,
  entities: readonly CanonicalEntity[],
): Promise<string[]> {
  const articles = new Set<string>();
  for (const entity of entities)
    for (const unit of await tx.indexes.entities.unitsOf(entity.id))
      articles.add(unit.slice(0, unit.indexOf('#')));
  return storiesOf(tx, articles);
}

async function lastDecision(index: LedgerBackend['indexes']['entities']): Promise<EntityDecision | null> {
  return (await index.decisions()).at(-1) ?? null;
}
