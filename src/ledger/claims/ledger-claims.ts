import type { Article, Claim, Entity, Token } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import type { ArticleRef, LedgerClaim } from '../records.js';
import { isTitle } from '../entities/01-names.js';
import { CONTENT_POS, STOP_WORDS } from './stopwords.js';

/** Maps an entity of one article to its key across articles (canonical id, else its name). */
export type Canonical = (article: Article, entity: Entity) => { readonly key: string; readonly name: string };

/** Without cross-article linking: the entity's lower-cased canonical name is its key. */
export const byName: Canonical = (_article, entity) => ({
  key: entity.name.toLowerCase(),
  name: entity.name,
});

/** The rules of publication dates guessed from a story (`estimateDates`), not read from a text. */
const ESTIMATES = new Set(['story-estimate', 'story-likely', 'years-ahead']);

/** The article fields the cross-article stages keep. */
export function articleRef(article: Article, mirrorGroup = article.id): ArticleRef {
  return {
    id: article.id,
    source: article.source,
    outlet: article.outlet?.name ?? null,
    title: article.title,
    published: article.published.value,
    precision: article.published.precision,
    ...(ESTIMATES.has(article.published.rule) ? { estimated: true } : {}),
    mirrorGroup,
  };
}

/**
 * The claims of one article in cross-article form: speakers and entities as canonical keys,
 * quantities inlined, content terms for similarity.
 *
 * @example ledgerClaims(article, articleRef(article), byName)[0].speakerName // 'Pyotr Ilichev'
 */
export function ledgerClaims(article: Article, ref: ArticleRef, canonical: Canonical): LedgerClaim[] {
  const entities = new Map((article.entities ?? []).map((e) => [e.id, e]));
  const quantities = new Map((article.quantities ?? []).map((q) => [q.id, q]));
  const key = (id: string | undefined) => {
    const e = id ? entities.get(id) : undefined;
    return e ? canonical(article, e) : null;
  };
  return (article.claims ?? []).map((claim) => {
    const speaker = claim.source
      ? (key(claim.source.entity) ?? { key: claim.source.name.toLowerCase(), name: claim.source.name })
      : null;
    return {
      key: `${article.id}/${claim.id}`,
      article: ref,
      claim,
      quantities: claim.quantities.map((id) => quantities.get(id)).filter((q) => q !== undefined),
      speaker: speaker?.key ?? null,
      speakerName: speaker
        ? speakerWords(speaker.name, article.text, claim.source?.span, article.language.code)
        : voiceOf(ref, claim.text),
      speakerCountry: speakerCountry(claim.source?.entity ? entities.get(claim.source.entity) : undefined),
      carriers: carriersOf(
        claim,
        { text: article.text, language: article.language.code },
        speaker?.name ?? null,
        key,
      ),
      about: [...new Set(claim.about.map((id) => key(id)?.key).filter((k) => k !== undefined))],
      places: placesOf(article, claim, entities),
      ...contentTerms(article, claim),
    };
  });
}

/**
 * The sources that carried a claim to the article, as a reader should see them ("a source", not
 * "source"), without the speaker itself ("the source via source" says one source twice).
 */
function carriersOf(
  claim: Claim,
  { text, language }: { readonly text: string; readonly language: string },
  speaker: string | null,
  key: (id: string | undefined) => { readonly name: string } | null,
): string[] {
  const bare = (n: string) => n.toLowerCase().replace(DETERMINERS, '');
  const out: string[] = [];
  for (const s of claim.chain.slice(0, -1)) {
    const name = key(s.entity)?.name ?? s.name;
    if (speaker !== null && bare(name) === bare(speaker)) continue;
    out.push(speakerWords(name, text, s.span, language));
  }
  return out;
}

/** Countries of the place mentions inside the claim's content, and "abroad" when it says so. */
function placesOf(article: Article, claim: Claim, entities: ReadonlyMap<string, Entity>): string[] {
  const out = new Set<string>();
  for (const m of article.mentions ?? []) {
    if (m.type !== 'place' || !spanContains(claim.span, m.span)) continue;
    const country = entities.get(m.entity)?.country;
    if (country) out.add(country);
  }
  if (/\b(?:abroad|overseas)\b/i.test(claim.text)) out.add('abroad');
  return [...out];
}

/**
 * Lemmas of the content words of a claim, leaving out time expressions; those of verbs and nouns
 * as acts — but not a verb that takes the act as its infinitive ("plans to relocate", "expects to
 * hire"): it says how the act is meant, and the same word as a noun names a thing made ("submitted
 * the plan").
 */
function contentTerms(article: Article, claim: Claim): { terms: string[]; acts: string[] } {
  const times = (article.times ?? []).filter((t) => spanContains(claim.span, t.span)).map((t) => t.span);
  const terms = new Set<string>();
  const acts = new Set<string>();
  const tokens = article.tokens ?? [];
  for (const [i, t] of tokens.entries()) {
    if (t.span.start < claim.span.start) continue;
    if (t.span.end > claim.span.end) break;
    if (!CONTENT_POS.has(t.pos) || times.some((s) => spanContains(s, t.span))) continue;
    const lemma = (t.lemma || t.normal).toLowerCase();
    if (STOP_WORDS.has(lemma) || !/[a-z0-9]/.test(lemma)) continue;
    terms.add(lemma);
    if (t.pos === 'VERB' && takesInfinitive(tokens, i)) continue;
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && /^\p{L}{3,}$/u.test(lemma)) acts.add(lemma);
  }
  return { terms: [...terms], acts: [...acts] };
}

/** A verb followed by "to" and a verb: "plans to move", "expected to be completed". */
function takesInfinitive(tokens: readonly Token[], i: number): boolean {
  const [to, verb] = [tokens[i + 1], tokens[i + 2]];
  return to?.normal === 'to' && (verb?.pos === 'VERB' || verb?.pos === 'AUX');
}

/**
 * Who speaks when the article speaks in its own voice: its outlet, else the site it came from
 * ("sacbee.com"), else its title in quotes, else "the article" — never a file name ("d12.txt"),
 * which tells a reader nothing. When the claim is the headline itself (`said`), its title would
 * stand as its own speaker (“Noch rund 1.000 …” — “Noch rund 1.000 …”): "the headline" then.
 *
 * @example voiceOf({ outlet: null, source: 'https://www.sacbee.com/a.html', title: null }) // 'sacbee.com'
 */
export function voiceOf(ref: Pick<ArticleRef, 'outlet' | 'source' | 'title'>, said?: string): string {
  if (ref.outlet) return ref.outlet;
  const host = /^[a-z]+:\/\/(?:www\.)?([^/?#]+)/i.exec(ref.source)?.[1];
  if (host) return host;
  const title = ref.title?.replace(/\s+/g, ' ').trim();
  if (!title) return 'the article';
  if (said !== undefined && isHeadline(said, title)) return 'the headline';
  return `“${title.length > TITLE_SHOWN ? `${title.slice(0, title.lastIndexOf(' ', TITLE_SHOWN))}…` : title}”`;
}

/** True when a claim's words are the title, or most of it (a claim may leave off a final stop or a kicker). */
function isHeadline(said: string, title: string): boolean {
  const words = said.replace(/\s+/g, ' ').trim();
  return words.length > 0 && title.includes(words) && words.length * 2 >= title.length;
}

/** How much of a title stands for the article's voice (cut at a word). */
const TITLE_SHOWN = 60;

/**
 * A speaker as a reader should see it: a name as it is, a generic noun with the words the
 * article gives it ("a source", "officials" → "a source", "officials"), never a bare "source"
 * that reads like somebody's name. English determiners go before English words only: in an
 * article in another language the name is shown as the article gives it ("сообщениям", never
 * "the сообщениям").
 */
function speakerWords(
  name: string,
  text: string,
  span: { start: number; end: number } | undefined,
  language: string,
): string {
  if (language !== 'en') return name;
  // A title alone ("the US President said") is a common noun here, not a name.
  if ((/^\p{Lu}/u.test(name) && !isTitle(name)) || name.includes(' ')) return name;
  // A determiner already, or a pronoun left unresolved ("they", not "the they").
  if (DETERMINERS.test(`${name} `) || PRONOUNS.test(name)) return name;
  // The determiner before the speaker's words, or opening them ("the source" as the span).
  const before = span ? text.slice(Math.max(0, span.start - 12), span.start) : '';
  const opening = span ? text.slice(span.start, span.end) : '';
  const determiner = DETERMINER_BEFORE.exec(before)?.[1] ?? DETERMINERS.exec(opening)?.[1];
  // A common noun with none ("…, government says" in a headline) still names one known party.
  return `${determiner?.toLowerCase() ?? 'the'} ${name}`;
}

const WORDS = 'a|an|one|the|some|two|three|several|many|other|another';
const DETERMINERS = new RegExp(`^(${WORDS})\\s+`, 'i');
const PRONOUNS = /^(?:he|she|it|we|they|i|you|this|that|these|those)$/i;
const DETERMINER_BEFORE = new RegExp(`\\b(${WORDS})\\s+$`, 'i');

/** The country a speaker speaks for: a country, or an organisation of one ("Russia's foreign ministry"). */
function speakerCountry(e: Entity | undefined): string | null {
  if (!e || e.type === 'person' || e.type === 'outlet') return null;
  return e.country ?? null;
}
