import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Article bodies for throughput benchmarks: the English texts of ../shared/corpus/nk-workers when
 * present (else the bundled sample), repeated until they reach `minBytes`. Repetition keeps the
 * language real; the stages keep no cache across articles, so repeats cost as much as new text.
 */
export function benchTexts(
  shared: string,
  minBytes: number,
): { texts: string[]; bytes: number; words: number } {
  const dir = join(shared, 'corpus', 'nk-workers', 'docs');
  const sampleDir = join(import.meta.dirname ?? '.', '..', 'sample');
  const folder = existsSync(dir) ? dir : sampleDir;
  const base = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(folder, f), 'utf8'))
    .filter((t) => !/[\u0400-\u04ff\u0600-\u06ff\uac00-\ud7af]/.test(t) && !/\b(und|der|die|das)\b/.test(t));
  const texts: string[] = [];
  let bytes = 0;
  let words = 0;
  while (bytes < minBytes) {
    for (const t of base) {
      texts.push(t);
      bytes += Buffer.byteLength(t);
      words += t.split(/\s+/).filter(Boolean).length;
    }
  }
  return { texts, bytes, words };
}
