/**
 * Loaded into a benchmarked server with `node --expose-gc --import` (see bench/suites/load.ts):
 * on SIGUSR2 it collects garbage twice and prints one line to stderr,
 * `memory-probe {"rss":…,"heapUsed":…,"cpuMs":…,"loopMaxMs":…,"loopP99Ms":…}`, the resident
 * and heap memory after GC, the CPU time used so far, and the event loop's worst delays since
 * the last probe. Plain JavaScript: it runs before any TypeScript loader.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import process from 'node:process';

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  const line = {
    rss,
    heapUsed,
    cpuMs: (user + system) / 1000,
    loopMaxMs: loop.max / 1e6,
    loopP99Ms: loop.percentile(99) / 1e6,
  };
  loop.reset();
  process.stderr.write(`memory-probe ${JSON.stringify(line)}\n`);
});
