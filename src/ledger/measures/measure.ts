import type { Article, Claim, Quantity, Span } from '../../model/index.js';
import type { Aspect } from '../records.js';
import type { CountryNames } from './countries.js';
import { EMPLOYMENT_PHRASES, FLOW_WORDS, SUBJECT_HEADS } from './data/subjects.js';

/** What a quantity measures: nationality, subject and place (ISO codes where known), and aspect. */
export interface Measure {
  readonly nationality: string | null;
  readonly subject: string;
  readonly place: string | null;
  readonly aspect: Aspect;
  readonly rule: string;
}

const HEADS = Object.entries(SUBJECT_HEADS)
  .flatMap(([subject, heads]) => heads.map((h) => ({ subject, h })))
  .sort((a, b) => b.h.length - a.h.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FLOWS = Object.entries(FLOW_WORDS).map(([aspect, words]) => ({
  aspect: aspect as Aspect,
  re: new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'i'),
}));

/**
 * The measure a quantity counts, or null when it counts nothing we can name.
 * "34,000 North Korean workers in Russia" → { nationality: 'KP', subject: 'worker', place: 'RU', aspect: 'stock' }.
 * Missing parts come from the article: the nationality the article gives the same subject
 * elsewhere (`defaults`), the place named in the claim, else the speaker's country.
 */
export function measureOf(
  article: Article,
  claim: Claim,
  q: Quantity,
  names: CountryNames,
  defaults: ReadonlyMap<string, string>,
): Measure | null {
  const counted = q.counted?.text ?? '';
  const lower = ` ${counted.toLowerCase()} `;
  let subject = HEADS.find(({ h }) => lower.includes(` ${h} `) || lower.includes(` ${h},`))?.subject;
  const nationalityHere = nationalityIn(counted, names);
  if (!subject && nationalityHere) {
    subject = EMPLOYMENT_PHRASES.some((p) => lower.includes(p)) ? 'worker' : 'person';
  }
  if (!subject) return null;
  const nationality = nationalityHere ?? defaults.get(subject) ?? null;
  const place = placeOf(article, claim, q, names, nationality);
  const aspect = q.unit === 'proportion' ? 'share' : aspectNear(article.text, q.span, claim.span);
  return {
    nationality,
    subject,
    place,
    aspect,
    rule: nationalityHere ? 'counted-phrase' : 'article-default',
  };
}

/** The nationality named in a counted phrase ("North Korean workers" → KP). */
export function nationalityIn(counted: string, names: CountryNames): string | null {
  const words = counted.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const code = names.codeOf(
        words
          .slice(i, i + n)
          .join(' ')
          .replace(/[’']s$/, ''),
      );
      if (code) return code;
    }
  }
  return null;
}

function placeOf(
  article: Article,
  claim: Claim,
  q: Quantity,
  names: CountryNames,
  nationality: string | null,
): string | null {
  const entities = new Map((article.entities ?? []).map((e) => [e.id, e]));
  if (q.place) {
    const fromEntity = q.place.entity ? entities.get(q.place.entity)?.country : undefined;
    return fromEntity ?? names.codeOf(q.place.text.replace(/^(in|at|to|from)\s+/i, '')) ?? q.place.text;
  }
  const after = (article.mentions ?? []).filter(
    (m) => m.type === 'place' && m.span.start >= q.span.end && m.span.end <= claim.span.end,
  );
  for (const m of after) {
    const code = entities.get(m.entity)?.country ?? names.codeOf(m.text);
    if (code && code !== nationality) return code;
  }
  const speaker = claim.source?.entity ? entities.get(claim.source.entity) : undefined;
  if (speaker?.country && speaker.country !== nationality && speaker.type !== 'person')
    return speaker.country;
  return null;
}

/** Flow words in the clause around the quantity make it a movement, not a head count. */
function aspectNear(text: string, at: Span, within: Span): Aspect {
  const from = Math.max(within.start, at.start - 60);
  const to = Math.min(within.end, at.end + 60);
  const before =
    text
      .slice(from, at.start)
      .split(/[;,.:—]/)
      .pop() ?? '';
  const after = text.slice(at.end, to).split(/[;.:—]/)[0] ?? '';
  for (const { aspect, re } of FLOWS) if (re.test(before) || re.test(after)) return aspect;
  return 'stock';
}

/** A stable key and a readable label for a measure. */
export function measureKey(m: Measure): { key: string; family: string } {
  const family = `${m.nationality ?? '?'}|${m.subject}|${m.place ?? '?'}`;
  return { key: `${family}|${m.aspect}`, family };
}

/** "North Korean workers in Russia", "North Korean workers entering Russia". */
export function measureLabel(m: Measure, names: CountryNames): string {
  const who = `${m.nationality ? `${names.adjective(m.nationality)} ` : ''}${m.subject}s`;
  // A place phrase keeps its words but not its preposition: "in the country" → "the country".
  const place = m.place?.replace(/^(?:in|at|to|from|inside|within)\s+/i, '') ?? '';
  const where = /^[A-Z]{2}$/.test(place) ? names.name(place) : place;
  const verb = m.aspect === 'entering' ? 'entering' : m.aspect === 'leaving' ? 'leaving' : 'in';
  const moving = m.aspect === 'entering' || m.aspect === 'leaving';
  const label = where ? `${who} ${verb} ${where}` : moving ? `${who} ${verb}` : who;
  return m.aspect === 'share' ? `share of ${label}` : label;
}
