/**
 * The order of `Store.claimOrder`, in SQL both backends speak: a partial ISO value padded to a
 * day sorts by its start ('2019' as '2019-01-01'), the shorter (coarser) first at one start;
 * claims with no time last; then storage order. A week, quarter, half or season sorts after
 * the days of its year (its start would need date arithmetic each backend writes differently).
 */
export const CLAIM_TIME_ORDER =
  "l.refers IS NULL, substr(l.refers || '-01-01', 1, 10), length(l.refers), l.article, l.ord";
