// Development aid: summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. over
// scripts/dev/speed-run.ts). Paths are shown relative to the working directory.
//
//   node scripts/dev/profile.mjs self FILE [top]                 self time by file, function and folder
//   node scripts/dev/profile.mjs inclusive FILE [top] [filter]   time with each function on the stack
//   node scripts/dev/profile.mjs callees FILE FUNCTION [depth]   where a function's time goes
//   node scripts/dev/profile.mjs lines FILE [top] [filter]       self-time ticks by source line
/* global process, console */
import { readFileSync } from 'node:fs';

const [mode, file, arg3, arg4] = process.argv.slice(2);
if (!mode || !file) {
  console.error('usage: node scripts/dev/profile.mjs self|inclusive|callees|lines FILE [args]');
  process.exit(2);
}
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const cwd = `${process.cwd()}/`;
const where = (n) => n.callFrame.url.replace(/^file:\/\//, '').replace(cwd, '');
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${where(n)}`;

/** Self time (µs) per node id. */
const self = new Map();
for (const [i, id] of prof.samples.entries()) self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));

/** Prints the largest entries of a map of times (µs) as shares of `total`. */
function show(times, top, total) {
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, t]) =>
      console.log(
        `${((t / total) * 100).toFixed(2).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(7)}ms  ${k}`,
      ),
    );
}

function selfTime(top) {
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const [fn, files, dirs] = [new Map(), new Map(), new Map()];
  const add = (m, k, t) => m.set(k, (m.get(k) ?? 0) + t);
  for (const [id, t] of self) {
    const n = byId.get(id);
    const url = where(n);
    add(fn, `${key(n)}:${n.callFrame.lineNumber + 1}`, t);
    add(files, url || n.callFrame.functionName, t);
    const dir = url.match(/^((?:src|dist)\/stages\/[^/]+|(?:src|dist)\/[^/]+|node_modules\/[^/]+)/);
    add(dirs, dir ? dir[1] : url.startsWith('node:') ? 'node-internal' : url || n.callFrame.functionName, t);
  }
  console.log(`total ${(total / 1e6).toFixed(2)} s`);
  for (const [title, m, n] of [
    ['file', files, top],
    ['function', fn, top],
    ['folder', dirs, 25],
  ]) {
    console.log(`--- by ${title}`);
    show(m, n, total);
  }
}

function inclusive(top, filter) {
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times = new Map();
  let total = 0;
  for (const [i, sample] of prof.samples.entries()) {
    if (key(byId.get(sample)).startsWith('(idle)')) continue;
    const dt = prof.timeDeltas[i] ?? 0;
    total += dt;
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id));
      if (seen.has(k)) continue; // a recursive function counts once per sample
      seen.add(k);
      times.set(k, (times.get(k) ?? 0) + dt);
    }
  }
  console.log(`busy ${(total / 1e6).toFixed(2)} s`);
  show(new Map([...times].filter(([k]) => k.includes(filter))), top, total);
}

function callees(name, depth) {
  const memo = new Map();
  const incl = (id) => {
    if (!memo.has(id))
      memo.set(
        id,
        (byId.get(id).children ?? []).reduce((t, c) => t + incl(c), self.get(id) ?? 0),
      );
    return memo.get(id);
  };
  const paths = new Map();
  const walk = (id, d, path) => {
    for (const c of byId.get(id).children ?? []) {
      const k = `${path} > ${key(byId.get(c))}`;
      paths.set(k, (paths.get(k) ?? 0) + incl(c));
      if (d < depth) walk(c, d + 1, k);
    }
    paths.set(`${path} > (self)`, (paths.get(`${path} > (self)`) ?? 0) + (self.get(id) ?? 0));
  };
  let total = 0;
  for (const n of prof.nodes)
    if (n.callFrame.functionName === name) {
      total += incl(n.id);
      walk(n.id, 1, '');
    }
  console.log(`${name}: ${(total / 1000).toFixed(0)} ms`);
  show(paths, 40, total || 1);
}

function lines(top, filter) {
  const ticks = new Map();
  let total = 0;
  for (const n of prof.nodes)
    for (const p of n.positionTicks ?? []) {
      total += p.ticks;
      if (!where(n).includes(filter)) continue;
      const k = `${where(n)}:${p.line} ${n.callFrame.functionName}`;
      ticks.set(k, (ticks.get(k) ?? 0) + p.ticks);
    }
  console.log(`ticks ${total}`);
  show(ticks, top, total || 1);
}

if (mode === 'self') selfTime(Number(arg3 ?? 40));
else if (mode === 'inclusive') inclusive(Number(arg3 ?? 40), arg4 ?? '');
else if (mode === 'callees') callees(arg3 ?? '', Number(arg4 ?? 1));
else if (mode === 'lines') lines(Number(arg3 ?? 50), arg4 ?? 'src/');
else {
  console.error(`unknown mode ${mode}: self, inclusive, callees or lines`);
  process.exit(2);
}
