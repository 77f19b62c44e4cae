import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * True when a path holds glob syntax: `*`, `?`, `[...]` or `{a,b}`.
 *
 * @example isGlob('docs/*.txt') // true
 */
export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

/** Where a glob starts looking, and what the paths below that folder must match. */
export interface GlobPlan {
  readonly base: string;
  readonly matcher: RegExp;
  /** How many folders deep to look below `base` (Infinity with `**`). */
  readonly depth: number;
}

/**
 * Splits a glob into its literal folder and a matcher for the rest. `*` and `?` stay inside one
 * path segment and, as in a shell, do not match a leading dot; `**` matches any folders.
 *
 * @example planGlob('docs/**\/*.txt') // { base: 'docs', depth: Infinity, matcher: /^(?:[^/]+\/)*(?!\.)[^/]*\.txt$/ }
 */
export function planGlob(pattern: string): GlobPlan {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex(isGlob);
  const literal = segments.slice(0, firstGlob);
  const rest = segments.slice(firstGlob).filter((s) => s !== '');
  const base = literal.length === 0 ? '.' : literal.join('/') || '/';
  let source = '';
  rest.forEach((segment, i) => {
    const last = i === rest.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  const depth = rest.includes('**') ? Infinity : rest.length;
  return { base, matcher: new RegExp(`^${source}$`), depth };
}

function segmentSource(segment: string): string {
  const lead = segment.startsWith('.') ? '' : '(?!\\.)';
  return lead + translate(segment);
}

/** One segment of glob syntax as regular-expression source. */
function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map(translate)
          .join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/**
 * The files under `plan.base` whose relative paths match, sorted, hidden folders skipped unless
 * the pattern names them.
 *
 * @example for await (const f of globFiles(planGlob('sample/*.txt'))) console.log(f)
 */
export async function* globFiles(plan: GlobPlan): AsyncGenerator<string> {
  yield* walk(plan, plan.base, '', 0);
}

async function* walk(plan: GlobPlan, dir: string, rel: string, depth: number): AsyncGenerator<string> {
  if (depth >= plan.depth) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder matches nothing; the pattern then reports "no match"
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(plan, full, relPath, depth + 1);
    else if (plan.matcher.test(relPath)) yield full;
  }
}
