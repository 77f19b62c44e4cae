// Inclusive time by function (each sample counted once per function on its stack).
/* global process, console */
// Usage: node speed-profile-inclusive.mjs file.cpuprofile [top] [filter-substring]
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 40);
const filter = process.argv[4] ?? '';
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/h-speed\//, '').replace(/^file:\/\//, '')}`;
const incl = new Map();
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  let id = prof.samples[i];
  if (key(byId.get(id)).startsWith('(idle)')) continue;
  total += dt;
  const seen = new Set();
  while (id !== undefined) {
    const k = key(byId.get(id));
    if (!seen.has(k)) {
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
    id = parent.get(id);
  }
}
console.log(`busy ${(total / 1e6).toFixed(2)} s`);
[...incl]
  .filter(([k]) => k.includes(filter))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)
  .forEach(([k, t]) =>
    console.log(
      `${((t / total) * 100).toFixed(2).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(7)}ms  ${k}`,
    ),
  );
