/**
 * One ingest of a JSON Lines file in a process of its own, so that its peak memory (the
 * process's max RSS, worker threads included) is measured alone. Prints one JSON object.
 * Usage: tsx bench/ingest-child.ts FILE.jsonl STORE.db WORKERS
 */
import { ingest } from '../src/engine/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { jsonlInputs } from './jsonl.js';

const [file, db, workers] = process.argv.slice(2);
if (!file || !db || !workers) throw new Error('usage: ingest-child FILE.jsonl STORE.db WORKERS');
const store = await openSqliteStore(db);
const summary = await ingest(store, jsonlInputs(file), { workers: Number(workers) });
await store.close();
const { failed: _failed, ...counts } = summary;
console.log(JSON.stringify({ ...counts, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
