import { readFileSync } from 'node:fs';
import type { Span } from '../../src/model/index.js';
import { parseEntities, parseXml } from './misc.js';
import type { GumMention, GumTag } from './misc.js';

export type { GumMention, GumTag } from './misc.js';

/**
 * A GUM document read from its CoNLL-U file: a plain text rebuilt from the words (paragraphs
 * apart by a blank line, `SpaceAfter=No` honoured), every word with its span, sentences with
 * their speaker, the entity mentions of the `Entity=` column (nested, with coreference group,
 * type, information status and Wikipedia identity), and the inline markup of the `XML=` column
 * (`<q>` quotations, `<sp>` turns, `<date>`, `<ref>`...) as tags over word ranges.
 */
export interface GumDocument {
  readonly id: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly text: string;
  readonly words: readonly GumWord[];
  readonly sentences: readonly GumSentence[];
  readonly mentions: readonly GumMention[];
  readonly tags: readonly GumTag[];
}

export interface GumWord {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  /** Index (in `words`) of the syntactic head, -1 for the root. */
  readonly head: number;
  readonly deprel: string;
  readonly sentence: number;
  readonly span: Span;
}

export interface GumSentence {
  readonly id: string;
  readonly span: Span;
  /** Word index range [start, end). */
  readonly words: { readonly start: number; readonly end: number };
  readonly speaker?: string;
}

/** Reads one GUM CoNLL-U file. */
export function readGum(path: string): GumDocument {
  return parseGum(readFileSync(path, 'utf8'));
}

/**
 * Parses GUM CoNLL-U text (see {@link GumDocument}).
 *
 * @example parseGum(conllu).mentions.filter((m) => m.type === 'person')
 */
export function parseGum(conllu: string): GumDocument {
  const meta: Record<string, string> = {};
  const words: GumWord[] = [];
  const sentences: GumSentence[] = [];
  const miscs: string[] = [];
  let id = '';
  let text = '';
  let pendingPar = false;
  let sentStart = -1;
  let sentId = '';
  let speaker: string | undefined;
  let base = 0;
  let noSpaceUntil = -1;
  let mwtSpace = true;
  const closeSentence = () => {
    if (sentStart < 0) return;
    const first = words[sentStart];
    const last = words[words.length - 1];
    if (first && last)
      sentences.push({
        id: sentId,
        span: { start: first.span.start, end: last.span.end },
        words: { start: sentStart, end: words.length },
        ...(speaker ? { speaker } : {}),
      });
    sentStart = -1;
    speaker = undefined;
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s*(.*)$/.exec(line);
      const key = m?.[1] ?? line.slice(1).trim();
      if (key === 'newdoc id') id = m?.[2] ?? '';
      else if (key.startsWith('meta::')) meta[key.slice(6)] = m?.[2] ?? '';
      else if (key === 'newpar') pendingPar = true;
      else if (key === 'sent_id') sentId = m?.[2] ?? '';
      else if (key === 'speaker') speaker = m?.[2];
      continue;
    }
    if (line.trim() === '') {
      closeSentence();
      continue;
    }
    const cols = line.split('\t');
    const [n = '', form = '', lemma = '', upos = '', xpos = '', , head = '0', deprel = '', , misc = '_'] =
      cols;
    if (n.includes('.')) continue;
    if (n.includes('-')) {
      // A multiword token ("Trump's"): its words are written without spaces between them.
      noSpaceUntil = Number(n.split('-')[1]);
      mwtSpace = !misc.includes('SpaceAfter=No');
      continue;
    }
    if (sentStart < 0) {
      base = words.length;
      sentStart = words.length;
      if (text.length > 0) text += pendingPar ? '\n\n' : ' ';
      pendingPar = false;
    } else if (needsSpace(words, miscs)) text += ' ';
    const start = text.length;
    text += form;
    const number = Number(n);
    words.push({
      form,
      lemma,
      upos,
      xpos,
      head: head === '0' ? -1 : base + Number(head) - 1,
      deprel,
      sentence: sentences.length,
      span: { start, end: text.length },
    });
    const inside = noSpaceUntil > 0 && number < noSpaceUntil;
    const spaceAfter = inside ? false : number === noSpaceUntil ? mwtSpace : !misc.includes('SpaceAfter=No');
    miscs.push(spaceAfter ? misc : `${misc}|NoSpace`);
    if (number === noSpaceUntil) noSpaceUntil = -1;
  }
  closeSentence();
  return {
    id,
    meta,
    text,
    words,
    sentences,
    mentions: parseEntities(words, miscs),
    tags: parseXml(words, miscs),
  };
}

function needsSpace(words: readonly GumWord[], miscs: readonly string[]): boolean {
  const prev = miscs[words.length - 1] ?? '';
  return !prev.includes('NoSpace');
}
