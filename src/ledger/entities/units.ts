import type { Article, Entity, Mention } from '../../model/index.js';
import { articleTime } from '../common/article-time.js';
import type { LedgerWords } from '../common/ledger-words.js';
import forms from './data/name-forms.json' with { type: 'json' };
import { normalName } from './01-names.js';
import type { EntityDecision, EntityUnit } from './types.js';

const GOVERNMENT = new RegExp(`\\b(${forms.governmentWords.join('|')})\\b`);

/** What of a mention entity linking reads. */
type MentionText = Pick<Mention, 'id' | 'text' | 'metonymy'>;

/**
 * What entity linking reads of one article, derived once (in the extraction worker, stored with
 * the article): its entities, the words and metonymy of their mentions, and its time.
 */
export interface EntityInput {
  readonly kind: 'entity-input';
  readonly article: string;
  readonly time: string | null;
  readonly entities: readonly Entity[];
  readonly mentions: readonly MentionText[];
}

/**
 * The entity-linking input of an analysed article.
 *
 * @example entityInput(article, ledgerWords(lexicon)).mentions.length // the entities' mentions
 */
export function entityInput(article: Article, words: Pick<LedgerWords, 'months'>): EntityInput {
  const entities = article.entities ?? [];
  const used = new Set(entities.flatMap((e) => e.mentions));
  return {
    kind: 'entity-input',
    article: article.id,
    time: article.published.value ?? articleTime(article, words)?.value ?? null,
    entities,
    mentions: (article.mentions ?? [])
      .filter((m) => used.has(m.id))
      .map((m) => ({ id: m.id, text: m.text, ...(m.metonymy ? { metonymy: m.metonymy } : {}) })),
  };
}

/**
 * The units an article brings to cross-article linking: one per entity of its entity layer,
 * except that mentions used as metonymy for a government ("Moscow said …") are carved into a unit
 * of their own that stands for that government, and mentions a user split off are carved out
 * too. An organisation named as a country's government ("the Russian government", "the Kremlin")
 * is a government unit whole.
 *
 * @example entityUnits(article, 3, decisions, governmentName, ledgerWords(lexicon)).map((u) => u.key) // ['a1#e1', 'a1#e2', 'a1#e2~government']
 */
export function entityUnits(
  source: Article | EntityInput,
  seq: number,
  decisions: readonly EntityDecision[] = [],
  governmentName: (code: string) => string,
  words: Pick<LedgerWords, 'months'>,
): EntityUnit[] {
  const input = source.kind === 'entity-input' ? source : entityInput(source, words);
  const article = { id: input.article };
  const mentions = new Map<string, MentionText>(input.mentions.map((m) => [m.id, m]));
  const time = input.time;
  const carved = new Map<string, string>();
  for (const d of decisions) {
    if (d.kind !== 'split') continue;
    for (const m of d.mentions) if (m.article === article.id) carved.set(m.mention, d.id);
  }
  const out: EntityUnit[] = [];
  for (const e of input.entities) {
    const text = (ids: readonly string[]) =>
      Object.fromEntries(ids.map((id) => [id, mentions.get(id)?.text ?? e.name] as const));
    const base: EntityUnit = {
      kind: 'entity-unit',
      key: `${article.id}#${e.id}`,
      article: article.id,
      entity: e.id,
      mentions: e.mentions,
      mentionText: text(e.mentions),
      type: e.type,
      name: e.name,
      aliases: e.aliases.filter((a) => a !== e.name),
      roles: e.roles,
      ...(e.country ? { country: e.country } : {}),
      time,
      seq,
    };
    const isGovernment =
      e.type === 'organization' && e.country !== undefined && GOVERNMENT.test(normalName(e.name));
    const metonymic = e.country ? e.mentions.filter((id) => mentions.get(id)?.metonymy === 'government') : [];
    const split = new Map<string, string[]>();
    for (const id of e.mentions) {
      const decision = carved.get(id);
      if (decision) split.set(decision, [...(split.get(decision) ?? []), id]);
    }
    const taken = new Set([...metonymic, ...[...split.values()].flat()]);
    const rest = e.mentions.filter((id) => !taken.has(id));
    if (rest.length > 0 || e.mentions.length === 0) {
      out.push(
        isGovernment && e.country
          ? { ...base, government: e.country }
          : { ...base, mentions: rest, mentionText: text(rest) },
      );
    }
    if (metonymic.length > 0 && e.country) {
      const ids = metonymic.filter((id) => !carved.has(id));
      if (ids.length > 0) {
        out.push({
          ...base,
          key: `${base.key}~government`,
          mentions: ids,
          mentionText: text(ids),
          type: 'organization',
          name: governmentName(e.country),
          aliases: [...new Set(ids.map((id) => mentions.get(id)?.text ?? e.name))],
          roles: [],
          government: e.country,
        });
      }
    }
    for (const [decision, ids] of split) {
      const names = [...new Set(ids.map((id) => mentions.get(id)?.text ?? e.name))];
      out.push({
        ...base,
        key: `${base.key}~split:${decision}`,
        mentions: ids,
        mentionText: text(ids),
        name: names[0] ?? e.name,
        aliases: names.slice(1),
        roles: [],
      });
    }
  }
  return out;
}
