import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine } from './engine.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'sample');
const dir = mkdtempSync(join(tmpdir(), 'claimline-judge-'));
const db = join(dir, 'seeds.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('users’ verdicts on conflicts', () => {
  it('records a verdict, shows it with the conflict, unmarks its claims when wrong, and keeps it through a rebuild', async () => {
    const engine = await openEngine(db);
    await engine.ingestPaths([join(SAMPLE, 'seed-000.txt'), join(SAMPLE, 'seed-001.txt')], { workers: 0 });
    const [first, second] = await engine.queries.conflicts();
    expect(first?.decision).toBeNull();
    const judged = await engine.judgeConflict(first?.id ?? '', 'wrong', 'the claims speak of two things');
    expect(judged?.decision).toMatchObject({ verdict: 'wrong', note: 'the claims speak of two things' });
    expect(await engine.judgeConflict((second?.id ?? '').slice(0, 8), 'confirmed')).toMatchObject({
      id: second?.id,
      decision: { verdict: 'confirmed', note: null },
    });
    expect(await engine.judgeConflict('no-such-conflict', 'wrong')).toBeNull();
    // What a verdict answers is the conflict as a read of the store now gives it.
    expect((await engine.queries.conflicts()).find((c) => c.id === first?.id)).toEqual(judged);
    const marked = (await engine.queries.timeline()).flatMap((e) => e.conflicts);
    expect(marked).not.toContain(first?.id);
    expect(marked).toContain(second?.id);
    await engine.ledger.rebuild();
    await engine.close();
    const again = await openEngine(db, { create: false });
    const after = await again.queries.conflicts();
    expect(after.find((c) => c.id === first?.id)?.decision?.verdict).toBe('wrong');
    expect(after.find((c) => c.id === second?.id)?.decision?.verdict).toBe('confirmed');
    await again.close();
  }, 120_000);
});
