import { DATE_LABELS } from './data/bylines.js';
import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { classifyAll, openPieces, textOf } from './layout.js';
import { wordCount } from './words.js';
import type { Layout } from './layout.js';
import type { Rules } from './rules.js';

/** Date lines are looked for in the first paragraphs only: later ones date other things. */
const SEARCH = 8;

/** A label saying the date that follows is a revision's. */
const UPDATE_FIRST =
  /^\W*(?:last\s+)?(?:updated|modified|aktualisiert|actualizado|mis à jour|atualizado|обновлено)\b/iu;
/** What a date line may say beside its date: the author ("by Regan", "Publicado por: Ana Lima"). */
const BY_NAME =
  /^(?:by|von|par|por|publicado por|publié par)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/iu;
/** Times of day, time zones and their parentheses: "6:45 PM", "(07:05 pm ET)", "às 0:13", "HST". */
const CLOCK =
  /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:[ap]\.?m\.?|uhr|às|um|kl\.?)(?=\s|$)|\b[A-Z]{1,3}[SD]?T\b|\bUTC\b|\bGMT(?:[+-]\d{1,2})?|[()\-–—]/giu;

/** The text without its times of day and weekday names. */
function withoutClock(text: string, rules: Rules): string {
  return text
    .replace(CLOCK, ' ')
    .split(/\s+/)
    .filter((w) => rules.dateWords.weekdays[w.toLowerCase().replace(/[.,]$/, '')] === undefined)
    .join(' ');
}

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
      rest = withoutClock(rest, rules).replace(DATE_LABELS, ' ').replace(/\s+/g, ' ').trim();
      const outlet = rest ? rules.outlets.byName(rest) : null;
      // Anything else than labels, an author's name ("by Ann Lee") and an outlet's name (a
      // lower-case word) makes it a sentence.
      const signed = BY_NAME.test(rest);
      if (rest && !outlet && !signed && (wordCount(rest) > 3 || /(?:^|\s)\p{Ll}/u.test(rest))) continue;
      // "Updated 11:21 pm CST, Tuesday, November 19, 2019" is furniture, but dates a revision.
      const update = UPDATE_FIRST.test(text.slice(0, first.start));
      classifyAll(l, i, piece, 'meta', update ? 'update-line' : 'date-line');
      if (update) continue;
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
