import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts the CLI in a child process: from TypeScript source through tsx (`main.ts`), or from a
 * compiled folder (`dist`-like, `main.js`) with plain Node, exactly as the installed command runs.
 * `node` adds options of Node itself (a benchmark's `--expose-gc`).
 */
export function startCli(
  args: readonly string[],
  options: { compiled?: string; cwd?: string; node?: readonly string[] } = {},
): ChildProcess {
  const main = options.compiled
    ? join(options.compiled, 'cli', 'main.js')
    : join(ROOT, 'src', 'cli', 'main.ts');
  const code = `const { main } = await import(${JSON.stringify(pathToFileURL(main).href)});
process.exitCode = await main(${JSON.stringify(args)});`;
  const loader = options.compiled ? [] : ['--import', 'tsx'];
  return spawn(process.execPath, [...(options.node ?? []), ...loader, '--input-type=module', '-e', code], {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Waits for a child started by `startCli` and collects its output. */
export function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** Runs the CLI to the end. */
export function runCli(
  args: readonly string[],
  options: { compiled?: string; cwd?: string } = {},
): Promise<CliRun> {
  return finished(startCli(args, options));
}

/** The base URL a `claimline serve` child prints once it listens; rejects if it ends first. */
export function servedUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('close', () => reject(new Error(`serve ended early: ${out}`)));
  });
}
