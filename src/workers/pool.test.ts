import { describe, expect, it } from 'vitest';
import { textInput } from '../../test/helpers/article.js';
import { extractPool } from './extract-pool.js';
import { createPool, WorkerError } from './pool.js';
import { workerScript } from './script.js';
import type { TestTask } from '../../test/fixtures/workers/test-worker.js';

const fixture = (name: string) =>
  workerScript(new URL(`../../test/fixtures/workers/${name}.ts`, import.meta.url).href, name);

describe('worker pool (workers started from TypeScript source through tsx)', () => {
  it('runs tasks on every worker with the configuration it was given', async () => {
    const pool = createPool<TestTask, string>(2, fixture('test-worker'), { prefix: '>' });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((value) => pool.run({ do: 'echo', value })));
    await pool.close();
    expect(results.map((r) => r.split('@')[0])).toEqual(['>a', '>b', '>c', '>d']);
    expect(new Set(results.map((r) => r.split('@')[1])).size).toBe(2);
  });

  it('rejects a task whose handler throws and keeps serving', async () => {
    const pool = createPool<TestTask, string>(1, fixture('test-worker'), { prefix: '' });
    await expect(pool.run({ do: 'throw' })).rejects.toThrow('asked to throw');
    expect((await pool.run({ do: 'echo', value: 'x' })).startsWith('x@')).toBe(true);
    await pool.close();
  });

  it('replaces a worker that dies, failing only its task', async () => {
    const pool = createPool<TestTask, string>(1, fixture('test-worker'), { prefix: '' });
    const first = await pool.run({ do: 'echo', value: 'a' });
    await expect(pool.run({ do: 'exit' })).rejects.toBeInstanceOf(WorkerError);
    const after = await pool.run({ do: 'echo', value: 'b' });
    await pool.close();
    expect(after.split('@')[1]).not.toBe(first.split('@')[1]);
  });

  it('fails a task over its time budget, replaces the worker and goes on', async () => {
    const pool = createPool<TestTask, string>(1, fixture('test-worker'), { prefix: '' }, { ms: () => 300 });
    await expect(pool.run({ do: 'spin' })).rejects.toThrow(/over its time budget \(0\.3 s\)/);
    expect((await pool.run({ do: 'echo', value: 'x' })).startsWith('x@')).toBe(true);
    await pool.close();
  });

  it('fails a task over its memory budget, replaces the worker and goes on', async () => {
    const pool = createPool<TestTask, string>(1, fixture('test-worker'), { prefix: '' }, { memoryMb: 64 });
    await expect(pool.run({ do: 'hog' })).rejects.toThrow(/over its memory budget \(64 MB\)/);
    expect((await pool.run({ do: 'echo', value: 'y' })).startsWith('y@')).toBe(true);
    await pool.close();
  });

  it('rejects every task when the worker module cannot start', async () => {
    const pool = createPool<TestTask, string>(1, fixture('broken-worker'), {});
    await expect(pool.run({ do: 'echo', value: 'a' })).rejects.toThrow(/cannot start/);
    await pool.close();
  });

  it('extracts an article in a worker exactly as in the calling thread', async () => {
    const input = textInput('Officials said on Monday that 300 workers had left.\n\nMore would follow.');
    const threaded = await extractPool(1, {});
    const inline = await extractPool(0, {});
    const [a, b] = [await threaded.run(input), await inline.run(input)];
    await threaded.close();
    expect(a.kind).toBe('encoded');
    expect(a).toEqual(b);
  });
});
