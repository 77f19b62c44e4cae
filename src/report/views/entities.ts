import type { Article, Entity, EntityType, Mention } from '../../model/index.js';

/**
 * The JSON view of the entities layer: one item per mention, with its words, type, the
 * canonical name of its entity, the role (the mention's own, else the entity's first), and span.
 *
 * @example entitiesJson(article)[0] // { text: 'Ria Novosti', type: 'outlet', name: 'RIA Novosti', ... }
 */
export function entitiesJson(article: Article): unknown[] {
  const byId = new Map((article.entities ?? []).map((e) => [e.id, e]));
  return (article.mentions ?? []).map((m: Mention) => {
    const e = byId.get(m.entity);
    const role = m.role ?? e?.roles[0];
    return {
      text: m.text,
      type: m.type,
      name: e?.name ?? m.text,
      role: role?.title ?? null,
      ...(role?.affiliation ? { affiliation: role.affiliation } : {}),
      span: m.span,
      form: m.form,
      entity: m.entity,
      ...(e?.country ? { country: e.country } : {}),
      ...(m.metonymy ? { metonymy: m.metonymy } : {}),
      rule: m.rule,
    };
  });
}

const SECTIONS: readonly (readonly [EntityType, string])[] = [
  ['person', 'people'],
  ['outlet', 'outlets'],
  ['organization', 'organisations'],
  ['group', 'groups (unnamed sources)'],
  ['place', 'places'],
  ['nationality', 'nationalities'],
  ['instrument', 'legal instruments'],
  ['event', 'events'],
];

/** The readable lines of the entities layer for `claimline extract`: people with their roles first. */
export function entitiesText(article: Article): string[] {
  const items = article.entities ?? [];
  if (items.length === 0) return [];
  const mentions = new Map((article.mentions ?? []).map((m) => [m.id, m]));
  const out = ['', `entities (${items.length}):`];
  for (const [type, title] of SECTIONS) {
    const of = items.filter((e) => e.type === type);
    if (of.length === 0) continue;
    out.push(`  ${title}:`);
    for (const e of of)
      out.push(
        `    ${line(
          e,
          e.mentions.map((id) => mentions.get(id)),
        )}`,
      );
  }
  return out;
}

function line(e: Entity, ms: readonly (Mention | undefined)[]): string {
  const role = e.roles
    .map((r) => `${r.title}${r.affiliation && !r.title.includes(r.affiliation) ? ` (${r.affiliation})` : ''}`)
    .join('; ');
  const forms = e.aliases.length > 0 ? `  also: ${e.aliases.map((a) => `“${a}”`).join(', ')}` : '';
  const gov = ms.filter((m) => m?.metonymy === 'government').length;
  const country = e.country && e.type !== 'place' ? ` [${e.country}]` : '';
  return `${e.name}${country}${role ? ` — ${role}` : ''}  ×${ms.length}${gov > 0 ? `, ${gov}× for its government` : ''}${forms}`;
}
