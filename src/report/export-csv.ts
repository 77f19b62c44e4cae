import type { ClaimView } from '../engine/views.js';

const COLUMNS = [
  'key',
  'article',
  'outlet',
  'published',
  'title',
  'url',
  'speaker',
  'carriers',
  'modality',
  'refers',
  'said',
  'deadline',
  'quantities',
  'text',
  'span_start',
  'span_end',
  'stage',
  'rule',
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; formula starts defused. */
function field(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  // A spreadsheet would run "=..." as a formula: article text is untrusted.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Claims as CSV (RFC 4180, CRLF line ends, a header row), one row per claim with its article
 * (outlet, publication date, title, URL), source chain, times, quantities and the span of the
 * words it came from.
 *
 * @example claimsCsv(page.items).split('\r\n')[0] // 'key,article,outlet,...'
 */
export function claimsCsv(claims: readonly ClaimView[]): string {
  const rows = claims.map((c) =>
    [
      c.key,
      c.articleId,
      c.outlet,
      c.published,
      c.title,
      c.url,
      c.speaker?.name ?? null,
      c.carriers.join(' > '),
      c.modality,
      c.times.refers?.value ?? null,
      c.times.said?.value ?? null,
      c.deadline?.value ?? null,
      c.quantities.map((q) => q.text).join('; '),
      c.text,
      c.span.start,
      c.span.end,
      c.stage,
      c.rule,
    ]
      .map(field)
      .join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
