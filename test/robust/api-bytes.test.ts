import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { appOver, seededStore } from '../helpers/server.js';
import type { SeededStore } from '../helpers/server.js';

let seeds: SeededStore;
beforeAll(async () => {
  seeds = await seededStore();
}, 120_000);
afterAll(() => seeds.close());

const PROSE = 'Officials said on Monday that 300 workers had left the country since January.';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const RANDOM = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251);
const BAD_UTF8 = Buffer.concat([
  Buffer.from('Officials said '),
  Buffer.from([0xc3, 0x28]),
  Buffer.from(' workers.'),
]);

/** What `claimline ingest` says of the same bytes in a file. */
async function cliReason(bytes: Uint8Array, name: string): Promise<string> {
  const path = join(seeds.dir, name);
  writeFileSync(path, bytes);
  for await (const input of readInputs([path])) {
    const fatal = input.messages.find((m) => m.severity === 'fatal');
    if (fatal) return fatal.reason;
  }
  return '(read as text)';
}

const post = (body: Uint8Array, type = 'text/plain') =>
  appOver(seeds).request('/api/articles', { method: 'POST', headers: { 'Content-Type': type }, body });

describe('POSTed bytes follow the CLI’s rules', () => {
  it.each([
    ['a PNG image', PNG, 415],
    ['a gzip archive', new Uint8Array(gzipSync(Buffer.from(PROSE))), 415],
    ['random bytes', RANDOM, 415],
    ['invalid UTF-8', new Uint8Array(BAD_UTF8), 422],
  ])('refuses %s with the CLI’s message', async (_, bytes, status) => {
    const res = await post(bytes);
    expect(res.status).toBe(status);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toBe(await cliReason(bytes, `body-${status}-${bytes.length}.txt`));
  });

  it.each([
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${PROSE} (UTF-8 BOM)`)]),
    ],
    [
      'UTF-16LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${PROSE} (UTF-16LE)`, 'utf16le')]),
    ],
  ])('stores %s as the text it is', async (name, bytes) => {
    const res = await post(new Uint8Array(bytes));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const article = await seeds.store.get(id);
    expect(article?.text.startsWith(PROSE)).toBe(true);
    expect(article?.text).toContain(name.startsWith('UTF-8') ? '(UTF-8 BOM)' : '(UTF-16LE)');
  });
});
