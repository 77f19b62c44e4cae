import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { textInput } from '../../../test/helpers/article.js';
import { createPipeline } from '../../pipeline/order.js';
import { encodeArticle } from '../../store/encode.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { openLedger } from '../../ledger/index.js';
import { CliError } from '../errors.js';
import { entitiesEdit } from './entities-edit.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-entities-'));
const db = join(dir, 'store.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const pipeline = createPipeline();
const seed = (name: string) =>
  pipeline.run(
    textInput(readFileSync(join(import.meta.dirname, '..', '..', '..', 'sample', name), 'utf8'), name),
  );
const [seed0, seed1] = [seed('seed-000.txt'), seed('seed-001.txt')];

/** Runs the handler, capturing what it prints. */
async function run(...argv: string[]) {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line));
  const code = await entitiesEdit([...argv, '--db', db]);
  return { code, out: out.join('\n') };
}

async function trumpIds(): Promise<string[]> {
  const store = await openSqliteStore(db);
  const ids = (await (await openLedger(store)).findEntities('Donald Trump')).map((e) => e.id);
  await store.close();
  return ids;
}

describe('claimline entities merge|split', () => {
  beforeAll(async () => {
    // Stored but not linked: the command links what is pending before deciding.
    const store = await openSqliteStore(db);
    await store.put([seed0, seed1].map((a) => encodeArticle(a)));
    await store.close();
  });

  it('splits an article’s part of an entity off, named by words and an id prefix', async () => {
    const { code, out } = await run('split', 'Donald Trump', '--article', seed1.id.slice(0, 8));
    expect(code).toBe(0);
    expect(out).toMatch(/^split 1 unit of article \w+ off “Donald Trump” \(entity-\w+\) into a new entity/);
    expect(await trumpIds()).toHaveLength(2);
  });

  it('refuses a name that now fits two entities, listing their ids', async () => {
    await expect(run('merge', 'Donald Trump', 'Kim Jong Un')).rejects.toSatisfy(
      (e) => e instanceof CliError && /names 2 entities; give one id/.test(e.message),
    );
  });

  it('merges them back by id, with a note, and prints the change as JSON', async () => {
    const [a, b] = await trumpIds();
    const { code, out } = await run('merge', a ?? '', b ?? '', '--note', 'one president', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      changed: true,
      decision: { kind: 'merge', note: 'one president' },
    });
    expect(await trumpIds()).toHaveLength(1);
  });

  it.each([
    [['merge', 'Donald Trump', 'Donald Trump'], 1, /already one entity/],
    [['split', 'Donald Trump', '--article', seed0.id, '--mention', 'Obama'], 1, /no mention “Obama”/],
  ])('changes nothing for %j and says why', async (argv, expected, why) => {
    const { code, out } = await run(...argv);
    expect(code).toBe(expected);
    expect(out).toMatch(why);
  });

  it.each([
    [['merge', 'Donald Trump'], /merge takes two entities/],
    [['split', 'Donald Trump'], /split needs --article/],
    [['split', 'Donald Trump', '--article', 'abc'], /has nothing in an article abc/],
    [['merge', 'Nobody Atall', 'Donald Trump'], /no entity is named “Nobody Atall”/],
    [['rename', 'x'], /unknown verb 'rename'/],
  ])('refuses %j as a usage error', async (argv, message) => {
    await expect(run(...argv)).rejects.toSatisfy((e) => e instanceof CliError && message.test(e.message));
  });
});
