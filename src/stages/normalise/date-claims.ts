import type { DatePrecision, InputMeta, Span } from '../../model/index.js';
import type { Header } from './02-header.js';
import type { Findings } from './findings.js';
import type { Rules } from './rules.js';
import { urlDate } from './url-date.js';

/** One source's word on the publication date, ranked by how it was found. */
export interface Claim {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly how: 'meta' | 'url' | 'dateline';
  readonly rule: string;
  readonly words: string;
  readonly span?: Span;
  /** The time zone or offset written with a time ("Z", "+00:00"). */
  readonly zone?: string;
  /** Lower ranks first: the strongest source of its kind. */
  readonly rank: number;
}

/** Everything that may date an article. */
export interface DateSources {
  readonly source: string;
  readonly meta: InputMeta;
  readonly header: Header | null;
  readonly found: Findings;
  /** The article's prose, for inferring a dateline's missing year. */
  readonly prose: string;
  /** The normalised text, to quote the dateline. */
  readonly text: string;
}

/** The claims, best first; a dateline's month and day when it gives no year; a container date that could not be read. */
export interface Claims {
  readonly claims: readonly Claim[];
  readonly partial: {
    readonly month: number;
    readonly day: number;
    readonly words: string;
    readonly span: Span;
  } | null;
  readonly unreadable: string | null;
}

/**
 * Ranks: metadata, then the URL, then a date written in the page near its title (or a weak
 * meta tag), then a URL's bare run of eight digits (as often an id as a date) or its year and month alone
 * (as often a folder's as the article's), then the text's
 * date lines and dateline, and last the page's own date of its last revision (a wiki's "last
 * edited"), which dates a page that says nothing else of when it was written.
 */
const RANK = { meta: 0, url: 1, page: 2, weakUrl: 2.5, dateline: 3, revision: 4 } as const;

/**
 * The claims on an article's publication date, strongest first: the container's metadata and
 * the `date` header (`meta`), the URL (`url`), a date line or the dateline's own date
 * (`dateline`).
 *
 * @example dateClaims(rules, sources).claims[0]?.how // 'meta'
 */
export function dateClaims(rules: Rules, s: DateSources): Claims {
  const claims: Claim[] = [];
  let unreadable: string | null = null;
  if (s.meta.published) {
    const d = rules.dates.first(s.meta.published);
    const words = `${s.meta.provenance?.published ?? 'the metadata'} "${s.meta.published}"`;
    if (d) {
      const zone = d.zone ? { zone: d.zone } : {};
      claims.push({
        value: d.value,
        precision: d.precision,
        how: 'meta',
        rule: 'meta-date',
        words,
        rank: RANK.meta,
        ...zone,
      });
    } else unreadable = words;
  }
  if (s.header) {
    claims.push({
      ...s.header,
      how: 'meta',
      rule: 'date-header',
      words: `the date header "${s.header.words}"`,
      rank: RANK.meta,
    });
  }
  const fromUrl = s.meta.url ? urlDate(s.meta.url) : null;
  if (fromUrl) {
    const rank =
      fromUrl.rule === 'url-ymd-compact' || fromUrl.precision === 'month' ? RANK.weakUrl : RANK.url;
    claims.push({ ...fromUrl, how: 'url', words: `the URL ("${fromUrl.words}")`, rank });
  }
  const line = s.found.dateLines[0];
  if (line) {
    const words = `the date line "${line.words}"`;
    claims.push({
      ...line.date,
      how: 'dateline',
      rule: 'date-line',
      words,
      span: line.span,
      rank: RANK.dateline,
    });
  }
  if (s.meta.pageDate) {
    const d = rules.dates.first(s.meta.pageDate);
    const words = s.meta.provenance?.pageDate ?? `the page's text "${s.meta.pageDate}"`;
    if (d)
      claims.push({
        value: d.value,
        precision: d.precision,
        how: 'dateline',
        rule: 'page-date',
        words,
        rank: RANK.page,
      });
  }
  const dl = s.found.dateline;
  const date = s.found.datelineDate;
  const words = dl
    ? `the dateline "${s.text.slice(dl.span.start, dl.span.end).replace(/\s*(?:--|[-–—])$/, '')}"`
    : '';
  if (dl && date && 'value' in date) {
    claims.push({
      ...date,
      how: 'dateline',
      rule: 'dateline-date',
      words,
      span: dl.span,
      rank: RANK.dateline,
    });
  }
  const partial = dl && date && !('value' in date) ? { ...date, words, span: dl.span } : null;
  // A revision's date is not the publication's: it stands in only for a page dated by nothing else.
  if (s.meta.revised && claims.length === 0 && !partial) {
    const d = rules.dates.first(s.meta.revised);
    const words = `${s.meta.provenance?.revised ?? `the page's text "${s.meta.revised}"`}, the page's last revision`;
    if (d)
      claims.push({
        value: d.value,
        precision: d.precision,
        how: 'dateline',
        rule: 'revision-date',
        words,
        rank: RANK.revision,
      });
  }
  claims.sort((a, b) => a.rank - b.rank);
  return { claims, partial, unreadable };
}
