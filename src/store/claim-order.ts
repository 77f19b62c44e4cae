/**
 * The order of `Store.claimOrder`: by the ISO value of the time a claim refers to, compared
 * byte by byte, which for years, months and days (and ranges and times of them) is the order
 * of their start, the coarser first at one start ('2019' < '2019-01' < '2019-01-01'); a week,
 * quarter, half or season sorts after the days of its year. Claims with no time come last; then
 * storage order. Byte order is what the index on `refers` holds, so a page is read from the
 * index without sorting the store's claims.
 */
export const CLAIM_TIME_ORDER = 'l.refers COLLATE "C" NULLS LAST, l.article, l.ord';
