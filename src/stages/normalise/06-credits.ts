import type { BlockType } from '../../model/index.js';
import { CAPTION_LABEL, CREDIT_FOR, IMAGE_SLUG, POSITION_MARKER, WHOLE_CREDITS } from './data/credits.js';
import type { Findings } from './findings.js';
import { RANK } from './findings.js';
import { classify, openPieces, textOf } from './layout.js';
import { isBodyLike, wordCount } from './words.js';
import type { Layout, Part, Piece } from './layout.js';
import type { Rules } from './rules.js';

/** A paragraph that ends in a bare credit like "(Evan Vucci, AP)" is a caption, not body text. */
/** A word that opens a photo credit ("Photo by", "Foto:", "사진:"): without one, those patterns cannot match. */
const SENTENCE_END = '.!?"”’:;,';
const CREDIT_WORD = /photo|foto|picture|image|bild|credit|사진/i;
const ENDS_IN_CREDIT = /[.!?"”’]\s+\((?:\p{Lu}[\p{L}.'’-]*(?:,?\s|\/)?){1,5}\)$/u;

/**
 * Photo captions and credits, and wire credits: "North Korean laborers ... according to Moscow.
 * File Photo by KCNA/EPA" is a caption and a credit; "Lucas Jackson/Reuters" and "(AP)" are
 * credits; a picture's file slug before its caption is boilerplate. A bare "(Name)" credit makes
 * a caption only in the article's head; in the body, "(AFP)" after a paragraph is a wire credit.
 *
 * @example credits(l, rules, findings)
 */
export function credits(l: Layout, rules: Rules, found: Findings): void {
  const headEnd = bodyStart(l, found);
  l.paras.forEach((para, i) => {
    for (const piece of openPieces(l, i))
      creditPiece(l, i, piece, i < headEnd, para.hint === 'caption', rules, found);
  });
}

/**
 * The first paragraph of the body: the dateline's, or the first that reads like body text.
 *
 * @example bodyStart(l, found) // 1 when a headline comes first
 */
export function bodyStart(l: Layout, found: Findings): number {
  const dl = found.dateline;
  const at = l.paras.findIndex((p, i) => {
    if (dl && p.start <= dl.span.start && dl.span.start <= p.end) return true;
    // A paragraph that opens with a photo's caption or credit is page furniture, whatever follows.
    const first = l.pieces[i]?.[0];
    if (dl || (first && first.type !== null && first.type !== 'paragraph')) return false;
    const text = openPieces(l, i)
      .map((piece) => textOf(l, piece))
      .join(' ');
    return isBodyLike(text) && !ENDS_IN_CREDIT.test(text);
  });
  return at < 0 ? l.paras.length : at;
}

function creditPiece(
  l: Layout,
  i: number,
  piece: Piece,
  inHead: boolean,
  hinted: boolean,
  rules: Rules,
  found: Findings,
) {
  const text = textOf(l, piece);
  const whole = piece.words <= 12 ? WHOLE_CREDITS.find((r) => r.pattern.test(text)) : undefined;
  if (whole) {
    clue(text, piece.start, rules, found);
    classify(l, i, piece, [{ start: 0, end: text.length, type: 'credit', rule: whole.name }]);
    return;
  }
  const parts: Part[] = [];
  let from = 0;
  let captionRule = hinted ? (l.paras[i]?.rule ?? 'html-figcaption') : '';
  // Slugs start with a lower-case letter or a digit, caption labels with P, F or B: test the first character first.
  const lead = text.charCodeAt(0);
  const slug = (lead >= 97 && lead <= 122) || (lead >= 48 && lead <= 57) ? IMAGE_SLUG.exec(text) : null;
  if (slug) {
    parts.push({ start: 0, end: slug[0].length, type: 'boilerplate', rule: 'image-slug' });
    from = slug[0].length;
    captionRule ||= 'after-image-slug';
  } else if ((lead === 80 || lead === 70 || lead === 66) && CAPTION_LABEL.test(text))
    captionRule ||= 'caption-label';
  const pipe = (inHead || i === 0) && text.includes(' | ') ? rules.pipeCredit.exec(text) : null;
  const credit = pipe?.indices?.groups?.['credit'];
  if (pipe && credit && credit[0] > from) {
    parts.push({ start: from, end: pipe.index, type: 'caption', rule: 'before-pipe-credit' });
    parts.push({ start: pipe.index, end: credit[0], type: 'boilerplate', rule: 'separator' });
    parts.push({ start: credit[0], end: credit[1], type: 'credit', rule: 'pipe-credit' });
    classify(l, i, piece, parts);
    return;
  }
  let to = text.length;
  let photo = false;
  // Credits end in ")", "]" or follow a credit word: the patterns are only tried where they can match.
  const last = text.charAt(text.length - 1);
  // A credit does not end like a sentence: a paragraph that does has none at its end.
  const worded = !SENTENCE_END.includes(last) && CREDIT_WORD.test(text.slice(-240));
  for (const rule of rules.endCredits) {
    if (rule.name === 'paren-credit' ? last !== ')' : rule.name === 'bracket-credit' ? last !== ']' : !worded)
      continue;
    const m = rule.pattern.exec(text);
    const at = m?.indices?.groups?.['credit'];
    if (!m || !at || at[0] < from) continue;
    const words = text.slice(at[0], at[1]);
    const agency = rules.outlets.byName(words.replace(/^\(|\)$/g, ''));
    if (rule.headOnly && !inHead && !agency) continue;
    photo = rule.photo && (inHead || !rule.headOnly);
    parts.push({ start: at[0], end: at[1], type: 'credit', rule: rule.name });
    const tail = m.indices?.groups?.['tail'];
    if (tail) parts.push({ start: tail[0], end: tail[1], type: 'boilerplate', rule: 'license-photo' });
    clue(words, piece.start + at[0], rules, found);
    to = at[0];
    break;
  }
  const rest = text.slice(from, to);
  let type: BlockType | null = null;
  if (captionRule) type = 'caption';
  else if (photo && rest.trim()) [type, captionRule] = ['caption', 'before-photo-credit'];
  else if (inHead && POSITION_MARKER.test(rest) && wordCount(rest) >= 6)
    [type, captionRule] = ['caption', 'position-marker'];
  if (type && rest.trim()) parts.push({ start: from, end: to, type, rule: captionRule });
  if (parts.length > 0) classify(l, i, piece, parts);
}

/** "... for The Wall Street Journal" in a credit names the outlet. */
function clue(credit: string, at: number, rules: Rules, found: Findings) {
  const m = CREDIT_FOR.exec(credit);
  const name = m?.groups?.['outlet'];
  if (!m || !name) return;
  found.outlets.push({
    name: rules.outlets.byName(name) ?? name,
    rank: RANK.credit,
    how: 'credit',
    evidence: `the photo credit "${credit}"`,
    rule: 'credit-for',
    span: { start: at, end: at + credit.length },
  });
}
