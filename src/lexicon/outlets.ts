import type { OutletEntry, Outlets } from './types.js';
import data from './data/outlets.json' with { type: 'json' };

/** The built-in outlet entries (`data/outlets.json`). */
export const BUILT_IN_OUTLETS: readonly OutletEntry[] = data.outlets;

/**
 * How names are compared by `byName`: no case, no leading "The", no punctuation or spaces.
 *
 * @example outletKey('The Wall Street Journal') // 'wallstreetjournal'
 */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Indexes outlet entries once. In running text an all-capitals word ("AP", "RT", "RIA") counts
 * only as written, and the first letter of a form only as written, other letters in any case
 * ("the Kyodo news agency" names "Kyodo News"): so "economist" or "the times" are not outlets.
 *
 * @example compileOutlets(BUILT_IN_OUTLETS).byUrl('https://in.reuters.com/article/x')?.name // 'Reuters'
 */
export function compileOutlets(entries: readonly OutletEntry[]): Outlets {
  const names = new Map<string, string>();
  const hosts = new Map<string, string>();
  const forms: string[] = [];
  for (const entry of entries) {
    for (const n of [entry.name, ...(entry.aliases ?? [])]) {
      const key = outletKey(n);
      if (key && !names.has(key)) names.set(key, entry.name);
      forms.push(n);
    }
    for (const h of entry.hosts ?? [])
      if (!hosts.has(h.toLowerCase())) hosts.set(h.toLowerCase(), entry.name);
  }
  const byUrl = (url: string) => {
    let host: string;
    try {
      host = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
    } catch {
      return null;
    }
    host = host.replace(/^www\d?\./, '');
    if (!host.includes('.')) return null;
    // A host matches itself and its parent domains: in.reuters.com → reuters.com.
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
      const name = hosts.get(h);
      if (name) return { name, host, known: true };
    }
    return { name: host, host, known: false };
  };
  const text = textMatcher(forms);
  return Object.freeze({
    entries: Object.freeze([...entries]),
    byName: (name: string) => names.get(outletKey(name)) ?? null,
    byUrl,
    inText: (t: string) => text.pattern.test(t),
    findInText: (t: string) => {
      let best: string | null = null;
      for (const m of t.matchAll(text.global)) if (best === null || m[0].length > best.length) best = m[0];
      return best === null ? null : (text.spelling.get(best.toLowerCase().replace(/’/g, "'")) ?? best);
    },
    with: (extra: readonly OutletEntry[]) => compileOutlets([...extra, ...entries]),
  });
}

function textMatcher(forms: readonly string[]) {
  const byLength = [...new Set(forms)].sort((a, b) => b.length - a.length);
  const spelling = new Map<string, string>();
  for (const f of byLength) if (!spelling.has(f.toLowerCase())) spelling.set(f.toLowerCase(), f);
  const source = byLength.map(formPattern).join('|');
  const body = `(?<![\\p{L}\\p{N}-])(?:${source})(?![\\p{L}\\p{N}-])`;
  return { pattern: new RegExp(body, 'u'), global: new RegExp(body, 'gu'), spelling };
}

/** A form's pattern: its first letter and all-capitals words as written, other letters in any case. */
function formPattern(form: string): string {
  let first = true;
  return form
    .split(/(\s+)/)
    .map((word) => {
      const acronym = !/\p{Ll}/u.test(word);
      return [...word]
        .map((c) => {
          if (c === "'" || c === '’') return "['’]";
          if (/\s/.test(c)) return '\\s+';
          if (/[.*+?^${}()|[\]\\/]/.test(c)) return `\\${c}`;
          const upper = c.toUpperCase();
          const lower = c.toLowerCase();
          const exact = acronym || first || upper === lower;
          first = false;
          return exact ? c : `[${lower}${upper}]`;
        })
        .join('');
    })
    .join('');
}
