import type { Entity, Mention, Role } from '../../model/index.js';
import type { Clusters } from './cluster.js';
import { membersOf } from './cluster.js';
import { institutionCountry } from './compatible.js';
import type { Doc, Found } from './types.js';
import { foundText } from './types.js';

/**
 * Turns the resolved mentions into the model's records: mentions in text order (ids m1, m2...)
 * and entities in order of first mention (e1, e2...), each entity named by its fullest form.
 *
 * @example records(doc, cs, 'entities') // { mentions: [...], entities: [...] }
 */
export function records(doc: Doc, cs: Clusters, stage: string): { mentions: Mention[]; entities: Entity[] } {
  const spanOf = (f: Found) =>
    f.span ?? { start: doc.tokens[f.first]?.span.start ?? 0, end: doc.tokens[f.end - 1]?.span.end ?? 0 };
  const placed = doc.found
    .map((f, index) => ({ f, index, span: spanOf(f) }))
    .filter(({ f }) => f.entity !== undefined)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const entityOrder: number[] = [];
  for (const { f } of placed) if (!entityOrder.includes(f.entity ?? -1)) entityOrder.push(f.entity ?? -1);
  const entityId = new Map(entityOrder.map((c, k) => [c, `e${k + 1}`]));
  const mentionIds = new Map<number, string>();
  const roleOf = (f: Found): Role | undefined => {
    if (!f.role) return undefined;
    const span = {
      start: doc.tokens[f.role.first]?.span.start ?? 0,
      end: doc.tokens[f.role.end - 1]?.span.end ?? 0,
    };
    const title = doc.text.slice(span.start, span.end).replace(/^(?:a|an|the)\s+/i, '');
    const country =
      f.role.country ?? (f.role.affiliation ? institutionCountry(cs, f.role.affiliation) : undefined);
    return {
      title,
      ...(f.role.affiliation ? { affiliation: f.role.affiliation } : {}),
      ...(country ? { country } : {}),
      span,
      stage,
      rule: f.role.rule,
    };
  };
  const mentions: Mention[] = placed.map(({ f, index, span }, k) => {
    const id = `m${k + 1}`;
    mentionIds.set(index, id);
    const role = roleOf(f);
    return {
      kind: 'mention',
      id,
      text: doc.text.slice(span.start, span.end),
      type: cs.list[f.entity ?? -1]?.type ?? f.type,
      entity: entityId.get(f.entity ?? -1) ?? '',
      form: f.form,
      ...(f.metonymy ? { metonymy: f.metonymy } : {}),
      ...(role ? { role } : {}),
      span,
      stage,
      rule: f.rule,
      confidence: f.confidence,
    };
  });
  const entities: Entity[] = entityOrder.map((c) => {
    const members = membersOf(doc, cs, c).sort((a, b) => spanOf(a).start - spanOf(b).start);
    const type = cs.list[c]?.type ?? 'organization';
    const name = nameOf(doc, type, members);
    const texts = [...new Set(members.filter((m) => m.form !== 'pronoun').map((m) => foundText(doc, m)))];
    // Titles given with a name say more than a description ("the Russian official").
    const named = uniqueRoles(members.filter((m) => m.form === 'name').flatMap((m) => roleOf(m) ?? []));
    const roles = named.length > 0 ? named : uniqueRoles(members.flatMap((m) => roleOf(m) ?? []));
    const country = members.find((m) => m.country)?.country ?? roles.find((r) => r.country)?.country;
    const first = members[0];
    return {
      kind: 'entity',
      id: entityId.get(c) ?? '',
      type,
      name,
      aliases: texts.filter((t) => t !== name),
      roles,
      ...(country ? { country } : {}),
      mentions: members.map((m) => mentionIds.get(doc.found.indexOf(m)) ?? '').filter(Boolean),
      stage,
      rule: first?.rule ?? 'none',
      confidence: Math.max(...members.map((m) => m.confidence)),
    };
  });
  return { mentions, entities };
}

/** The fullest form: the lexicon's canonical name, else the longest proper name, else the first words. */
function nameOf(doc: Doc, type: string, members: readonly Found[]): string {
  const canonical = members.find((m) => m.canonical && type !== 'group')?.canonical;
  if (canonical) return canonical;
  const names = members
    .filter((m) => m.form === 'name')
    .map((m) => foundText(doc, m).replace(/^the\s+/i, ''));
  const longest = names.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0];
  return longest ?? foundText(doc, members[0] ?? { first: 0, end: 0 }).replace(/^the\s+/i, '');
}

function uniqueRoles(roles: readonly Role[]): Role[] {
  const seen = new Set<string>();
  return roles.filter((r) => !seen.has(r.title) && (seen.add(r.title), true));
}
