import { DATE_LABELS } from './data/bylines.js';
import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { classifyAll, openPieces, textOf } from './layout.js';
import { wordCount } from './words.js';
import type { Layout } from './layout.js';
import type { Rules } from './rules.js';

/** Date lines are looked for in the first paragraphs only: later ones date other things. */
const SEARCH = 8;

/**
 * Date lines near the top of the article: a short piece that is (almost) only a date —
 * "23 Jan 2020 18:20", "Fri 13th December 2019 | 08:17 PM", "Posted on : Dec.23,2019 17:49 KST".
 * What else it holds may only be labels ("Posted on") and an outlet's name ("Reuters , Tuesday 30
 * Jan 2018", "Epoch Times7. Februar 2018"), which becomes a clue to the outlet.
 *
 * @example dateLines(l, rules, findings); findings.dateLines[0]?.date.value
 */
export function dateLines(l: Layout, rules: Rules, found: Findings): void {
  for (let i = 0; i < Math.min(SEARCH, l.paras.length); i++) {
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (piece.words > 16 || !/\d{2}/.test(text)) continue;
      const dates = rules.dates.findAll(text);
      const first = dates[0];
      if (!first) continue;
      let rest = text;
      for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
      rest = rest.replace(DATE_LABELS, ' ').replace(/\s+/g, ' ').trim();
      const outlet = rest ? rules.outlets.byName(rest) : null;
      // Anything else than labels and an outlet's name (a lower-case word) makes it a sentence.
      if (rest && !outlet && (wordCount(rest) > 3 || /(?:^|\s)\p{Ll}/u.test(rest))) continue;
      classifyAll(l, i, piece, 'meta', 'date-line');
      found.dateLines.push({ date: first, span: { start: piece.start, end: piece.end }, words: text });
      if (outlet) {
        const evidence = `the date line "${text}"`;
        found.outlets.push({
          name: outlet,
          rank: RANK.self,
          how: 'text',
          evidence,
          rule: 'date-line-outlet',
          span: piece,
        });
      }
    }
  }
}
