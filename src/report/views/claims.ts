import { unresolvedLabel } from './time-label.js';
import type { Article, Claim, TimeRef } from '../../model/index.js';

/** The JSON view of the claims layer: names beside ids, quantities inlined. */
export function claimsJson(article: Article): unknown[] {
  const quantities = new Map((article.quantities ?? []).map((q) => [q.id, q]));
  return (article.claims ?? []).map((c) => ({
    id: c.id,
    text: c.text,
    span: c.span,
    source: c.source ? { name: c.source.name, type: c.source.type } : null,
    chain: c.chain.map((s) => s.name),
    modality: c.modality,
    times: c.times,
    deadline: c.deadline ?? null,
    quantities: c.quantities.map((id) => {
      const q = quantities.get(id);
      return q
        ? { id, text: q.text, value: q.value ?? null, min: q.min ?? null, max: q.max ?? null }
        : { id };
    }),
    attribution: c.attribution ?? null,
    about: c.about,
    stage: c.stage,
    rule: c.rule,
  }));
}

/** The ledger lines of one article: when each claim refers to, who stands behind it, what it says. */
export function claimsText(article: Article): string[] {
  const items = article.claims ?? [];
  if (items.length === 0) return [];
  const outlet = article.outlet?.name ?? 'the article';
  return ['', `claims (${items.length}):`, ...items.flatMap((c) => claimLines(c, outlet))];
}

function claimLines(c: Claim, outlet: string): string[] {
  const who =
    c.chain.length > 0
      ? c.chain.map((s) => s.name).join(' → ')
      : c.source
        ? c.source.name
        : `${outlet} (own voice)`;
  const when = refLabel(c.times.refers).padEnd(18);
  const lines = [`  ${when} ${c.modality.padEnd(9)} ${who}: “${c.text}”`];
  const notes: string[] = [];
  if (c.times.said) notes.push(`said ${refLabel(c.times.said)}`);
  if (c.deadline) {
    const words = c.deadline.text && c.deadline.text !== c.deadline.value ? `“${c.deadline.text}” = ` : '';
    notes.push(`deadline ${words}${refLabel(c.deadline)}`);
  }
  if (notes.length > 0) lines.push(`  ${' '.repeat(18)} ${' '.repeat(9)} (${notes.join('; ')})`);
  return lines;
}

function refLabel(ref: TimeRef | null): string {
  if (!ref) return 'time unknown';
  const unresolved = unresolvedLabel(ref);
  if (unresolved) return unresolved;
  return ref.how === 'publication' ? `${ref.value} (pub.)` : ref.value;
}
