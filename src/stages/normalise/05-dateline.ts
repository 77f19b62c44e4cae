import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { classify, openPieces, textOf } from './layout.js';
import { isBodyLike, wordCount } from './words.js';
import type { Layout } from './layout.js';
import type { Rules } from './rules.js';
import { STAGE } from './stage-name.js';

/** What every dateline pattern needs in its first characters. */
const MARKS = /[(/—–:]|--| -/;

/** Datelines are looked for in the first paragraphs only. */
const SEARCH = 8;

/**
 * Finds the dateline ("Feb. 7 (UPI) --", "MOSCOW (Reuters) -", "NEW YORK. Feb 7 (Interfax) -",
 * "(CNN)") at the start of one of the first paragraphs, makes it a block of its own, and keeps
 * its place, outlet and date. Looser patterns are tried on the first body paragraph only.
 *
 * @example dateline(l, rules, findings); findings.dateline?.outlet // 'UPI'
 */
export function dateline(l: Layout, rules: Rules, found: Findings): void {
  let firstBody = true;
  for (let i = 0; i < Math.min(SEARCH, l.paras.length); i++) {
    const para = l.paras[i];
    const piece = openPieces(l, i)[0];
    if (!para || !piece || piece.start !== para.start) continue;
    const text = textOf(l, piece);
    const bodyLike = isBodyLike(text, piece.words);
    // Every dateline holds a parenthesis, a slash, a dash or a colon near the start: skip the
    // patterns otherwise.
    if (!MARKS.test(text.slice(0, 100))) {
      if (bodyLike) firstBody = false;
      continue;
    }
    for (const d of rules.datelines) {
      if (d.firstOnly && !(firstBody && bodyLike)) continue;
      const m = d.pattern.exec(text);
      const groups = m?.groups ?? {};
      if (!m || m[0].length >= text.length) continue;
      const agencies = (groups['agency'] ?? '')
        .split(/\s*\/\s*/)
        .map((a) => a.trim())
        .filter(Boolean);
      const agency = agencies[0];
      const known = agency ? rules.outlets.byName(agency) : null;
      if (agency && !known && (d.knownAgency || !/^\p{Lu}/u.test(agency) || wordCount(agency) > 4)) continue;
      const words = m[0].trim();
      const span = { start: piece.start, end: piece.start + m[0].trimEnd().length };
      const place = groups['place']?.trim();
      const date = groups['date']?.trim();
      const when = date ? readDate(date, rules) : null;
      if (date && !when) continue; // "Trump 2 (AP) -" has no month: not this pattern
      found.dateline = {
        kind: 'dateline',
        span,
        stage: STAGE,
        rule: d.name,
        ...(place ? { place } : {}),
        ...(agency ? { outlet: known ?? agency } : {}),
        ...(date ? { date } : {}),
      };
      found.datelineDate = when;
      if (agency) {
        const also = agencies.length > 1 ? ` (with ${agencies.slice(1).join(', ')})` : '';
        found.outlets.push({
          name: known ?? agency,
          rank: RANK.dateline,
          how: 'dateline',
          evidence: `the dateline "${words}"${also}`,
          rule: d.name,
          span,
        });
      }
      classify(l, i, piece, [{ start: 0, end: m[0].length, type: 'dateline', rule: d.name }]);
      return;
    }
    if (bodyLike) firstBody = false;
  }
}

function readDate(date: string, rules: Rules): Findings['datelineDate'] {
  const md = rules.monthDay.exec(date);
  if (md) {
    const month = rules.dateWords.months[(md[1] ?? '').toLowerCase()];
    const day = Number(md[2]);
    return month && day >= 1 && day <= 31 ? { month, day } : null;
  }
  return rules.dates.first(date);
}
