// Summarises a .cpuprofile: self time by function and by file. Usage: node speed-profile-summary.mjs file.cpuprofile [top]
/* global process, console */
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 40);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++)
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const file = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const url = cf.url.replace(/^.*\/h-speed\//, '').replace(/^file:\/\//, '');
  const k = `${cf.functionName || '(anon)'} ${url}:${cf.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + t);
  const f = url || cf.functionName;
  file.set(f, (file.get(f) ?? 0) + t);
}
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, t]) =>
      console.log(
        `${((t / total) * 100).toFixed(2).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(7)}ms  ${k}`,
      ),
    );
console.log(`total ${(total / 1e6).toFixed(2)} s`);
console.log('--- by file');
show(file, top);
console.log('--- by function');
show(fn, top);
const dir = new Map();
for (const [f, t] of file) {
  const m = f.match(/^((?:src|dist)\/stages\/[^/]+|(?:src|dist)\/[^/]+|node_modules\/[^/]+)/);
  const k = m ? m[1] : f.startsWith('node:') ? 'node-internal' : f;
  dir.set(k, (dir.get(k) ?? 0) + t);
}
console.log('--- by folder');
show(dir, 25);
