import type { InputMeta, Outlet } from '../../model/index.js';
import type { Findings, OutletClue } from './findings.js';
import { RANK } from './findings.js';
import { outletKey as nameKey } from '../../lexicon/index.js';
import type { Rules } from './rules.js';

/**
 * The outlet the article credits. Clues rank: the dateline's agency ("Feb. 7 (UPI)"), then the
 * container's metadata (a page's site name, a JSON field), then the text naming itself (a
 * headline suffix, a footer, a date line, a sign-off), then a known URL host, then a photo
 * credit "for" an outlet, then an unknown host. A syndicated copy thus credits the agency that
 * wrote it, not the site that carries it; the evidence names the other clues.
 *
 * @example outlet(rules, meta, findings)?.name // 'UPI'
 */
export function outlet(rules: Rules, meta: InputMeta, found: Findings): Outlet | null {
  const clues: OutletClue[] = [...found.outlets];
  if (meta.outlet) {
    const where = meta.provenance?.outlet ?? 'the metadata';
    const name = rules.outlets.byName(meta.outlet) ?? meta.outlet;
    clues.push({
      name,
      rank: RANK.meta,
      how: 'meta',
      evidence: `${where} "${meta.outlet}"`,
      rule: 'meta-outlet',
    });
  }
  const host = meta.url ? rules.outlets.byUrl(meta.url) : null;
  if (host) {
    const evidence = host.known
      ? `the URL's host ${host.host}`
      : `the URL's host ${host.host} (not a known outlet)`;
    clues.push({
      name: host.name,
      rank: host.known ? RANK.knownHost : RANK.unknownHost,
      how: 'url',
      evidence,
      rule: 'url-host',
    });
  }
  const sorted = clues.map((c, i) => [c, i] as const).sort((a, b) => a[0].rank - b[0].rank || a[1] - b[1]);
  const best = sorted[0]?.[0];
  if (!best) return null;
  const others = sorted.slice(1).map(([c]) => c);
  const agreeing = others.filter((c) => nameKey(c.name) === nameKey(best.name)).map((c) => c.evidence);
  const differing = others
    .filter((c) => nameKey(c.name) !== nameKey(best.name))
    .map((c) => `${c.evidence} names ${c.name}`);
  const notes = [best.evidence, ...agreeing.slice(0, 2).map((e) => `${e} agrees`), ...differing.slice(0, 2)];
  return {
    name: best.name,
    how: best.how,
    evidence: notes.join('; '),
    ...(best.span ? { span: { start: best.span.start, end: best.span.end } } : {}),
  };
}
