import type { BlockType } from '../../model/index.js';

/** A paragraph of the normalised text, with what the markup said it was (HTML input only). */
export interface Para {
  readonly text: string;
  readonly hint?: BlockType;
  readonly rule?: string;
}

/** Anything cleanLine would change; most lines have nothing, and skip the replacements. */
const DIRTY =
  // eslint-disable-next-line no-control-regex
  /[\t\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// C0 and C1 controls other than the line feed (tabs became spaces above).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * One line as it appears in the normalised text: NFC, no-break and other spaces as plain
 * spaces, invisible characters and control characters removed, runs of spaces collapsed, no
 * leading or trailing space.
 *
 * @example cleanLine('  Feb.\u00a07 (UPI)  -- ') // 'Feb. 7 (UPI) --'
 */
export function cleanLine(line: string): string {
  const clean = line.charCodeAt(0) !== 32 && line.charCodeAt(line.length - 1) !== 32 && !line.includes('  ');
  if (clean && !DIRTY.test(line)) return line;
  return line.replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * Plain text as paragraphs. Blank lines separate paragraphs; so does a single line break, as
 * pages copied to text put one paragraph on a line, unless a run of lines looks hard-wrapped
 * (every line of similar length, the breaks falling mid-sentence), which is joined back.
 *
 * @example textParagraphs('Title\n\nFirst line.\nSecond line.') // three paragraphs
 */
export function textParagraphs(body: string): Para[] {
  const nfc = body.normalize('NFC');
  const lines = (nfc.includes('\r') ? nfc.replace(/\r\n?/g, '\n') : nfc).split('\n');
  const runs: string[][] = [];
  let run: string[] | null = null;
  for (const raw of lines) {
    const line = cleanLine(raw);
    if (line === '') run = null;
    else if (run) run.push(line);
    else runs.push((run = [line]));
  }
  const wrapped = looksWrapped(runs);
  const out = runs.flatMap((run) => (wrapped ? unwrap(run) : run));
  return repair(out.map((text) => ({ text })));
}

/** Ends like a sentence (checked on the last character: a regular expression would scan the line). */
const endsSentence = (line: string) => '.!?:;"”’»)]'.includes(line.charAt(line.length - 1));

/**
 * Hard-wrapped text, judged over the whole text: lines of at most 100 characters, those inside a
 * paragraph of similar length, and most of them breaking mid-sentence.
 */
function looksWrapped(runs: readonly (readonly string[])[]): boolean {
  const inner = runs.flatMap((run) => run.slice(0, -1));
  if (inner.length < 3) return false;
  const max = Math.max(...runs.flat().map((l) => l.length));
  const similar = inner.filter((l) => l.length >= 0.6 * max).length;
  const open = inner.filter((l) => !endsSentence(l)).length;
  return max <= 100 && similar >= 0.8 * inner.length && open >= inner.length / 2;
}

/** Joins a hard-wrapped run's lines; a short line that ends a sentence ends a paragraph. */
function unwrap(run: readonly string[]): string[] {
  const max = Math.max(...run.map((l) => l.length));
  const out: string[] = [];
  let current = '';
  run.forEach((line, i) => {
    current = current ? `${current} ${line}` : line;
    if (i === run.length - 1 || (endsSentence(line) && line.length < 0.7 * max)) {
      out.push(current);
      current = '';
    }
  });
  return out;
}

const STRAY_CLOSER = /^[”"’'»)\]]+[.,]?$/;
const CUT_MONTH = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * Mends two breaks that copying from web pages leaves: a closing quote alone on its line (it
 * belongs to the paragraph before) and a date split after its month ("on Jan." / "15 at ...").
 *
 * @example repair([{ text: 'He said "yes.' }, { text: '"' }]) // [{ text: 'He said "yes."' }]
 */
export function repair(paras: readonly Para[]): Para[] {
  const out: Para[] = [];
  for (const para of paras) {
    const last = out[out.length - 1];
    if (last && !last.hint && STRAY_CLOSER.test(para.text)) {
      out[out.length - 1] = { text: last.text + para.text };
    } else if (last && !last.hint && CUT_MONTH.test(last.text.slice(-6)) && /^\d{1,2}\b/.test(para.text)) {
      out[out.length - 1] = { text: `${last.text} ${para.text}` };
    } else out.push(para);
  }
  return out;
}
