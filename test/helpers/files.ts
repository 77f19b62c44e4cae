import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import type { ReadOptions } from '../../src/ingest/index.js';
import type { ArticleInput } from '../../src/model/index.js';

/** A fresh temporary folder holding the given files (name → content); `done()` removes it. */
export function tempFiles(files: Readonly<Record<string, string | Uint8Array>>): {
  dir: string;
  done: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every input the readers make from the given paths. */
export async function readAll(paths: readonly string[], options: ReadOptions = {}): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for await (const input of readInputs(paths, options)) out.push(input);
  return out;
}

/** The fatal message's rule of an input, or null when it was read. */
export function fatalRule(input: ArticleInput | undefined): string | null {
  return input?.messages.find((m) => m.severity === 'fatal')?.ruleId ?? null;
}
