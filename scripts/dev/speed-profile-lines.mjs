// Self-time ticks by source line (from positionTicks). Usage: node speed-profile-lines.mjs file [top] [filter]
/* global process, console */
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 50);
const filter = process.argv[4] ?? 'dist/';
const lines = new Map();
let total = 0;
for (const n of prof.nodes)
  for (const p of n.positionTicks ?? []) {
    total += p.ticks;
    const url = n.callFrame.url.replace(/^.*\/h-speed\//, '');
    if (!url.includes(filter)) continue;
    const k = `${url}:${p.line} ${n.callFrame.functionName}`;
    lines.set(k, (lines.get(k) ?? 0) + p.ticks);
  }
console.log('ticks', total);
[...lines]
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)
  .forEach(([k, t]) => console.log(`${((t / total) * 100).toFixed(2).padStart(6)}% ${k}`));
