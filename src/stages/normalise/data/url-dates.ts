/**
 * Dates in article URLs (path and query, never the host), most specific first. Groups: `y`,
 * `m`, `d`. Each rule has a name, recorded as the published date's rule.
 */
export const URL_DATES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  // /2020/01/28/ (UPI, news sites), /2019/12/13/
  { name: 'url-ymd-path', pattern: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{1,2})\/(?<d>\d{1,2})(?=\/|$|[?#])/ },
  // /2020/oct/02/ (The Guardian): an English month abbreviation
  {
    name: 'url-ymd-month-name',
    pattern:
      /\/(?<y>(?:19|20)\d{2})\/(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(?<d>\d{1,2})(?=\/|$|[?#])/i,
  },
  // 2019-12-06 in a slug
  { name: 'url-ymd-dashed', pattern: /(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?!\d)/ },
  // 20190228 at the start of a run of digits: ...-20190228, /20200115/, ud=20180104000729
  { name: 'url-ymd-compact', pattern: /(?<!\d)(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})/ },
  // 03272020205117: month, day, year and a time of day
  { name: 'url-mdy-compact-time', pattern: /(?<!\d)(?<m>\d{2})(?<d>\d{2})(?<y>(?:19|20)\d{2})\d{6}(?!\d)/ },
  // /2020/03/ (NK News, blogs)
  { name: 'url-ym-path', pattern: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{1,2})(?=\/|$|[?#])/ },
];
