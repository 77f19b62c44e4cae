import type { Span, TimexMod } from '../../model/index.js';
import { APPROXIMATORS, COMPARATIVES, EDGE_MODIFIERS } from './data/context.js';
import type { Atom } from './reading.js';
import { phraseBefore, phraseLexicon } from './token-view.js';
import type { PhraseLexicon, TokenView } from './token-view.js';

/** The modifier lexicons as maps, built once per stage. */
export interface Modifiers {
  readonly edge: PhraseLexicon<TimexMod | null>;
  readonly around: PhraseLexicon<TimexMod>;
}

/**
 * Builds the modifier maps from the lexicons in `data/context.ts`.
 *
 * @example modifiers().edge.get('the end of') // 'END'
 */
export function modifiers(): Modifiers {
  const edge = phraseLexicon<TimexMod | null>(Object.entries(EDGE_MODIFIERS));
  const around = phraseLexicon<TimexMod>([...Object.entries(APPROXIMATORS), ...Object.entries(COMPARATIVES)]);
  return { edge, around };
}

/**
 * Widens atoms over the words that modify them and records the TimeML mod: "the end of 2019"
 * (END), "early this year" (START), "mid-March" (MID); approximators and comparatives give a mod
 * but stay outside the extent, as TimeML annotators mostly left them: "about a month" (APPROX),
 * "more than a week" (MORE_THAN).
 *
 * @example applyModifiers(mods, text, sentence.span, atoms, view)
 */
export function applyModifiers(
  mods: Modifiers,
  text: string,
  sentence: Span,
  atoms: readonly Atom[],
  view: TokenView,
): Atom[] {
  let floor = sentence.start;
  return atoms.map((atom) => {
    const out = modify(mods, text, floor, atom, view);
    floor = out.span.end;
    return out;
  });
}

function modify(mods: Modifiers, text: string, floor: number, atom: Atom, view: TokenView): Atom {
  const kind = atom.reading.kind;
  let start = atom.span.start;
  let mod: TimexMod | undefined = atom.mod;
  if (kind === 'calendar' || kind === 'shift' || kind === 'narrative') {
    // "mid-March", "mid-2019": the prefix is glued to the atom, often inside one token.
    if (/^mid-$/i.test(text.slice(start - 4, start)) && start - 4 >= floor) {
      start -= 4;
      mod ??= 'MID';
      if (/^the\s$/i.test(text.slice(start - 4, start))) start -= 4;
    } else {
      // "late last July": one edge phrase; "the early 1990s" carries its own article.
      const edge = phraseBefore(view, start, floor, mods.edge);
      if (edge) {
        start = edge.span.start;
        mod ??= edge.value ?? undefined;
      }
    }
  }
  if (kind === 'duration' || (kind === 'shift' && atom.rule === 'ago')) {
    mod ??= phraseBefore(view, start, floor, mods.around)?.value;
  }
  if (start === atom.span.start && mod === atom.mod) return atom;
  const widened = { ...atom, span: { start, end: atom.span.end } };
  return mod ? { ...widened, mod } : widened;
}
