import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll, tempFiles } from '../../test/helpers/files.js';
import { isGlob, planGlob } from './glob.js';

describe('planGlob', () => {
  it.each([
    ['docs/*.txt', 'docs', 'a.txt', true],
    ['docs/*.txt', 'docs', 'sub/a.txt', false],
    ['docs/*.txt', 'docs', '.hidden.txt', false],
    ['docs/**/*.txt', 'docs', 'sub/deeper/a.txt', true],
    ['docs/**/*.txt', 'docs', 'a.txt', true],
    ['docs/d?.txt', 'docs', 'd1.txt', true],
    ['docs/d?.txt', 'docs', 'd10.txt', false],
    ['docs/d[0-4]*.txt', 'docs', 'd37.txt', true],
    ['docs/d[!0-4]*.txt', 'docs', 'd37.txt', false],
    ['docs/*.{json,jsonl}', 'docs', 'a.jsonl', true],
    ['docs/*.{json,jsonl}', 'docs', 'a.txt', false],
    ['*.txt', '.', 'seed-000.txt', true],
    ['/tmp/x/*.txt', '/tmp/x', 'a.txt', true],
  ])('%s looks in %s and matches %s: %s', (pattern, base, path, matches) => {
    const plan = planGlob(pattern);
    expect(plan.base).toBe(base);
    expect(plan.matcher.test(path)).toBe(matches);
  });

  it.each([
    ['docs/*.txt', true],
    ['docs/a.txt', false],
    ['docs/{a,b}.txt', true],
  ])('isGlob(%s) is %s', (path, expected) => {
    expect(isGlob(path)).toBe(expected);
  });
});

describe('globs as inputs', () => {
  const files = tempFiles({
    'd1.txt': 'One paragraph of text.',
    'd2.txt': 'Another paragraph.',
    'a.json': '{"text": "x"}',
  });
  mkdirSync(join(files.dir, 'sub'));
  writeFileSync(join(files.dir, 'sub', 'd3.txt'), 'Third.');
  afterAll(files.done);

  it.each([
    ['*.txt', ['d1.txt', 'd2.txt']],
    ['**/d*.txt', ['d1.txt', 'd2.txt', 'sub/d3.txt']],
    ['*.{json,txt}', ['a.json', 'd1.txt', 'd2.txt']],
  ])('%s reads %j', async (pattern, expected) => {
    const inputs = await readAll([join(files.dir, pattern)]);
    expect(inputs.map((i) => i.source.slice(files.dir.length + 1))).toEqual(expected);
  });

  it('reads a file named twice (by a folder and a glob) once', async () => {
    const inputs = await readAll([files.dir, join(files.dir, '*.txt')]);
    expect(inputs).toHaveLength(4);
  });
});
