import type { TimeRef } from '../../src/engine/views.js';

/** The granularity a TimeML value shows: "2019" year, "2019-12" month, "2019-W06" week... */
export function granularityOf(value: string): string {
  if (value.includes('/')) {
    const [a = '', b = ''] = value.split('/');
    const g = granularityOf(a);
    return g === granularityOf(b) ? `${g} range` : 'range';
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(Q[1-4]|H[12])$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (value.startsWith('P')) return 'duration';
  return 'other';
}

const HOW: Readonly<Record<TimeRef['how'], string>> = {
  explicit: 'named in the text',
  sentence: 'from the sentence',
  context: 'from the context',
  publication: 'the publication date',
};

/** Why a time was given, in words, for tooltips. */
export function timeHow(time: TimeRef): string {
  return `${HOW[time.how]}${time.text ? `: “${time.text}”` : ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A publication date for people: "2019-02-07" → "7 Feb 2019", "2019-02" → "Feb 2019".
 *
 * @example shortDate('2020-01-16T08:00') // '16 Jan 2020'
 */
export function shortDate(value: string | null): string {
  if (!value) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return [m[3] ? String(Number(m[3])) : null, month ?? null, m[1]].filter(Boolean).join(' ');
}

/**
 * Where a claim was reported, as an analyst reads it: the outlet (else the site or the title the
 * article speaks with), and its publication day; an article with none of these says so instead of
 * "the article", and an unknown day is said plainly.
 *
 * @example provenanceLabel({ outlet: null, voice: 'the article', published: null }) // 'an article with no outlet or title, publication date unknown'
 */
export function provenanceLabel(claim: {
  readonly outlet: string | null;
  readonly voice: string;
  readonly published: string | null;
}): string {
  const who =
    claim.outlet ?? (claim.voice === 'the article' ? 'an article with no outlet or title' : claim.voice);
  return `${who}, ${claim.published ? shortDate(claim.published) : 'publication date unknown'}`;
}

/**
 * Who a claim comes from, outermost first, before its speaker: the outlet (else the voice the
 * article speaks with) and the carriers, once each. An article with no outlet, site or title adds
 * nothing before a speaker ("the article › Qatar"): its provenance line says so.
 *
 * @example sourceChain({ outlet: null, voice: 'the article', carriers: [], speaker: { name: 'Qatar' } }) // []
 */
export function sourceChain(claim: {
  readonly outlet: string | null;
  readonly voice: string;
  readonly carriers: readonly string[];
  readonly speaker: { readonly name: string } | null;
}): string[] {
  const outer = claim.outlet ?? (claim.voice === 'the article' && claim.speaker ? null : claim.voice);
  return [...new Set([outer, ...claim.carriers].filter((x): x is string => !!x))];
}

/**
 * The span of publication dates a story covers, said once when its ends agree or are unknown:
 * "28 Feb 2019 – 3 Oct 2023", "Dec 2019", "date unknown"; an unknown end is shown as such.
 *
 * @example dateSpan('2019-12', '2019-12') // 'Dec 2019'
 */
export function dateSpan(first: string | null, last: string | null): string {
  const [a, b] = [shortDate(first), shortDate(last)];
  return a === b ? a : `${a} – ${b}`;
}

/**
 * A number for people, with thin grouping: 34000 → "34,000".
 *
 * @example formatNumber(0.5) // '0.5'
 */
export function formatNumber(n: number | null): string {
  if (n === null) return '?';
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * Splits a claim's text into plain and quoted parts, so quoted words can be shown as quotes.
 *
 * @example quoteParts('he said "no" twice') // [{ text: 'he said ', quoted: false }, { text: 'no', quoted: true }, ...]
 */
export function quoteParts(text: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  const re = /“([^”]+)”|"([^"]+)"/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), quoted: false });
    parts.push({ text: m[1] ?? m[2] ?? '', quoted: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), quoted: false });
  return parts;
}

/**
 * A user's verdict on a conflict in words, or null when there is none.
 *
 * @example decisionLabel({ verdict: 'wrong', note: 'two measures', decidedAt: '2026-12-07T08:00:00Z' }) // 'Marked wrong on 2026-12-07: two measures'
 */
export function decisionLabel(
  decision: {
    readonly verdict: 'wrong' | 'confirmed';
    readonly note: string | null;
    readonly decidedAt: string;
  } | null,
): string | null {
  if (!decision) return null;
  const note = decision.note ? `: ${decision.note}` : '';
  return `Marked ${decision.verdict === 'wrong' ? 'wrong' : 'confirmed'} on ${decision.decidedAt.slice(0, 10)}${note}`;
}
