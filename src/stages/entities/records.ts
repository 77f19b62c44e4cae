import type { Entity, Mention, Role, Span } from '../../model/index.js';
import type { Clusters } from './cluster.js';
import { institutionCountry } from './compatible.js';
import type { Doc, Found } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Turns the resolved mentions into the model's records: mentions in text order (ids m1, m2...)
 * and entities in order of first mention (e1, e2...), each entity named by its fullest form.
 *
 * @example records(doc, cs, 'entities') // { mentions: [...], entities: [...] }
 */
export function records(doc: Doc, cs: Clusters, stage: string): { mentions: Mention[]; entities: Entity[] } {
  const placed: { f: Found; span: Span; text: string; role: Role | undefined }[] = [];
  for (const f of doc.found) {
    if (f.entity === undefined) continue;
    const span = f.span ?? {
      start: doc.tokens[f.first]?.span.start ?? 0,
      end: doc.tokens[f.end - 1]?.span.end ?? 0,
    };
    placed.push({ f, span, text: doc.text.slice(span.start, span.end), role: roleOf(doc, cs, f, stage) });
  }
  placed.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const entityOrder = [...new Set(placed.map(({ f }) => f.entity ?? -1))];
  const entityId = new Map(entityOrder.map((c, k) => [c, `e${k + 1}`]));
  const byEntity = new Map<number, (typeof placed)[number][]>();
  const mentions: Mention[] = placed.map((p, k) => {
    const c = p.f.entity ?? -1;
    const list = byEntity.get(c) ?? [];
    list.push(p);
    byEntity.set(c, list);
    const m: Mutable<Mention> = {
      kind: 'mention',
      id: `m${k + 1}`,
      text: p.text,
      type: cs.list[c]?.type ?? p.f.type,
      entity: entityId.get(c) ?? '',
      form: p.f.form,
      span: p.span,
      stage,
      rule: p.f.rule,
      confidence: p.f.confidence,
    };
    if (p.f.metonymy) m.metonymy = p.f.metonymy;
    const extent = extentOf(doc, p.f);
    if (extent && (extent.start !== p.span.start || extent.end !== p.span.end)) m.extent = extent;
    if (p.role) m.role = p.role;
    return m;
  });
  const ids = new Map(placed.map((p, k) => [p, `m${k + 1}`]));
  const entities: Entity[] = entityOrder.map((c) => {
    const members = byEntity.get(c) ?? [];
    const type = cs.list[c]?.type ?? 'organization';
    const name = type === 'group' ? groupName(doc, members) : nameOf(type, members);
    const texts = new Set<string>();
    for (const m of members) if (m.f.form !== 'pronoun' && m.text !== name) texts.add(m.text);
    // Titles given with a name say more than a description ("the Russian official").
    const roles = rolesOf(members);
    let country: string | undefined;
    for (const m of members) if ((country ??= m.f.country)) break;
    for (const r of roles) if ((country ??= r.country)) break;
    const e: Mutable<Entity> = {
      kind: 'entity',
      id: entityId.get(c) ?? '',
      type,
      name,
      aliases: [...texts],
      roles,
      mentions: members.map((m) => ids.get(m) ?? ''),
      stage,
      rule: members[0]?.f.rule ?? 'none',
      confidence: members.reduce((max, m) => Math.max(max, m.f.confidence), 0),
    };
    if (country) e.country = country;
    return e;
  });
  return { mentions, entities };
}

function extentOf(doc: Doc, f: Found): Span | undefined {
  if (!f.extent || f.span) return undefined;
  const a = doc.tokens[f.extent.first];
  const b = doc.tokens[f.extent.end - 1];
  return a && b ? { start: a.span.start, end: b.span.end } : undefined;
}

function roleOf(doc: Doc, cs: Clusters, f: Found, stage: string): Role | undefined {
  if (!f.role) return undefined;
  const span = {
    start: doc.tokens[f.role.first]?.span.start ?? 0,
    end: doc.tokens[f.role.end - 1]?.span.end ?? 0,
  };
  const role: Mutable<Role> = {
    title: doc.text.slice(span.start, span.end).replace(/^(?:a|an|the)\s+/i, ''),
    span,
    stage,
    rule: f.role.rule,
  };
  if (f.role.affiliation) role.affiliation = f.role.affiliation;
  const country =
    f.role.country ?? (f.role.affiliation ? institutionCountry(cs, f.role.affiliation) : undefined);
  if (country) role.country = country;
  return role;
}

/** The fullest form: the lexicon's canonical name, else the longest proper name, else the first words. */
function nameOf(type: string, members: readonly { f: Found; text: string }[]): string {
  const canonical = type === 'group' ? undefined : members.find((m) => m.f.canonical)?.f.canonical;
  if (canonical) return canonical;
  let best = '';
  let bestWords = 0;
  for (const m of members) {
    if (m.f.form !== 'name') continue;
    const text = withoutThe(m.text);
    let words = 1;
    for (let k = text.indexOf(' '); k >= 0; k = text.indexOf(' ', k + 1)) words++;
    if (words > bestWords || (words === bestWords && text.length > best.length))
      [best, bestWords] = [text, words];
  }
  return best || withoutThe(members[0]?.text ?? '');
}

/**
 * An unnamed group is named by its words as written mid-sentence: "defectors", not the capital of
 * "Defectors have said" at a sentence start. A sentence-initial nationality keeps its capital
 * ("Russian officials").
 */
function groupName(doc: Doc, members: readonly { f: Found; text: string }[]): string {
  const inside = members.find((m) => doc.initial[m.f.first] === 0 && m.f.form !== 'pronoun');
  if (inside) return withoutThe(inside.text);
  const first = members[0];
  if (!first) return '';
  const text = withoutThe(first.text);
  const opensWithName = doc.found.some(
    (g) => g !== first.f && g.first === first.f.first && g.type !== 'group' && g.form === 'name',
  );
  return opensWithName ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function withoutThe(text: string): string {
  return (text.charCodeAt(0) | 32) === 116 && /^the\s/i.test(text) ? text.slice(4).trimStart() : text;
}

/** Distinct roles; those given with a name first ("the Russian official" only when there is none). */
function rolesOf(members: readonly { f: Found; role: Role | undefined }[]): Role[] {
  const named: Role[] = [];
  const other: Role[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (!m.role || seen.has(m.role.title)) continue;
    seen.add(m.role.title);
    (m.f.form === 'name' ? named : other).push(m.role);
  }
  return named.length > 0 ? named : other;
}
