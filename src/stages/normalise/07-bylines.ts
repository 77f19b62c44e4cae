import { BYLINES } from './data/bylines.js';
import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { classify, openPieces, textOf } from './layout.js';
import type { Layout } from './layout.js';
import type { Rules } from './rules.js';

/**
 * Bylines: "By David Brunnstrom", "Faizan Hashmi 3 minutes ago" (before a date line),
 * "백민경 기자 baek.minkyung@joongang.co.kr", and broadcast sign-offs such as "YTN 이동우입니다."
 * that also name the outlet.
 *
 * @example bylines(l, rules, findings)
 */
export function bylines(l: Layout, rules: Rules, found: Findings): void {
  l.paras.forEach((_, i) => {
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (piece.words > 16) continue;
      for (const rule of BYLINES) {
        const m = rule.pattern.exec(text);
        if (!m || (!rule.prefix && m[0].length !== text.length)) continue;
        const agency = m.groups?.['agency'];
        if (agency !== undefined && !rules.outlets.byName(agency)) continue;
        classify(l, i, piece, [{ start: 0, end: m[0].length, type: 'byline', rule: rule.name }]);
        const outlet = m.groups?.['outlet'];
        const name = outlet ? rules.outlets.byName(outlet) : null;
        if (name) {
          found.outlets.push({
            name,
            rank: RANK.self,
            how: 'byline',
            evidence: `the sign-off "${text}"`,
            rule: rule.name,
            span: piece,
          });
        }
        break;
      }
    }
  });
}
