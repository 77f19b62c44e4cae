import type {
  Article,
  Attribution,
  ChainLink,
  Cue,
  CueClass,
  Sentence,
  SourceRef,
  Span,
  TimeRef,
  Token,
} from '../../model/index.js';
import { stanceOf } from '../../model/index.js';
import type { Lexicon, ReadingData } from '../../lexicon/index.js';
import { sourceReader } from './lang-sources.js';
import type { SourceReader } from './lang-sources.js';

type Draft = Omit<Attribution, 'id' | 'stage'>;

/** Reads the attributions of one article in a language other than English. */
export type LanguageAttributions = (article: Article, stage: string) => Attribution[];

interface Verb {
  readonly words: readonly string[];
  /** The particle that closes a separable verb ("mit" of "teilte … mit"). */
  readonly particle?: string;
  readonly class: CueClass;
}

/**
 * Attributions of the languages the lexicon gives reading data for: direct quotes in the
 * language's marks with the cue after them („…“, zitierte X; «…», — указал он) or before them
 * (X sagte: „…“); reported speech with the cue after the content (…, sagte X; …, передает X), or
 * before it with a complementiser (X teilte mit, dass …; X заявил, что …); a sentence that
 * names its source by a phrase (laut X, X zufolge, nach Angaben X, по словам X, по данным X);
 * and a short sentence whose cue points back ("Dies gab X bekannt", "X сообщил об этом").
 *
 * @example languageAttributions(createLexicon()).get('de')?.(article, 'attribution')
 */
export function languageAttributions(lexicon: Lexicon): ReadonlyMap<string, LanguageAttributions> {
  const out = new Map<string, LanguageAttributions>();
  for (const language of lexicon.languages) {
    if (!language.reading || language.code === 'en') continue;
    out.set(language.code, reader(language.reading, sourceReader(language.reading, lexicon)));
  }
  return out;
}

function reader(reading: ReadingData, sources: SourceReader): LanguageAttributions {
  const words = reading.attribution;
  const capitalised = reading.adjectiveEndings === undefined;
  const isPart = documentPart(words.documentParts ?? []);
  const verbs = new Map<string, Verb[]>();
  for (const [form, cls] of Object.entries(words.verbs)) {
    const parts = form.split(' ');
    // "teilte mit": a verb and its particle; "hieß es" style phrases are impersonal cues.
    const verb: Verb =
      parts.length === 2
        ? { words: [parts[0]!], particle: parts[1]!, class: cls }
        : { words: parts, class: cls };
    verbs.set(parts[0]!, [...(verbs.get(parts[0]!) ?? []), verb]);
  }
  const complementisers = new Set(words.complementisers);
  const phrasesBefore = words.before.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  const after = new Set(words.after);
  const impersonal = words.impersonal.map((p) => p.split(' '));
  const anaphors = new Set(words.anaphors);

  return (article, stage) => {
    const tokens = article.tokens ?? [];
    const text = article.text;
    const drafts: Draft[] = [];
    let last: SourceRef | null = null;
    let lastPerson: SourceRef | null = null;
    const quotes = findQuotes(text, reading.quotes, article);
    const sentences = article.sentences ?? [];
    sentences.forEach((sentence, n) => {
      const found = inSentence(article, tokens, sentence, sentences[n - 1] ?? null, quotes, last, lastPerson);
      for (const d of found) {
        drafts.push(d);
        if (d.source.type !== 'group') last = d.source;
        if (d.source.type === 'person') lastPerson = d.source;
      }
      // Where only names are capitalised, a run of two names is a person a pronoun may stand for.
      if (!capitalised) lastPerson = personIn(text, sentence.span) ?? lastPerson;
    });
    return drafts.map((d, i) => ({ ...d, id: `a${i + 1}`, stage }));
  };

  function inSentence(
    article: Article,
    tokens: readonly Token[],
    sentence: Sentence,
    previous: Sentence | null,
    quotes: readonly Span[],
    last: SourceRef | null,
    lastPerson: SourceRef | null,
  ): Draft[] {
    const text = article.text;
    const { start, end } = sentence.tokens;
    const low = (i: number) => tokens[i]?.normal ?? '';
    const out: Draft[] = [];
    const make = (
      kind: Attribution['kind'],
      content: Span,
      named: Span,
      cue: Cue,
      rule: string,
    ): Draft | null => {
      // A time in the source's words says when, not who: "das Außenministerium am Donnerstag".
      // Words after it, past a comma, are the source and those before an aside ("Выступая перед
      // журналистами во вторник, представитель МИД Китая Генг Шуан").
      // ("Artikel 8 der am 22. Dezember 2017 verabschiedeten Resolution": there the time is the document's.)
      const ofDocument = isPart(text.slice(named.start, named.end).split(/\s/)[0] ?? '');
      const time = ofDocument
        ? undefined
        : (article.times ?? []).find((t) => t.span.start > named.start && t.span.start < named.end);
      const rest = time ? text.slice(time.span.end, named.end) : '';
      const sourceSpan = !time
        ? named
        : /^\s*,\s*\S/.test(rest)
          ? { start: time.span.end + rest.indexOf(',') + 1, end: named.end }
          : { start: named.start, end: time.signal?.span.start ?? time.span.start };
      // A pronoun ("er", "он") stands for the last person named, else the last source.
      const found = sources.read(text, sourceSpan, lastPerson ?? last);
      const trimmed = trim(text, content);
      if (!found || trimmed.end <= trimmed.start) return null;
      const chain: ChainLink[] = [
        ...(found.carrier ? [{ source: found.carrier, cue, rule: `${rule}-carrier` }] : []),
        { source: found.source, cue, rule },
      ];
      const inside = quotes.filter((q) => q.start >= trimmed.start - 1 && q.end <= trimmed.end + 1);
      const said = saidTime(article, sourceSpan, cue.span);
      const stance = stanceOf(cue.class);
      return {
        kind: kind === 'indirect' && inside.length > 0 ? 'mixed' : kind,
        source: found.source,
        cue,
        content: { text: text.slice(trimmed.start, trimmed.end), span: trimmed },
        span: cover(trimmed, cue.span, found.source.span),
        chain,
        ...(inside.length > 0 ? { quotes: inside } : {}),
        ...(said ? { said } : {}),
        ...(stance ? { stance } : {}),
        rule,
      };
    };
    const cueAt = (i: number, cls: Verb['class'], particle?: number): Cue => {
      const span = { start: tokens[i]!.span.start, end: tokens[i]!.span.end };
      const text2 =
        text.slice(span.start, span.end) +
        (particle !== undefined
          ? ` … ${text.slice(tokens[particle]!.span.start, tokens[particle]!.span.end)}`
          : '');
      return { text: text2, span, lemma: low(i), class: cls };
    };
    const clauseEnd = (i: number) => {
      let j = i;
      while (j < end && low(j) !== ',' && low(j) !== ':' && !/^[.!?]$/.test(low(j))) j++;
      return j;
    };
    const span = (a: number, b: number): Span => ({
      start: tokens[a]!.span.start,
      end: tokens[b - 1]!.span.end,
    });
    // "sagte Russlands Botschafter in Nordkorea, Alexander Matsegora, am Mittwoch": the name in apposition.
    const apposition = (from: number, to: number): Span => {
      if (low(to) === ',') {
        let j = to + 1;
        while (j < end && tokens[j]!.type === 'word' && /^\p{Lu}/u.test(text[tokens[j]!.span.start] ?? ''))
          j++;
        const stops =
          j >= end ||
          [',', '.'].includes(low(j)) ||
          (article.times ?? []).some((t) => t.span.start === tokens[j]!.span.start);
        if (j - (to + 1) >= 2 && j - (to + 1) <= 3 && stops) return span(to + 1, j);
      }
      return span(from, Math.max(from + 1, to));
    };
    const particleIn = (v: Verb, from: number, to: number) => {
      if (!v.particle) return undefined;
      for (let j = from; j < to; j++) if (low(j) === v.particle) return j;
      return -1;
    };

    // 1. A source phrase: "laut X …", "по словам X, …", "X zufolge …".
    for (let i = start; i < end; i++) {
      const p = phrasesBefore.find((ws) => ws.every((w, k) => low(i + k) === w));
      if (p && !(p.length === 1 && (p[0] === 'wie' || p[0] === 'so'))) {
        const from = i + p.length;
        const stop = isPart(low(from))
          ? partOwnerEnd(article, from, end)
          : sourceEnd(tokens, from, end, text, capitalised);
        if (stop <= from) continue;
        const cue: Cue = {
          text: text.slice(tokens[i]!.span.start, tokens[from - 1]!.span.end),
          span: span(i, from),
          lemma: p.join(' '),
          class: 'written',
        };
        // At the start the rest is the content; in the middle the sentence is (its figures with it).
        const content = i === start ? span(stop, end) : sentence.span;
        const d = make('indirect', content, span(from, stop), cue, 'lang-source-phrase');
        if (d) return [d];
      }
      if (after.has(low(i)) && i > start) {
        const cue: Cue = {
          text: text.slice(tokens[i]!.span.start, tokens[i]!.span.end),
          span: span(i, i + 1),
          lemma: low(i),
          class: 'written',
        };
        const d = make('indirect', span(i + 1, end), span(start, i), cue, 'lang-source-after');
        if (d) return [d];
      }
    }

    for (let i = start; i < end; i++) {
      for (const v of verbs.get(low(i)) ?? []) {
        const closing = clauseEnd(i + 1);
        const particle = particleIn(v, i + 1, Math.max(closing, i + 1) + 1);
        if (particle === -1) continue;
        const cue = cueAt(i, v.class, particle);
        const quoteBefore = quotes.find(
          (q) =>
            q.end <= tokens[i]!.span.start &&
            /^[\s,—–-]*$/.test(text.slice(q.end + 1, tokens[i]!.span.start)),
        );
        // 2. „…“, zitierte X. / «…», — указал он.
        if (quoteBefore) {
          // A quote that opens the sentence is direct; one inside reported words is mixed.
          const opens = /^[\s„“"«»‚‘]*$/u.test(text.slice(sentence.span.start, quoteBefore.start));
          const d = make(
            opens ? 'direct' : 'indirect',
            opens
              ? { start: quoteBefore.start + 1, end: quoteBefore.end }
              : { start: sentence.span.start, end: quoteBefore.end + 1 },
            apposition(i + 1, particle ?? closing),
            cue,
            'lang-quote-cue-after',
          );
          if (d) out.push(d);
          continue;
        }
        // 3. …, sagte X. / …, передает X.
        if (
          (i > start && low(i - 1) === ',') ||
          (i > start + 1 && /^[—–-]$/.test(low(i - 1)) && low(i - 2) === ',')
        ) {
          const d = make(
            'indirect',
            { start: sentence.span.start, end: tokens[i - 1]!.span.start },
            apposition(i + 1, particle ?? closing),
            cue,
            'lang-cue-after',
          );
          if (d) out.push(d);
          continue;
        }
        // 4. X sagte, dass … / X заявил, что … / X sagte: „…“
        const next = (particle ?? i) + 1;
        const complement = low(next) === ',' && complementisers.has(low(next + 1));
        const colon = low(next) === ':';
        if ((complement || colon) && i > start) {
          const contentStart = complement ? next + 2 : next + 1;
          const quoted = colon && quotes.find((q) => q.start === tokens[contentStart]?.span.start);
          const content = quoted ? { start: quoted.start + 1, end: quoted.end } : span(contentStart, end);
          const d = make(
            quoted ? 'direct' : 'indirect',
            content,
            span(start, i),
            cue,
            complement ? 'lang-cue-that' : 'lang-cue-colon',
          );
          if (d) out.push(d);
          continue;
        }
        // 5. Dies gab X bekannt. / X сообщил об этом.
        const points = anaphors.has(low(start)) || anaphors.has(`${low(i + 1)} ${low(i + 2)}`);
        if (points && previous) {
          const source = anaphors.has(low(start)) ? span(i + 1, particle ?? closing) : span(start, i);
          const d = make('indirect', previous.span, source, cue, 'lang-cue-points-back');
          if (d) out.push(d);
        }
      }
      // 6. …, hieß es. / В докладе X говорится, что …
      for (const p of impersonal) {
        if (!p.every((w, k) => low(i + k) === w)) continue;
        const cue: Cue = {
          text: text.slice(tokens[i]!.span.start, tokens[i + p.length - 1]!.span.end),
          span: span(i, i + p.length),
          lemma: p.join(' '),
          class: 'written',
        };
        if (low(i - 1) === ',' && out.length === 0) {
          const content = { start: sentence.span.start, end: tokens[i - 1]!.span.start };
          out.push({
            kind: 'indirect',
            span: cover(content, cue.span),
            source: last ?? unnamed(cue.span),
            cue,
            content: { text: text.slice(content.start, content.end), span: content },
            chain: [],
            rule: 'lang-impersonal',
          });
        }
      }
    }
    return out.map((d) =>
      d.chain.length === 0 ? { ...d, chain: [{ source: d.source, cue: d.cue, rule: d.rule }] } : d,
    );
  }
}

/** The span from the first to the last of some spans. */
function cover(...spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The last run of two or three capitalised words inside a sentence (not at its start): a person's name. */
function personIn(text: string, s: Span): SourceRef | null {
  const runs = [
    ...text
      .slice(s.start, s.end)
      .matchAll(/(?<=[\s(])\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){1,2}(?![\p{L}])/gu),
  ];
  const m = runs[runs.length - 1];
  if (!m) return null;
  const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
  return { name: m[0], type: 'person', span, how: 'phrase' };
}

/** An unnamed source standing for "it was said". */
function unnamed(span: Span): SourceRef {
  return { name: 'unnamed source', type: 'group', span, how: 'phrase' };
}

/**
 * Where a source phrase ends: at a comma or after six words; where nouns are capitalised, also at
 * the first lower-case word that is not an article ("Laut Matsegora | stellt …", "nach Angaben
 * des Botschafters | aktuell …").
 */
function sourceEnd(
  tokens: readonly Token[],
  from: number,
  end: number,
  text: string,
  capitalised: boolean,
): number {
  let j = from;
  while (j < end && j - from < 6 && tokens[j]!.normal !== ',') {
    const t = tokens[j]!;
    const lower = t.type === 'word' && /^\p{Ll}/u.test(text[t.span.start] ?? '');
    if (capitalised && j > from && lower && !GENITIVE.has(t.normal)) break;
    j++;
  }
  // A genitive chain belongs to the source past the word limit: "nach Angaben auf der Webseite
  // des Komitees des Sicherheitsrats" ends after "Sicherheitsrats", not after "Komitees".
  const noun = (k: number) =>
    k < end && tokens[k]!.type === 'word' && /^\p{Lu}/u.test(text[tokens[k]!.span.start] ?? '');
  while (capitalised && j > from && j < end) {
    if (CHAIN.has(tokens[j - 1]!.normal) && noun(j)) j++;
    else if (CHAIN.has(tokens[j]!.normal) && noun(j - 1) && noun(j + 1)) j += 2;
    else break;
  }
  return j;
}

/**
 * True for a word naming a part of a document or a law ("Artikel", "Absatz", "статьи"): a stem
 * of the list with a case ending of three letters at most.
 */
function documentPart(stems: readonly string[]): (word: string) => boolean {
  return (word) => {
    const w = word.toLowerCase();
    return stems.some((s) => w.startsWith(s) && w.length - s.length <= 3);
  };
}

/** The most words a part's document may take ("Artikel 8 der am 22. Dezember 2017 verabschiedeten Resolution"). */
const PART_OWNER_WORDS = 12;

/**
 * Where a source phrase that opens with a part of a document ends: after the document it belongs
 * to, the first capitalised word past the part's own words that lies outside a time expression
 * (with a number after it: "Resolution 2397"); at the part itself when none is found before a
 * comma. "Laut Artikel 8 der am 22. Dezember 2017 verabschiedeten Resolution sollen …" → the
 * phrase ends after "Resolution".
 */
function partOwnerEnd(article: Article, from: number, end: number): number {
  const tokens = article.tokens ?? [];
  const text = article.text;
  const inTime = (k: number) =>
    (article.times ?? []).some(
      (t) => t.span.start <= tokens[k]!.span.start && tokens[k]!.span.end <= t.span.end,
    );
  for (let k = from + 1; k < Math.min(end, from + PART_OWNER_WORDS); k++) {
    const t = tokens[k]!;
    if (t.normal === ',') break;
    if (t.type !== 'word' || !/^\p{Lu}/u.test(text[t.span.start] ?? '') || inTime(k)) continue;
    return tokens[k + 1]?.type === 'number' ? k + 2 : k + 1;
  }
  return from + 1;
}

const GENITIVE = new Set(['des', 'der', 'den', 'dem', 'die', 'von', 'vom']);
/** The articles that chain genitives ("des Komitees des Sicherheitsrats"). */
const CHAIN = new Set(['des', 'der']);

/** The direct quotes of an article: spans from an opening mark to its closing mark, also over paragraphs. */
function findQuotes(text: string, marks: ReadingData['quotes'], article: Article): Span[] {
  const out: Span[] = [];
  const prose = article.blocks.filter(
    (b) => b.type === 'paragraph' || b.type === 'title' || b.type === 'subtitle',
  );
  const inProse = (i: number) => prose.some((b) => b.span.start <= i && i < b.span.end);
  for (let i = 0; i < text.length; i++) {
    const pair = marks.find(([open]) => open === text[i]);
    if (!pair || !inProse(i) || !/[\p{L}\d…]/u.test(text[i + 1] ?? '')) continue;
    const close = text.indexOf(pair[1], i + 1);
    if (close < 0 || close - i > 2000) continue;
    out.push({ start: i, end: close });
    i = close;
  }
  return out;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:—–„“”"«»-]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:.—–„“”"«»-]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** When it was said: a time expression in the cue's clause ("sagte … am Mittwoch", "во вторник"). */
function saidTime(article: Article, source: Span, cue: Span): TimeRef | null {
  const lo = Math.min(source.start, cue.start) - 30;
  const hi = Math.max(source.end, cue.end) + 20;
  const t = (article.times ?? []).find(
    (x) => x.span.start >= lo && x.span.end <= hi && x.granularity === 'day',
  );
  return t ? { value: t.value, time: t.id, text: t.text, how: 'explicit' } : null;
}
