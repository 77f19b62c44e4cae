import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempFiles } from '../helpers/files.js';

const GOOD_TEXT = [
  'Harbor workers sent home, ministry says',
  'March 4 (UPI) -- The ministry said on Thursday that it had sent home about 300 seasonal workers in March 2021 after their contracts ended.',
  'Officials said the workers would be paid for the full season.',
].join('\n\n');
const GOOD_JSON = JSON.stringify({
  title: 'Ferry resumes',
  text: 'The ferry resumed service on Tuesday, the operator said.',
  date: '2022-11-08',
});

/** Runs the CLI in-process and returns its exit code and what it wrote. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((err += String(chunk)), true));
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void (out += a.join(' ') + '\n'));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void (err += a.join(' ') + '\n'));
  try {
    return { code: await main(args), out, err };
  } finally {
    [stdout, stderr, log, error].forEach((s) => s.mockRestore());
  }
}

describe('claimline extract', () => {
  const files = tempFiles({
    'good.txt': GOOD_TEXT,
    'good.json': GOOD_JSON,
    'empty.txt': '',
    'image.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    'latin1.txt': Buffer.from('Gr\xfc\xdfe aus M\xfcnchen', 'latin1'),
    'lines.jsonl': `${GOOD_JSON}\n{not json\n`,
  });
  afterAll(files.done);
  const at = (name: string) => join(files.dir, name);

  it('reads a folder mixing good and bad files: the good come out, the bad are named with their problem, exit 1', async () => {
    const { code, out, err } = await run(['extract', files.dir]);
    expect(code).toBe(1);
    expect(out).toContain(at('good.txt'));
    expect(out).toContain('title      Harbor workers sent home, ministry says');
    expect(out).toContain('published  2021-03-04 [day]  (inferred');
    expect(out).toContain(at('good.json'));
    expect(out).toContain(`${at('lines.jsonl')}:1`);
    expect(err).toContain(`${at('empty.txt')}: fatal: empty`);
    expect(err).toContain(`${at('image.bin')}: fatal: binary: a PNG image`);
    expect(err).toContain(`${at('latin1.txt')}: fatal: not valid UTF-8`);
    expect(err).toContain(`${at('lines.jsonl')}:2: fatal: malformed JSON line`);
    expect(out).not.toContain(at('empty.txt'));
  }, 60_000);

  it('exits 0 when everything was read, with warnings on standard error', async () => {
    const { code, err } = await run(['extract', at('good.txt'), at('good.json')]);
    expect(code).toBe(0);
    expect(err).not.toContain('fatal');
  }, 60_000);

  it('prints one JSON document with each article, failed ones with their messages', async () => {
    const { code, out } = await run([
      'extract',
      '--json',
      at('good.txt'),
      at('empty.txt'),
      join(files.dir, '*.json'),
    ]);
    expect(code).toBe(1);
    const doc = JSON.parse(out) as {
      articles: {
        source: string;
        published: { value: string | null };
        outlet: string | null;
        messages: { severity: string }[];
      }[];
    };
    expect(doc.articles.map((a) => a.source)).toEqual([at('good.txt'), at('empty.txt'), at('good.json')]);
    expect(doc.articles[0]).toMatchObject({ outlet: 'UPI', published: { value: '2021-03-04' } });
    expect(doc.articles[1]?.messages).toEqual([
      expect.objectContaining({ severity: 'fatal', ruleId: 'empty-file' }),
    ]);
  }, 60_000);

  it('applies --max-bytes', async () => {
    const { code, err } = await run(['extract', '--max-bytes', '50', at('good.txt')]);
    expect(code).toBe(1);
    expect(err).toMatch(/too large: \d+ bytes, over the limit of 50 bytes/);
  }, 60_000);

  it.each([
    [['extract'], /no input given/],
    [['extract', '--frobnicate', 'x.txt'], /Unknown option '--frobnicate'/],
    [['extract', '--max-bytes', 'lots', 'x.txt'], /--max-bytes takes a positive whole number/],
  ])('%j is a usage error: exit 2', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
