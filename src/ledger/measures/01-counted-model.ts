import type { Article } from '../../model/index.js';
import { classOf } from './01-counted.js';
import type { Counted } from './01-counted.js';

/** A plural model number as the last word of a counted phrase: "9s", "A320s", "F-16s". */
const PLURAL_MODEL = /^(\p{Lu}?[\d][\p{L}\d.-]*?)['’]?s$/u;

/**
 * What a counted phrase headed by a plural model number counts ("79 Boeing 737 MAX 9s"): the class
 * of a noun the article writes after the same model name elsewhere ("737 MAX 9 jets" → aircraft),
 * else the model name itself ("max 9"), so that figures of one model join and others stay apart.
 * Null when the phrase does not end on a model number.
 *
 * @example modelCounted(article, read) // { counted: 'aircraft', ... }
 */
export function modelCounted(article: Article, read: Counted, text: string): Counted | null {
  const head = text.split(/\s+(?:in|at|on|from|to|into|for|of|with|by|under)\s+/i)[0] ?? text;
  const words = head.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const base = PLURAL_MODEL.exec(last)?.[1];
  if (read.counted !== null || !base || !/\d/.test(base)) return null;
  const name = words[words.length - 2];
  const model = name && /^\p{L}/u.test(name) ? `${name} ${base}` : base;
  const noun = name && /^\p{L}/u.test(name) ? `${name} ${last}` : last;
  const escaped = model.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(`(?<![\\p{L}\\d])${escaped}\\s+(\\p{L}+)`, 'giu');
  for (const m of article.text.matchAll(after)) {
    const cls = classOf(m[1] ?? '');
    if (cls)
      return {
        ...read,
        counted: cls,
        noun,
        reasons: [
          ...read.reasons,
          `counted “${text}”: the model ${model}, written “${m[0]}” in the article → ${cls}`,
        ],
      };
  }
  const own = model.toLowerCase();
  return { ...read, counted: own, noun, reasons: [...read.reasons, `counted “${text}”: the model ${model}`] };
}
