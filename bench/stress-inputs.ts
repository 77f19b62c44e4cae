import type { ArticleInput } from '../src/model/index.js';
import { syntheticArticle } from './synthetic.js';

/**
 * Worst cases for the per-article stages, each generated to a size: the shapes of text that make
 * a careless algorithm quadratic (long runs of one construct, no sentence ends, no spaces, deep
 * nesting). The `stress` bench times them per MB against ordinary articles; the bad-input tests
 * use them small.
 */
export interface StressClass {
  readonly name: string;
  /** An input of about `bytes` bytes. */
  readonly make: (bytes: number) => ArticleInput;
}

const input = (name: string, body: string, bodyFormat: 'text' | 'html' = 'text'): ArticleInput => ({
  kind: 'input',
  source: `stress-${name}`,
  format: bodyFormat,
  bodyFormat,
  body,
  meta: {},
  messages: [],
});

/** `unit` repeated to about `bytes` characters. */
const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** Ordinary articles joined to about `bytes`, as one long article (the prose reference). */
export function prose(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const text = syntheticArticle(n).text;
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join('\n\n');
}

const CAPITALS = ['Alder', 'Birch', 'Cedar', 'Dunmore', 'Elm', 'Fairview', 'Granite', 'Harbor'];

export const STRESS_CLASSES: readonly StressClass[] = [
  { name: 'numbers', make: (b) => input('numbers', repeat('1,000 ', b)) },
  {
    name: 'numbers-in-sentences',
    make: (b) => input('numbers-in-sentences', repeat('up 1,000 to 2,000 workers, ', b)),
  },
  { name: 'cue-words', make: (b) => input('cue-words', repeat('said told reporters according to ', b)) },
  { name: 'quote-marks', make: (b) => input('quote-marks', repeat('"a" “b ” ', b)) },
  { name: 'open-quotes', make: (b) => input('open-quotes', repeat('“he said ', b)) },
  {
    name: 'capitalised-words',
    make: (b) => input('capitalised-words', repeat(CAPITALS.join(' ') + ' ', b)),
  },
  { name: 'dates', make: (b) => input('dates', repeat('Dec. 22, 2019, ', b)) },
  { name: 'one-huge-token', make: (b) => input('one-huge-token', 'x'.repeat(b)) },
  { name: 'abbreviations', make: (b) => input('abbreviations', repeat('U.S.', b)) },
  {
    name: 'deep-html',
    make: (b) => {
      const text = prose(Math.min(b / 2, 20_000));
      const depth = Math.max(1, Math.floor((b - text.length) / 11));
      const paragraphs = text
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join('');
      return input(
        'deep-html',
        `<html><body>${'<div>'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}</body></html>`,
        'html',
      );
    },
  },
  { name: 'no-paragraphs', make: (b) => input('no-paragraphs', prose(b).replace(/\n+/g, ' ')) },
  { name: 'prose', make: (b) => input('prose', prose(b)) },
];
