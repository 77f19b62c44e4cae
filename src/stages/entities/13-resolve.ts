import { INSTITUTIONS } from './data/groups.js';
import { join, keyText } from './cluster.js';
import type { Clusters } from './cluster.js';
import { foundText } from './types.js';
import type { Doc, Found } from './types.js';

/**
 * Groups the mentions that are not people into entities: lexicon items by canonical name
 * ("DPRK" and "North Korea" are one), instruments by head and number, institutions by country
 * and head ("the foreign ministry" joins the last "Russia's foreign ministry"), groups and other
 * names by their words. People are resolved by `resolve-people.ts`.
 *
 * @example resolveThings(doc, cs) // "Ria Novosti" and "RIA Novosti" → one outlet entity
 */
export function resolveThings(doc: Doc, cs: Clusters): void {
  doc.found.forEach((f, index) => {
    if (f.type === 'person' || f.dropped) return;
    join(doc, cs, index, keyOf(doc, cs, f));
  });
}

const INSTITUTION_SET: ReadonlySet<string> = new Set(INSTITUTIONS);

function keyOf(doc: Doc, cs: Clusters, f: Found): string {
  if (f.canonical && f.type !== 'group') return `${f.type}|${f.canonical}`;
  const text = keyText(foundText(doc, f));
  switch (f.type) {
    case 'instrument': {
      const m = /(resolution|article|act|section|order|decree|bill|law)\s+(no\.\s*)?(\d[\w.-]*)/i.exec(text);
      return m ? `instrument|${(m[1] ?? '').toLowerCase()} ${m[3] ?? ''}` : `instrument|${text}`;
    }
    case 'group':
      return `group|${f.canonical ?? text}`;
    case 'organization':
      if (f.form === 'nominal' && f.head) return institutionKey(cs, f);
      if (f.country) {
        // "Russian Foreign Ministry" is the "Russia's foreign ministry" of another sentence.
        const rest = text.split(' ').slice(-2).join(' ');
        const head = INSTITUTION_SET.has(rest) ? rest : text.split(' ').slice(-1)[0];
        if (head && INSTITUTION_SET.has(head)) return `inst|${f.country}|${head}`;
      }
      return `organization|${acronymOwner(cs, text) ?? text}`;
    default:
      return `${f.type}|${text}`;
  }
}

/** "Russia's foreign ministry" → inst|RU|foreign ministry; "the foreign ministry" → the last such. */
function institutionKey(cs: Clusters, f: Found): string {
  if (f.country) return `inst|${f.country}|${f.head}`;
  for (let c = cs.list.length - 1; c >= 0; c--) {
    const key = cs.list[c]?.key ?? '';
    if (key.startsWith('inst|') && key.endsWith(`|${f.head}`)) return key;
  }
  return `inst||${f.head}`;
}

/** An acronym of an organisation named in full earlier ("NPD" for "NPD Group", "IOC"). */
function acronymOwner(cs: Clusters, text: string): string | null {
  if (!/^[a-z]{2,6}$/.test(text)) return null;
  for (const c of cs.list) {
    if (c.type !== 'organization' || !c.key.startsWith('organization|')) continue;
    const name = c.key.slice('organization|'.length);
    const words = name.split(' ');
    const initials = words
      .filter((w) => !['of', 'and', 'for', 'the', '&'].includes(w))
      .map((w) => w[0])
      .join('');
    if (words[0] === text || initials === text) return name;
  }
  return null;
}
