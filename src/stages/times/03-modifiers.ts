import type { Span, TimexMod } from '../../model/index.js';
import { APPROXIMATORS, COMPARATIVES, EDGE_MODIFIERS } from './data/context.js';
import type { Atom } from './reading.js';

/** The modifier regexes, built once per stage: each matches the words just before an atom. */
export interface Modifiers {
  readonly edge: RegExp;
  readonly approx: RegExp;
  readonly comparative: RegExp;
}

const source = (words: readonly string[]) =>
  words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/**
 * Builds the modifier regexes from the lexicons in `data/context.ts`.
 *
 * @example modifiers().edge.exec('plans by the end of ') // "the end of"
 */
export function modifiers(): Modifiers {
  // "mid-" joins its atom directly ("mid-March"); the other words are followed by a space.
  const edge = new RegExp(`(?<![A-Za-z])(?<w>${source(Object.keys(EDGE_MODIFIERS))})(?:(?<=-)|\\s+)$`, 'i');
  const approx = new RegExp(`(?<![A-Za-z])(?<w>${source(Object.keys(APPROXIMATORS))})\\s+$`, 'i');
  const comparative = new RegExp(`(?<![A-Za-z])(?<w>${source(Object.keys(COMPARATIVES))})\\s+$`, 'i');
  return { edge, approx, comparative };
}

const key = (w: string) => w.toLowerCase().replace(/\s+/g, ' ');

/**
 * Widens atoms over the words that modify them and records the TimeML mod: "the end of 2019"
 * (END), "early this year" (START), "mid-March" (MID); approximators and comparatives give a mod
 * but stay outside the extent: "about a month" (APPROX), "more than a week" (MORE_THAN).
 *
 * @example applyModifiers(mods, text, sentence.span, atoms)
 */
export function applyModifiers(
  mods: Modifiers,
  text: string,
  sentence: Span,
  atoms: readonly Atom[],
): Atom[] {
  let floor = sentence.start;
  return atoms.map((atom) => {
    const out = modify(mods, text, floor, atom);
    floor = out.span.end;
    return out;
  });
}

function modify(mods: Modifiers, text: string, floor: number, atom: Atom): Atom {
  const before = (at: number) => text.slice(Math.max(floor, at - 40), at);
  const kind = atom.reading.kind;
  let start = atom.span.start;
  let mod: TimexMod | undefined = atom.mod;
  if (kind === 'calendar' || kind === 'shift' || kind === 'narrative') {
    // "late last July": one edge word; "the early 1990s" carries its own article.
    const m = mods.edge.exec(before(start));
    if (m?.groups?.['w']) {
      start -= m[0].length;
      mod ??= EDGE_MODIFIERS[key(m.groups['w'])] ?? undefined;
    }
  }
  // Approximators and comparatives stay outside the extent (as TimeML annotators mostly left
  // them): "about <a month>", "just over <a week>", "more than <two years>".
  const approximable = kind === 'duration' || (kind === 'shift' && atom.rule === 'ago');
  if (approximable) {
    const a = mods.approx.exec(before(start));
    const c = a ? null : mods.comparative.exec(before(start));
    if (a?.groups?.['w']) mod ??= APPROXIMATORS[key(a.groups['w'])];
    else if (c?.groups?.['w']) mod ??= COMPARATIVES[key(c.groups['w'])];
  }
  if (start === atom.span.start && mod === atom.mod) return atom;
  const widened = { ...atom, span: { start, end: atom.span.end } };
  return mod ? { ...widened, mod } : widened;
}
