import { createHash } from 'node:crypto';
import type { Article, ArticleInput, Block } from '../../model/index.js';
import type { ArticleFactory } from '../../pipeline/pipeline.js';

export const STAGE = 'normalise';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Options {}

/**
 * Turns an input into the first article: normalised text split into blocks.
 * PLACEHOLDER until the ingest work lands: plain text only, every paragraph a 'paragraph' block.
 */
export function normalise(_options: Options = {}): ArticleFactory {
  return (input: ArticleInput): Article => {
    const text = input.body
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t\u00a0]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const blocks: Block[] = [];
    const re = /[^\n]+(?:\n[^\n]+)*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      blocks.push({
        kind: 'block',
        type: 'paragraph',
        span: { start: m.index, end: m.index + m[0].length },
        stage: STAGE,
        rule: 'blank-line',
      });
    }
    return {
      kind: 'article',
      id: createHash('sha256').update(text).digest('hex').slice(0, 32),
      source: input.source,
      format: input.format,
      url: input.meta.url ?? null,
      title: input.meta.title ?? null,
      outlet: null,
      language: { code: 'en', confidence: 0, how: 'default' },
      published: { value: null, precision: null, how: 'unknown', evidence: 'not looked for', rule: 'none' },
      dateline: null,
      text,
      blocks,
      messages: [...input.messages],
    };
  };
}
