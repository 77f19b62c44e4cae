import type { IngestProgress } from '../engine/index.js';

/** "1:05", "12:00:03": a duration for people. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/**
 * One line of progress: count (of the total when known), rate, ETA, failures.
 *
 * @example progressLine({ done: 50, total: 200, seconds: 10, ... }) // '50/200 articles · 5.0/s · ETA 0:30 · 0 failed'
 */
export function progressLine(p: IngestProgress): string {
  if (p.phase === 'link' && p.linking) {
    const { done, total } = p.linking;
    return `linking across articles: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (mirrors, entities, stories)`;
  }
  const rate = p.seconds > 0 ? p.done / p.seconds : 0;
  const parts = [
    p.total !== null
      ? `${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} articles`
      : `${p.done.toLocaleString('en-US')} articles`,
    `${p.added.toLocaleString('en-US')} new`,
    `${rate.toFixed(1)}/s`,
  ];
  if (p.total !== null && rate > 0) parts.push(`ETA ${clock(Math.max(0, p.total - p.done) / rate)}`);
  parts.push(`${p.failures} failed`);
  return parts.join(' · ');
}

/**
 * Draws progress on one terminal line (stderr), redrawn at most every `everyMs`.
 *
 * @example const bar = terminalProgress(process.stderr); engine.onProgress = bar.update; bar.done()
 */
export function terminalProgress(stream: NodeJS.WriteStream, everyMs = 150) {
  let last = 0;
  let drawn = false;
  return {
    update(p: IngestProgress): void {
      const now = performance.now();
      if (now - last < everyMs) return;
      last = now;
      drawn = true;
      stream.write(`\r\x1b[2K${progressLine(p)}`);
    },
    done(): void {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
