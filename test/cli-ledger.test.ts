import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, startCli, ROOT } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-cli-ledger-'));
const db = join(dir, 'seeds.db');
const run = (...args: string[]) => finished(startCli([...args, '--db', db]));

beforeAll(async () => {
  const ingested = await run('ingest', join(ROOT, 'sample'), '--workers', '0');
  expect(ingested.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the ledger commands on the seeds', () => {
  it('timeline: entries in the order of the times they refer to, each with its sources', async () => {
    const { code, stdout } = await run('timeline');
    expect(code).toBe(0);
    const times = stdout.split('\n').flatMap((l) => /^(\d{4}\S*)\s/.exec(l)?.[1] ?? []);
    expect(times[0]).toBe('2017-12');
    expect(times).toContain('2019-02-27/2019-02-28');
    expect(times.at(-1)).toBe('2020-01-16');
    expect(stdout).toMatch(/Maxim Topilin via RIA Novosti · UPI 2019-02-07/);
  }, 60_000);

  it('timeline --json is the API shape, and --entity narrows it to one speaker or subject', async () => {
    const all = JSON.parse((await run('timeline', '--json')).stdout) as { claims: unknown[] }[];
    const one = JSON.parse((await run('timeline', '--entity', 'Alexander Matsegora', '--json')).stdout) as {
      speaker: string;
    }[];
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(all.length);
    for (const e of one) expect(e.speaker).toBe('Alexander Matsegora');
  }, 60_000);

  it('series, conflicts, stories and entities print what an analyst reads', async () => {
    const series = (await run('series', 'workers in Russia')).stdout;
    expect(series).toMatch(/^North Korean workers in Russia {2}\(3 points/m);
    expect(series).toMatch(/~11,000/);
    const conflicts = (await run('conflicts')).stdout;
    expect(conflicts).toMatch(/\[contradicted\]/);
    expect(conflicts).toMatch(/\[commitment-unmet\]/);
    expect((await run('stories')).stdout).toMatch(/^1 story$/m);
    const ilichev = (await run('entities', 'Ilichev', '--show')).stdout;
    expect(ilichev).toMatch(/^Pyotr Ilichev \(person/);
    expect(ilichev).toMatch(/no North Koreans in employment/);
  }, 60_000);

  it('export writes a Markdown memo and a CSV whose spans point at the claims’ words', async () => {
    const md = join(dir, 'memo.md');
    expect((await run('export', '--format', 'md', '--out', md)).code).toBe(0);
    const memo = readFileSync(md, 'utf8');
    expect(memo).toMatch(/^## Timeline$/m);
    expect(memo).toMatch(/^### North Korean workers in Russia$/m);
    // Every source is cited by number and listed with its outlet and date.
    expect(memo).toMatch(/^## Sources$/m);
    expect(memo).toMatch(/^1\. UPI, 2019-02-07/m);
    expect(memo).toMatch(/ · UPI 2019-02-07 \[1\]/);
    // A title stands once in a source's line, even where it is the article's voice.
    expect(memo).not.toMatch(/^\d+\. “([^”]+)”, [^,]+, “\1”/m);
    const csv = (await run('export', '--format', 'csv')).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/^key,article,outlet,published,title,url,speaker/);
    expect(csv.length).toBeGreaterThan(20);
  }, 60_000);

  it('export json gives every claim its article’s title, outlet, URL and publication date', async () => {
    const json = JSON.parse((await run('export', '--format', 'json')).stdout) as {
      claims: Record<string, unknown>[];
    };
    expect(json.claims.length).toBeGreaterThan(20);
    for (const c of json.claims)
      for (const k of ['title', 'outlet', 'url', 'published']) expect(c).toHaveProperty(k);
    expect(
      json.claims.some(
        (c) => typeof c['title'] === 'string' && c['outlet'] === 'UPI' && c['published'] === '2020-01-16',
      ),
    ).toBe(true);
  }, 60_000);

  it('conflicts mark records a verdict that the conflict then shows, and refuses what it cannot do', async () => {
    const before = JSON.parse((await run('conflicts', '--json')).stdout) as {
      id: string;
      decision: unknown;
    }[];
    const first = before[0];
    expect(first?.decision).toBeNull();
    const marked = await run(
      'conflicts',
      'mark',
      (first?.id ?? '').slice(0, 8),
      'wrong',
      '--note',
      'two measures',
    );
    expect(marked.code).toBe(0);
    expect(marked.stdout).toMatch(/marked wrong on \d{4}-\d{2}-\d{2}: two measures/);
    const after = JSON.parse((await run('conflicts', '--json')).stdout) as {
      id: string;
      decision: { verdict: string; note: string | null } | null;
    }[];
    expect(after.find((c) => c.id === first?.id)?.decision).toMatchObject({
      verdict: 'wrong',
      note: 'two measures',
    });
    expect((await run('conflicts', 'mark', 'ffffffffffff', 'confirmed')).code).toBe(1);
    const bad = await run('conflicts', 'mark', first?.id ?? '', 'maybe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"wrong" or "confirmed"/);
  }, 180_000);

  it.each([
    [['timeline', '--modality', 'sure'], /--modality must be one of/],
    [['timeline', '--from', 'last week'], /--from must be YYYY/],
    [['export'], /--format must be json, csv or md/],
    [['entities', '--show'], /--show needs a name/],
  ])(
    'refuses %j with a usage error',
    async (args, message) => {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    },
    60_000,
  );

  it('says so when the store does not exist, creating nothing', async () => {
    const missing = join(dir, 'missing.db');
    const { code, stderr } = await finished(startCli(['timeline', '--db', missing]));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/missing\.db/);
    expect(existsSync(missing)).toBe(false);
  }, 60_000);
});
