import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { fatalRule, readAll, tempFiles } from '../../test/helpers/files.js';

const PAGE_WITHOUT_ARTICLE =
  '<!doctype html><html><head><title>Home</title></head><body><nav>Home</nav></body></html>';
const ARTICLE = 'Feb. 7 (UPI) -- Officials said the harbor would reopen next week after the storm.';

const files = tempFiles({
  'empty.txt': '',
  'blank.txt': ' \n\n \t\n',
  'nul.txt': Buffer.from([0x48, 0x69, 0x00, 0x00, 0x01, 0x02, 0x48, 0x69]),
  'controls.txt': Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41))),
  'picture.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'latin1.txt': Buffer.from('Die Arbeiter kehrten am Montag zur\xfcck.', 'latin1'),
  'big.txt': ARTICLE.repeat(20),
  'page.html': PAGE_WITHOUT_ARTICLE,
  'broken.json': '{"title": "A",\n "text": "B"',
  'not.json': 'plain words, not JSON',
  'good.txt': ARTICLE,
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
  // A UTF-8 page (six multi-byte characters) with one Latin-1 byte pasted into it.
  'mixed.html': Buffer.concat([
    Buffer.from(
      '<html><head><meta charset="utf-8"></head><body><article><p>Grüße aus München: die Arbeiter kehrten zurück, sagte das Ministerium am Montag. Sie wählen',
    ),
    Buffer.from([0xfc]),
    Buffer.from(' nun neu, hieß es.</p></article></body></html>'),
  ]),
  'windows-1251.html': Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1251"></head><body><article><p>'),
    Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x20].concat(Array(30).fill(0x20))), // "Москва " in windows-1251
    Buffer.from(
      ' reported that every worker had left the country before the deadline in December.</p></article></body></html>',
    ),
  ]),
});
afterAll(files.done);
const at = (name: string) => join(files.dir, name);

describe('bad input', () => {
  it.each([
    ['empty.txt', 'empty-file', /empty/],
    ['blank.txt', 'empty-file', /white space/],
    ['nul.txt', 'binary-file', /NUL bytes \(the first at byte 2\)/],
    ['controls.txt', 'binary-file', /control characters/],
    ['picture.txt', 'binary-file', /PNG image/],
    ['latin1.txt', 'invalid-utf8', /not valid UTF-8: byte 0xFC at offset 34 \(line 1\)/],
    ['page.html', 'no-article', /HTML page with no article/],
    ['broken.json', 'malformed-json', /malformed JSON: .*\(line 2, column \d+\)/],
    ['not.json', 'malformed-json', /malformed JSON/],
    ['missing.txt', 'no-such-file', /no such file/],
    ['*.none', 'no-match', /no file matches/],
  ])('%s fails with %s, naming the file and the problem', async (name, rule, reason) => {
    const [input] = await readAll([at(name)]);
    const fatal = input?.messages.find((m) => m.severity === 'fatal');
    expect(fatal).toMatchObject({ ruleId: rule, source: at(name), stage: 'ingest' });
    expect(fatal?.reason).toMatch(reason);
    expect(input?.body).toBe('');
  });

  it('refuses a file over maxBytes without reading it whole, and reads it under the limit', async () => {
    const [over] = await readAll([at('big.txt')], { maxBytes: 100 });
    expect(fatalRule(over)).toBe('too-large');
    expect(over?.messages[0]?.reason).toContain(`${20 * ARTICLE.length} bytes, over the limit of 100 bytes`);
    const [under] = await readAll([at('big.txt')], { maxBytes: 10_000 });
    expect(fatalRule(under)).toBeNull();
  });

  it('refuses standard input over maxBytes', async () => {
    const stdin = Readable.from([Buffer.from(ARTICLE), Buffer.from(ARTICLE)]);
    const [input] = await readAll(['-'], { stdin, maxBytes: 100 });
    expect(fatalRule(input)).toBe('too-large');
  });

  it('reads UTF-16 with a byte-order mark, and says so', async () => {
    const [input] = await readAll([at('utf16.txt')]);
    expect(input?.body).toBe(ARTICLE);
    expect(input?.messages).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'decoded' })]);
  });

  it('decodes a page in the charset it declares, and says so', async () => {
    const [input] = await readAll([at('windows-1251.html')]);
    expect(input?.body).toContain('Москва');
    expect(input?.messages[0]?.reason).toMatch(/decoded as windows-1251/);
  });

  it('reads a mostly UTF-8 page with a stray Latin-1 byte, and says where', async () => {
    const [input] = await readAll([at('mixed.html')]);
    expect(input?.body).toContain('Sie wählen\u00fc nun neu');
    expect(input?.messages[0]).toMatchObject({ severity: 'info', ruleId: 'decoded' });
    expect(input?.messages[0]?.reason).toMatch(
      /mostly UTF-8: 1 stray byte \(the first, 0xFC, at offset \d+, line 1\)/,
    );
  });

  it('reads text that only starts like JSON as text, and says so', async () => {
    const { dir, done } = tempFiles({
      'note.txt': '[Photo] Workers wait at the airport on Monday before their flight home.',
    });
    const [input] = await readAll([dir]);
    done();
    expect(input).toMatchObject({
      format: 'text',
      messages: [expect.objectContaining({ ruleId: 'not-json' })],
    });
  });

  it('goes on after a bad input: the good ones are read', async () => {
    const inputs = await readAll([at('empty.txt'), at('missing.txt'), at('good.txt')]);
    expect(inputs.map(fatalRule)).toEqual(['empty-file', 'no-such-file', null]);
    expect(inputs[2]?.body).toBe(ARTICLE);
  });

  it('names a JSON Lines line that is too long, invalid UTF-8 or not JSON, and goes on', async () => {
    const good = '{"title": "A", "text": "One."}';
    const { dir, done } = tempFiles({
      'a.jsonl': Buffer.concat([
        Buffer.from(`${good}\n{"text": "${'x'.repeat(300)}"}\n`),
        Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]),
        Buffer.from(`[1, 2]\n${good}`),
      ]),
    });
    const inputs = await readAll([join(dir, 'a.jsonl')], { maxBytes: 200 });
    done();
    expect(inputs.map((i) => [i.source.replace(dir, ''), fatalRule(i)])).toEqual([
      ['/a.jsonl:1', null],
      ['/a.jsonl:2', 'line-too-large'],
      ['/a.jsonl:3', 'invalid-utf8'],
      ['/a.jsonl:4', 'json-not-object'],
      ['/a.jsonl:5', null],
    ]);
  });

  it('reports a broken symbolic link as a missing file', async () => {
    const { dir, done } = tempFiles({});
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'link.txt'));
    const [input] = await readAll([join(dir, 'link.txt')]);
    done();
    expect(fatalRule(input)).toBe('no-such-file');
  });

  // Root reads files whatever their mode, so the permission case can only run as another user.
  it.skipIf(process.getuid?.() === 0)(
    'reports a file it may not read (skipped as root: root reads any file)',
    async () => {
      const { dir, done } = tempFiles({ 'secret.txt': ARTICLE });
      chmodSync(join(dir, 'secret.txt'), 0o000);
      const [input] = await readAll([join(dir, 'secret.txt')]);
      done();
      expect(input?.messages[0]).toMatchObject({
        ruleId: 'unreadable',
        reason: expect.stringMatching(/permission denied/),
      });
    },
  );

  it('reads folders recursively in name order, skipping hidden entries', async () => {
    const { dir, done } = tempFiles({ 'b.txt': ARTICLE, 'a.txt': ARTICLE, '.hidden.txt': ARTICLE });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.txt'), ARTICLE);
    const inputs = await readAll([dir]);
    done();
    expect(inputs.map((i) => i.source.slice(dir.length))).toEqual(['/a.txt', '/b.txt', '/sub/c.txt']);
  });
});
