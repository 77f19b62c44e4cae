import type { Database } from 'better-sqlite3';
import type { CanonicalEntity, EntityDecision, LedgerLinker } from '../../ledger/index.js';
import type { LedgerChange } from '../ledger.js';
import { foldName } from '../names.js';
import type { LedgerReads } from './ledger-reads.js';

const unchanged = (summary: string): LedgerChange => ({
  changed: false,
  summary,
  decision: null,
  entities: [],
});
const named = (e: CanonicalEntity) => `“${e.name}” (${e.id})`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Users' merge and split decisions over the ledger tables, each in one transaction: the decision
 * is recorded (by unit keys, so that a rebuild replays it) and applied at once, and the answer
 * says in words what changed. Stories are not re-clustered: a story keeps the entity keys it was
 * filed under, and the next articles are linked against the corrected entities.
 *
 * @example const edit = ledgerEdits(db, linker, reads); edit.merge('entity-1', 'entity-2').summary
 */
export function ledgerEdits(db: Database, linker: LedgerLinker, reads: LedgerReads) {
  const index = linker.indexes.entities;
  const lastDecision = (): EntityDecision | null => index.decisions().at(-1) ?? null;
  const describe = (e: CanonicalEntity) => {
    const detail = reads.entity(e.id);
    return `${plural(e.units, 'unit')} in ${plural(detail?.articles ?? 0, 'article')}`;
  };

  const merge = db.transaction((a: string, b: string, note: string | undefined): LedgerChange => {
    const [ea, eb] = [reads.liveEntity(a), reads.liveEntity(b)];
    if (!ea || !eb) return unchanged(`no entity ${ea ? b : a}`);
    if (ea.id === eb.id) return unchanged(`${named(ea)} and ${named(eb)} are already one entity`);
    const done = linker.entities.merge(ea.id, eb.id, note);
    if (!done) return unchanged(`${named(ea)} or ${named(eb)} has no unit to anchor the decision`);
    const into = reads.liveEntity(done.into);
    const from = done.from === ea.id ? ea : eb;
    if (!into) return unchanged(`the merge of ${named(ea)} and ${named(eb)} left no entity`);
    return {
      changed: true,
      summary: `merged ${named(from)} into ${named(into)}: it now has ${describe(into)} and names ${Object.keys(into.aliases).length}`,
      decision: lastDecision(),
      entities: [into],
    };
  });

  const split = db.transaction(
    (entity: string, part: { article: string; mention?: string }, note: string | undefined): LedgerChange => {
      const live = reads.liveEntity(entity);
      if (!live) return unchanged(`no entity ${entity}`);
      const units = index
        .unitsIn(part.article)
        .filter((key) => reads.liveEntity(index.linkOf(key)?.entity ?? '')?.id === live.id);
      if (units.length === 0) return unchanged(`${named(live)} has nothing in article ${part.article}`);
      let parts: { units?: string[]; mentions?: { article: string; mention: string }[] } = { units };
      let what = `${plural(units.length, 'unit')} of article ${part.article}`;
      if (part.mention !== undefined) {
        const wanted = foldName(part.mention);
        const texts = units.flatMap((key) => Object.entries(index.unit(key)?.mentionText ?? {}));
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
      const created = linker.entities.split(live.id, parts, note);
      if (!created) {
        return unchanged(`nothing to split: every unit of ${named(live)} is in what was asked to leave`);
      }
      const rest = reads.liveEntity(live.id) ?? live;
      return {
        changed: true,
        summary: `split ${what} off ${named(rest)} into a new entity ${named(created)}; the two will not be linked again`,
        decision: lastDecision(),
        entities: [rest, created],
      };
    },
  );

  return {
    merge: (a: string, b: string, note?: string): LedgerChange => merge(a, b, note),
    split: (entity: string, part: { article: string; mention?: string }, note?: string): LedgerChange =>
      split(entity, part, note),
  };
}
