import { describe, expect, it } from 'vitest';
import type { IngestProgress } from '../engine/index.js';
import { clock, progressLine } from './progress.js';

const at = (p: Partial<IngestProgress>): IngestProgress => ({
  done: 0,
  added: 0,
  existing: 0,
  newSources: 0,
  failures: 0,
  words: 0,
  seconds: 0,
  total: null,
  ...p,
});

describe('progress line', () => {
  it.each([
    [
      at({ done: 50, added: 48, failures: 2, seconds: 10, total: 200 }),
      '50/200 articles · 48 new · 5.0/s · ETA 0:30 · 2 failed',
    ],
    [
      at({ done: 1500, added: 1500, seconds: 3, total: null }),
      '1,500 articles · 1,500 new · 500.0/s · 0 failed',
    ],
    [at({ done: 0, seconds: 0, total: 10 }), '0/10 articles · 0 new · 0.0/s · 0 failed'],
  ])('shows %j as %j', (progress, line) => {
    expect(progressLine(progress)).toBe(line);
  });

  it.each([
    [0, '0:00'],
    [59.6, '1:00'],
    [754, '12:34'],
    [3723, '1:02:03'],
  ])('writes %f seconds as %s', (seconds, text) => {
    expect(clock(seconds)).toBe(text);
  });
});
