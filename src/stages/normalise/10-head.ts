import { POSITION_MARKER } from './data/credits.js';
import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { bodyStart } from './06-credits.js';
import { classify, classifyAll, openPieces, textOf } from './layout.js';
import { wordCount } from './words.js';
import type { Layout, Piece } from './layout.js';
import { outletKey as nameKey } from '../../lexicon/index.js';
import type { Rules } from './rules.js';

/** Capitalised words that open a sentence run into a headline ("... cut short The surprise move ..."). */
const RUN_IN =
  /^(.{12,160}?[\p{Ll}\d’'])\s+(?=(?:The|A|An|In|On|At|As|After|Before|It|He|She|They|This|That|These|Those|But|While|When|With|Its|His|Her|Their)\s)/u;
const SENTENCE_END = /[.!?]$/;
const REPORTED = /\b(?:said|told|added|announced|reported|stated|wrote|sagte|erklärte)\b/i;
/** Korean and Japanese sentence endings: such a line is a sentence, not a headline. */
const DECLARATIVE = /(?:다|요|。)\.?$/;

/**
 * The article's head, the paragraphs before its body: section labels ("World", "Border
 * Controls", "Weapons of Mass Destruction (WMD)"), the title, the title's outlet suffix
 * ("... - The Wall Street Journal"), and subtitles. A title comes before any photo in the head
 * (a line after a caption is a subtitle); seed-000 has no title, and `null` is the honest answer.
 *
 * @example head(l, rules, findings); findings.title?.text
 */
export function head(l: Layout, rules: Rules, found: Findings): number {
  let end = bodyStart(l, found);
  if (end === l.paras.length) {
    // No body-like paragraph (a short text): only a first line that reads as a headline is a head.
    const first = openPieces(l, 0)[0];
    end =
      l.paras.length > 1 && first && (l.paras[0]?.hint === 'title' || isTitleLike(textOf(l, first))) ? 1 : 0;
  }
  let pictured = false;
  for (let i = 0; i < end; i++) {
    const para = l.paras[i];
    if (!para) continue;
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      const last = i === end - 1 && piece === openPieces(l, i).at(-1);
      if (isLabel(text, rules, last)) {
        classifyAll(l, i, piece, 'meta', 'section-label');
        continue;
      }
      const prefix = piece.start === para.start ? rules.prefixSection.exec(text) : null;
      if (prefix)
        classify(l, i, piece, [{ start: 0, end: prefix[0].length, type: 'meta', rule: 'section-label' }]);
    }
    for (const piece of openPieces(l, i)) {
      const text = textOf(l, piece);
      if (!found.title && (para.hint === 'title' || (!pictured && !para.hint && isTitleLike(text)))) {
        title(l, i, piece, rules, found, para.rule ?? 'first-headline');
      } else if (!found.title && !pictured && piece.start > para.start && runIn(l, i, piece, found)) {
        continue;
      } else classifyAll(l, i, piece, 'subtitle', para.rule ?? 'head');
    }
    pictured ||= (l.pieces[i] ?? []).some(
      (p) => p.type === 'caption' || (p.type === 'credit' && p.rule !== 'paren-agency'),
    );
  }
  return end;
}

function isLabel(text: string, rules: Rules, last: boolean): boolean {
  if (rules.sections.has(nameKey(text))) return true;
  // "Weapons of Mass Destruction (WMD)": a name with its own acronym labels a section.
  const acronym = /^((?:\p{Lu}[\p{L}-]*\s(?:(?:of|and|the|for)\s)*){2,6})\((\p{Lu}{2,6})\)$/u.exec(text);
  if (acronym) {
    const initials = (acronym[1] ?? '').match(/\p{Lu}(?=[\p{L}-]*\s)/gu)?.join('') ?? '';
    if (initials === acronym[2]) return true;
  }
  // A short capitalised label above a longer headline: "Border Controls", "United States".
  const words = text.split(/\s+/);
  return (
    !last &&
    words.length <= 3 &&
    text.length <= 30 &&
    !/[.!?:,"“”]/.test(text) &&
    words.every((w) => /^[\p{Lu}&]/u.test(w))
  );
}

/**
 * A headline: short, not ending like a clause, and if it ends with a full stop, a short one.
 *
 * @example isTitleLike('Workers leave the region as deadline nears') // true
 */
export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 250) return false;
  if (/[,;:–—-]$/.test(text) || /^\p{Ll}/u.test(text) || DECLARATIVE.test(text) || POSITION_MARKER.test(text))
    return false;
  // A headline may end with a full stop, but a reported sentence ("... said on Monday.") is not one.
  if (SENTENCE_END.test(text))
    return words <= 14 && !/[.!?]\s+\p{Lu}/u.test(text.slice(0, -1)) && !REPORTED.test(text);
  return true;
}

function title(l: Layout, i: number, piece: Piece, rules: Rules, found: Findings, rule: string) {
  const text = textOf(l, piece);
  const m = /\s+[-–—|]\s+([^-–—|]{2,60})$/.exec(text);
  const outlet = m?.[1] ? rules.outlets.byName(m[1]) : null;
  const cut = m && outlet ? m.index : text.length;
  classify(l, i, piece, [
    { start: 0, end: cut, type: 'title', rule },
    ...(cut < text.length
      ? [{ start: cut, end: text.length, type: 'meta' as const, rule: 'title-outlet-suffix' }]
      : []),
  ]);
  found.title = { text: text.slice(0, cut).trim(), span: { start: piece.start, end: piece.start + cut } };
  if (outlet) {
    found.outlets.push({
      name: outlet,
      rank: RANK.self,
      how: 'text',
      evidence: `the headline "${text}"`,
      rule: 'title-outlet-suffix',
      span: piece,
    });
  }
}

/** "Trump-Kim summit unexpectedly cut short The surprise move came ...": a headline run into its standfirst. */
function runIn(l: Layout, i: number, piece: Piece, found: Findings): boolean {
  const text = textOf(l, piece);
  const m = RUN_IN.exec(text);
  if (!m?.[1] || wordCount(text) < 16 || !isTitleLike(m[1])) return false;
  const cut = m[1].length;
  classify(l, i, piece, [
    { start: 0, end: cut, type: 'title', rule: 'run-in-headline' },
    { start: cut, end: text.length, type: 'subtitle', rule: 'run-in-standfirst' },
  ]);
  found.title = { text: m[1], span: { start: piece.start, end: piece.start + cut } };
  return true;
}
