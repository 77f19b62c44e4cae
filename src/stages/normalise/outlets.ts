import data from './data/outlets.json' with { type: 'json' };

/** A known outlet: its canonical name, other names, and web hosts. */
export interface OutletEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly hosts?: readonly string[];
}

/** Looks outlets up by any of their names, or by a URL's host. */
export interface OutletIndex {
  /** The canonical name for a name or alias ("Ifax" → "Interfax"), or null when unknown. */
  readonly byName: (name: string) => string | null;
  /** The outlet for a URL's host; unknown hosts give the host itself with `known: false`. */
  readonly byUrl: (
    url: string,
  ) => { readonly name: string; readonly host: string; readonly known: boolean } | null;
}

/**
 * How names are compared: no case, no leading "The", no punctuation or spaces.
 *
 * @example nameKey('The Wall Street Journal') // 'wallstreetjournal'
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Indexes data/outlets.json plus any extra entries, once per configured normaliser.
 *
 * @example outletIndex().byUrl('https://in.reuters.com/article/x')?.name // 'Reuters'
 */
export function outletIndex(extra: readonly OutletEntry[] = []): OutletIndex {
  const names = new Map<string, string>();
  const hosts = new Map<string, string>();
  for (const entry of [...extra, ...(data.outlets as readonly OutletEntry[])]) {
    for (const n of [entry.name, ...(entry.aliases ?? [])]) {
      const key = nameKey(n);
      if (key && !names.has(key)) names.set(key, entry.name);
    }
    for (const h of entry.hosts ?? []) if (!hosts.has(h)) hosts.set(h.toLowerCase(), entry.name);
  }
  const byName = (name: string) => names.get(nameKey(name)) ?? null;
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
  return Object.freeze({ byName, byUrl });
}
