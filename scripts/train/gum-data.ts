import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGum } from '../../eval/gum/read.js';
import type { GumDocument } from '../../eval/gum/read.js';
import type { Article } from '../../src/model/index.js';
import { textInput } from '../../test/helpers/article.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import type { TaggedSpan, TaggerType } from '../../src/stages/entities/tagger/labels.js';

const TYPES: Readonly<Record<string, TaggerType>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** The documents of one split of a GUM folder, by `splits.md` (sorted by id: a fixed order). */
export function gumSplit(root: string, split: 'train' | 'dev' | 'test'): GumDocument[] {
  const lists = readFileSync(join(root, 'splits.md'), 'utf8');
  const section = lists.split(/^## /m).find((s) => s.startsWith(`${split}\n`)) ?? '';
  const ids = new Set([...section.matchAll(/^\s*\*\s+(\S+)/gm)].map((m) => m[1] ?? ''));
  return readdirSync(join(root, 'dep'))
    .filter((f) => f.endsWith('.conllu') && ids.has(f.replace(/\.conllu$/, '')))
    .sort()
    .map((f) => readGum(join(root, 'dep', f)));
}

const JOINERS: ReadonlySet<string> = new Set([
  'of',
  'and',
  '&',
  'de',
  'for',
  'the',
  'on',
  'du',
  'van',
  'von',
  'al',
]);
const capital = (form: string) => /^[\p{Lu}\d]/u.test(form);

/**
 * The name a mention holds: the capitalised words around its head word, with joiners between
 * them ("University of Helsinki" in "the University of Helsinki", "Eastman" in "Professor
 * Eastman" is left with its title: titles are capitalised too). The tagger learns names; the
 * stage adds determiners and titles by rule.
 */
function nameWords(doc: GumDocument, m: GumDocument['mentions'][number]): { first: number; end: number } {
  let first = m.head;
  let end = m.head + 1;
  const within = (w: number) => w >= m.words.first && w < m.words.end;
  for (;;) {
    const prev = doc.words[first - 1];
    if (within(first - 1) && prev && capital(prev.form)) first--;
    else if (within(first - 2) && prev && JOINERS.has(prev.form) && capital(doc.words[first - 2]?.form ?? ''))
      first -= 2;
    else break;
  }
  for (;;) {
    const next = doc.words[end];
    if (within(end) && next && (capital(next.form) || next.form === '-' || next.form === '.')) end++;
    else if (within(end + 1) && next && JOINERS.has(next.form) && capital(doc.words[end + 1]?.form ?? ''))
      end += 2;
    else break;
  }
  while (end > first + 1 && /^[-.]$/.test(doc.words[end - 1]?.form ?? '')) end--;
  return { first, end };
}

/** One GUM document analysed by our tokens stage, with the names of its named mentions as token ranges. */
export interface TrainingDoc {
  readonly id: string;
  readonly article: Article;
  readonly gold: readonly Omit<TaggedSpan, 'margin'>[];
  /** Gold mentions whose edges fall inside one of our tokens (left out). */
  readonly misaligned: number;
  /** The token where annotation stops (sentences from there on are not learnt from); all when absent. */
  readonly until?: number;
}

/**
 * Runs a GUM document through normalisation and tokenisation and places its named mentions
 * (person, organization, place with a proper-noun head, as the evaluation counts them) on our
 * tokens. Null when normalisation changed the text (offsets would not agree).
 */
export function trainingDoc(doc: GumDocument, pipeline: Pipeline): TrainingDoc | null {
  const article = pipeline.run(textInput(doc.text, doc.id));
  if (article.text !== doc.text) return null;
  const tokens = article.tokens ?? [];
  const byStart = new Map(tokens.map((t, i) => [t.span.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.span.end, i]));
  const gold: Omit<TaggedSpan, 'margin'>[] = [];
  let misaligned = 0;
  for (const m of doc.mentions) {
    const type = TYPES[m.type];
    if (!type || doc.words[m.head]?.upos !== 'PROPN') continue;
    const name = nameWords(doc, m);
    const first = byStart.get(doc.words[name.first]?.span.start ?? -1);
    const last = byEnd.get(doc.words[name.end - 1]?.span.end ?? -1);
    if (first === undefined || last === undefined || last < first) misaligned++;
    else gold.push({ first, end: last + 1, type });
  }
  // Outer mentions first: a token carries the label of the widest mention over it.
  gold.sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);
  return { id: doc.id, article, gold, misaligned };
}
