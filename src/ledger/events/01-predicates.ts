import type { Token } from '../../model/index.js';
import {
  EVENT_NOUNS,
  EVENT_NOUN_SUFFIXES,
  FUTURE_MARKERS,
  IRREALIS_MARKERS,
  NON_EVENT_VERBS,
  NOT_EVENT_NOUNS,
  PERFECT_MARKERS,
  PRESENT_FORMS,
} from './data/predicates.js';
import type { EventTense } from './types.js';

/** A token read as an event predicate, before anchoring. */
export interface Predicate {
  readonly token: number;
  readonly class: 'verbal' | 'nominal';
  readonly tense: EventTense;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * The event predicates among the tokens `[start, end)` of one sentence: main verbs (not
 * auxiliaries or light verbs) and nouns that name events (from the lexicon or by their ending).
 *
 * @example predicates(tokens, 0, tokens.length) // "The firm filed a lawsuit" → filed (verbal, past), lawsuit (nominal)
 */
export function predicates(tokens: readonly Token[], start: number, end: number): Predicate[] {
  const out: Predicate[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.pos === 'VERB' && !NON_EVENT_VERBS.has(t.lemma)) {
      out.push({
        token: i,
        class: 'verbal',
        tense: verbTense(tokens, start, i),
        rule: 'main-verb',
        confidence: 0.6,
      });
    } else if (t.pos === 'AUX' && t.lemma === 'have' && !verbFollows(tokens, i, end)) {
      // "The phone has a glass back": possession is a state the timeline can place.
      out.push({
        token: i,
        class: 'verbal',
        tense: verbTense(tokens, start, i),
        rule: 'have-main-verb',
        confidence: 0.5,
      });
    } else if (t.pos === 'NOUN') {
      const rule = nounRule(t.lemma);
      if (rule) out.push({ token: i, class: 'nominal', tense: 'present', rule, confidence: 0.4 });
    }
  }
  return out;
}

/** True when a verb comes within three tokens (an auxiliary "has" of "has filed"). */
function verbFollows(tokens: readonly Token[], i: number, end: number): boolean {
  for (let j = i + 1; j < Math.min(end, i + 4); j++) if (tokens[j]?.pos === 'VERB') return true;
  return false;
}

function nounRule(lemma: string): string | null {
  if (EVENT_NOUNS.has(lemma)) return 'event-noun-lexicon';
  if (lemma.length > 5 && !NOT_EVENT_NOUNS.has(lemma) && EVENT_NOUN_SUFFIXES.some((re) => re.test(lemma))) {
    return 'event-noun-suffix';
  }
  return null;
}

/**
 * The tense of the verb at `i`, from the words just before it (up to three, not crossing the
 * sentence start): "will"/"'ll" → future, a modal or "to" → irrealis, "has"/"had" + participle →
 * past; else the verb's own form: a form that differs from its lemma other than by -s/-ing is past.
 */
export function verbTense(tokens: readonly Token[], sentenceStart: number, i: number): EventTense {
  for (let j = i - 1; j >= Math.max(sentenceStart, i - 3); j--) {
    const w = tokens[j]?.normal ?? '';
    if (FUTURE_MARKERS.has(w)) return 'future';
    if (IRREALIS_MARKERS.has(w)) return 'irrealis';
    if (PERFECT_MARKERS.has(w)) return 'past';
    // Stop at the first word that cannot sit inside a verb group ("has not yet been").
    const pos = tokens[j]?.pos;
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') break;
  }
  const t = tokens[i];
  if (!t) return 'present';
  const form = t.normal;
  if (PRESENT_FORMS.has(form)) return 'present';
  if (form === t.lemma || form.endsWith('ing') || form === `${t.lemma}s` || form === `${t.lemma}es`)
    return 'present';
  if (form.endsWith('ies') && form.slice(0, -3) === t.lemma.slice(0, -1)) return 'present';
  return 'past';
}
