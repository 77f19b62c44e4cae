import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { createApp, defaultWebRoot, listen } from '../../src/server/index.js';
import type { Listening } from '../../src/server/index.js';
import { seededStore } from '../helpers/server.js';
import type { SeededStore } from '../helpers/server.js';

/** Debian's Chromium: the browser tests never download one. */
export const CHROMIUM = process.env['CLAIMLINE_CHROMIUM'] ?? '/usr/bin/chromium';

/** Why the browser tests skip, or null when they can run. */
export const browserAbsent: string | null = existsSync(CHROMIUM)
  ? null
  : `${CHROMIUM} is absent (install Debian's chromium: .ci/run does it)`;

export interface UiHarness {
  readonly seeds: SeededStore;
  readonly server: Listening;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The built UI, building it when a checkout has not been built yet. */
function webRoot(): string {
  const built = defaultWebRoot();
  if (built) return built;
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'web', 'build.mjs')], {
    stdio: 'inherit',
  });
  const root = defaultWebRoot();
  if (!root) throw new Error('the web UI did not build');
  return root;
}

/**
 * A server on 127.0.0.1 (a free port) over a temp store with the given inputs ingested (the
 * seeds by default), and headless Chromium.
 */
export async function startUi(paths?: readonly string[]): Promise<UiHarness> {
  const seeds = await seededStore(paths);
  const app = createApp({
    queries: seeds.queries,
    ingest: seeds.ingest,
    judgeConflict: seeds.engine.judgeConflict,
    webRoot: webRoot(),
    log: () => undefined,
  });
  const server = await listen(app, '127.0.0.1', 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return {
    seeds,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await seeds.close();
    },
  };
}
