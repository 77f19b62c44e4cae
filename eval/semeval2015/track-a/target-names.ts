import { ACRONYM_SKIP, GENERIC_TAILS, LEADING_QUALIFIERS, NOT_ALONE } from './data/name-words.js';

/** One way a target can be named in a text, with the rule that made it. */
export interface NameForm {
  readonly text: string;
  /** Short forms are matched with their case ("GM", "Gallois"); full forms without. */
  readonly caseSensitive: boolean;
  readonly rule: string;
}

const words = (name: string) => name.split(/\s+/).filter((w) => w.length > 0);
const capitalised = (w: string) => /^[A-Z]/.test(w);
const hasDigit = (w: string) => /\d/.test(w);

/**
 * The forms a target entity may take in a text: the full name; without a leading country
 * qualifier or a generic tail ("US Federal Reserve" → "Federal Reserve", "NASDAQ Composite" →
 * "NASDAQ"); for organisation-like names, the acronym ("General Motors" → "GM"); for a two-word
 * person-like name, the surname; for a name with a model number, its distinctive parts ("Airbus
 * A380" → "A380"; a bare number only after a maker that is itself a target: "Boeing 777" → "777").
 * A short form that is, or is part of, another target's name is left out, so "Boeing 777" never
 * matches plain "Boeing" and "iPhone 4" never matches the "iPhone" of "iPhone 3G".
 *
 * @example nameForms('Louis Gallois', []).map((f) => f.text) // ['Louis Gallois', 'Gallois']
 */
export function nameForms(name: string, otherTargets: readonly string[]): NameForm[] {
  const out: NameForm[] = [{ text: name, caseSensitive: false, rule: 'full-name' }];
  const others = otherTargets.filter((t) => t !== name).map((t) => ` ${t.toLowerCase()} `);
  const ws = words(name);
  const lower = ws.map((w) => w.toLowerCase());
  const personLike =
    ws.length === 2 && ws.every((w) => /^[A-Z][a-z]+$/.test(w) && !NOT_ALONE.has(w.toLowerCase()));
  let core = ws;
  if (core.length > 1 && LEADING_QUALIFIERS.has(lower[0] ?? '')) {
    core = core.slice(1);
    out.push({ text: core.join(' '), caseSensitive: false, rule: 'drop-qualifier' });
  }
  while (core.length > 1 && GENERIC_TAILS.has((core[core.length - 1] ?? '').toLowerCase())) {
    core = core.slice(0, -1);
    out.push({ text: core.join(' '), caseSensitive: true, rule: 'drop-generic-tail' });
  }
  const counted = ws.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  if (!personLike && counted.length >= 2 && counted.every((w) => capitalised(w) && !hasDigit(w))) {
    out.push({ text: counted.map((w) => w[0]).join(''), caseSensitive: true, rule: 'acronym' });
  }
  if (personLike) out.push({ text: ws[1] ?? '', caseSensitive: true, rule: 'surname' });
  if (ws.some(hasDigit)) {
    const makerIsTarget = others.some((o) => o === ` ${lower[0]} `);
    for (const w of ws) {
      const usable = /^\d+$/.test(w) ? makerIsTarget && w.length >= 3 : !NOT_ALONE.has(w.toLowerCase());
      if (usable && w.length >= 3) out.push({ text: w, caseSensitive: true, rule: 'model-part' });
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = f.text.toLowerCase();
    if (f.rule !== 'full-name' && others.some((o) => o.includes(` ${key} `))) return false;
    if (seen.has(key) || f.text.length < 2) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Regular expressions finding the forms: whole words only, spaces, hyphens or apostrophes between
 * the words of a form optional ("DaimlerChrysler", "the Beatles' Apple Corps"); one for the forms matched in any
 * case, one for those matched with their case.
 *
 * @example nameMatchers(nameForms('General Motors', [])).map((re) => re.flags) // ['gi', 'g']
 */
export function nameMatchers(forms: readonly NameForm[]): RegExp[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = (f: NameForm) => words(f.text).map(escape).join("[\\s'’-]*");
  const build = (list: readonly NameForm[], flags: string) =>
    list.length === 0 ? [] : [new RegExp(`(?<![\\w&])(?:${list.map(pattern).join('|')})(?![\\w&])`, flags)];
  return [
    ...build(
      forms.filter((f) => !f.caseSensitive),
      'gi',
    ),
    ...build(
      forms.filter((f) => f.caseSensitive),
      'g',
    ),
  ];
}
