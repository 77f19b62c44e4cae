// Inclusive time of the callees (to a depth) of every frame named `fn`. Usage: node speed-profile-callees.mjs file fn [depth]
/* global process, console */
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const name = process.argv[3];
const depth = Number(process.argv[4] ?? 1);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < prof.samples.length; i++)
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const key = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/h-speed\//, '').replace(/^file:\/\//, '')}`;
const inclMemo = new Map();
const incl = (id) => {
  if (inclMemo.has(id)) return inclMemo.get(id);
  const n = byId.get(id);
  let t = self.get(id) ?? 0;
  for (const c of n.children ?? []) t += incl(c);
  inclMemo.set(id, t);
  return t;
};
const agg = new Map();
let top = 0;
const walk = (id, d, path) => {
  const n = byId.get(id);
  for (const c of n.children ?? []) {
    const k = path + ' > ' + key(byId.get(c));
    agg.set(k, (agg.get(k) ?? 0) + incl(c));
    if (d < depth) walk(c, d + 1, k);
  }
  const sk = path + ' > (self)';
  agg.set(sk, (agg.get(sk) ?? 0) + (self.get(id) ?? 0));
};
for (const n of prof.nodes)
  if (n.callFrame.functionName === name) {
    // skip recursive nested frames
    top += incl(n.id);
    walk(n.id, 1, '');
  }
console.log(`${name}: ${(top / 1000).toFixed(0)} ms`);
[...agg]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 40)
  .forEach(([k, t]) => console.log(`${(t / 1000).toFixed(0).padStart(7)}ms ${k}`));
