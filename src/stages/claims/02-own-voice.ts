import type { Article, Attribution, Claim, Span } from '../../model/index.js';
import { overlapIndex, within } from './layers.js';
import type { ModalityDetector } from './modality.js';
import { deadlineIn } from './modality.js';
import { publicationRef, referredTime } from './time-refs.js';
import { STAGE } from './stage-name.js';

/**
 * Claims the article makes in its own voice: prose sentences outside every attribution that
 * name a time or a quantity ("In December 2017, the Security Council adopted Resolution 2397").
 * A sentence that holds an attribution gives its own-voice part too, when that part holds a
 * quantity: "Less than four months after it laid off nearly 340 employees, Carrier said that
 * 215 will be terminated" states the 340 itself. Their source is null: the outlet that published
 * the article stands behind them.
 */
export function claimsInOwnVoice(article: Article, detect: ModalityDetector, first: number): Claim[] {
  const attributions = article.attributions ?? [];
  const taken = overlapIndex(attributions.flatMap((a) => [a.content.span, a.cue.span]));
  const claims: Claim[] = [];
  for (const sentence of article.sentences ?? []) {
    const text = article.text.slice(sentence.span.start, sentence.span.end);
    if (text.trimEnd().endsWith('?')) {
      claims.push(...presupposed(article, sentence.span, first + claims.length));
      continue;
    }
    const spans = taken(sentence.span) ? ownParts(article, sentence.span, attributions) : [sentence.span];
    for (const span of spans) {
      const quantities = within(article.quantities, span);
      const refersHere = referredTime(article, span);
      // The own-voice part of a sentence with an attribution is a claim for its figures only.
      if (quantities.length === 0 && (!refersHere || span !== sentence.span)) continue;
      const found = detect(article, span);
      const deadline = found.modality === 'planned' ? deadlineIn(article, span) : null;
      const exclude = new Set(deadline?.time ? [deadline.time] : []);
      const refers = referredTime(article, span, exclude) ?? publicationRef(article);
      claims.push({
        kind: 'claim',
        id: `c${first + claims.length}`,
        text: article.text.slice(span.start, span.end),
        span,
        source: null,
        chain: [],
        quantities: quantities.map((q) => q.id),
        modality: found.modality,
        times: { said: null, refers, published: article.published.value },
        ...(deadline ? { deadline } : {}),
        about: [...new Set(within(article.mentions, span).map((m) => m.entity))],
        stage: STAGE,
        rule: span === sentence.span ? `own-voice:${found.rule}` : `own-voice-part:${found.rule}`,
      });
    }
  }
  return claims;
}

/**
 * What a question takes as known: "could the toll be higher than the current tally of 84 victims?"
 * asks about the toll, and states the tally. A figure named as the current, latest or official
 * count ("the current tally of 84", "the latest count of 605") is a claim of its own noun phrase.
 */
const PRESUPPOSED =
  /\bthe\s+(?:current|latest|present|official|confirmed)\s+(?:[\p{L}-]+\s+){1,2}?(?:of\s+)?$/iu;

function presupposed(article: Article, sentence: Span, first: number): Claim[] {
  const out: Claim[] = [];
  for (const q of within(article.quantities, sentence)) {
    const before = article.text.slice(Math.max(sentence.start, q.span.start - 40), q.span.start);
    const at = PRESUPPOSED.exec(before);
    if (!at) continue;
    const start = q.span.start - before.length + at.index;
    const end = Math.max(q.span.end, q.counted?.span.end ?? 0);
    const span = { start, end };
    out.push({
      kind: 'claim',
      id: `c${first + out.length}`,
      text: article.text.slice(start, end),
      span,
      source: null,
      chain: [],
      quantities: [q.id],
      modality: 'asserted',
      times: { said: null, refers: q.time ?? publicationRef(article), published: article.published.value },
      about: [...new Set(within(article.mentions, span).map((m) => m.entity))],
      stage: STAGE,
      rule: 'own-voice:presupposed',
    });
  }
  return out;
}

/**
 * The stretches of a sentence outside every attribution it holds (source, cue and content), trimmed
 * of spaces and punctuation at their edges; stretches without a word are left out.
 */
function ownParts(article: Article, sentence: Span, attributions: readonly Attribution[]): Span[] {
  const extents = attributions
    .map((a) => {
      // A source named in an earlier sentence ("he", resolved) bounds nothing here.
      const named = a.source.span.start >= sentence.start && a.source.span.end <= sentence.end;
      const parts = [a.content.span, a.cue.span, ...(named ? [a.source.span] : [])];
      return {
        start: Math.min(...parts.map((p) => p.start)),
        end: Math.max(...parts.map((p) => p.end)),
      };
    })
    .filter((e) => e.start < sentence.end && e.end > sentence.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let from = sentence.start;
  for (const e of [...extents, { start: sentence.end, end: sentence.end }]) {
    const part = trimmed(article.text, { start: from, end: Math.min(e.start, sentence.end) });
    if (part) out.push(part);
    from = Math.max(from, e.end);
  }
  return out;
}

function trimmed(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /[\s,;:–—-]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:–—-]/.test(text[end - 1] ?? '')) end--;
  return /\p{L}/u.test(text.slice(start, end)) ? { start, end } : null;
}
