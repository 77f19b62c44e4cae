import type {
  Article,
  Phrase,
  Quantity,
  Sentence,
  TimeExpression,
  TimeRef,
  Token,
} from '../../model/index.js';
import type { LanguageData, Lexicon, ReadingData } from '../../lexicon/index.js';
import { figureReader } from './lang-figures.js';
import type { Figure } from './lang-figures.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads the quantities of one article in a language other than English. */
export type LanguageQuantities = (article: Article, stage: string) => Quantity[];

/**
 * Quantities of the languages the lexicon gives reading data for: figures with their modifier,
 * ranges ("zwischen 12.000 und 15.000"), changes ("von 30.023 … auf 11.490", "с 30 023 до
 * 11 490"), what is counted (the noun phrase after the figure, or a counted noun of the lexicon
 * a few words on: "23.000 im Ausland beschäftigte nordkoreanische Arbeiter"), the country after a
 * place preposition, and the time named next to the figure or in its sentence. Years, dates,
 * numbered things ("Resolution 2397", "Artikel 8") and ordinals are no quantities.
 *
 * @example languageQuantities(createLexicon()).get('de')?.(article, 'quantities')
 */
export function languageQuantities(lexicon: Lexicon): ReadonlyMap<string, LanguageQuantities> {
  const out = new Map<string, LanguageQuantities>();
  for (const language of lexicon.languages) {
    if (!language.reading || language.code === 'en') continue;
    out.set(language.code, reader(language, language.reading, lexicon));
  }
  return out;
}

function reader(language: LanguageData, reading: ReadingData, lexicon: Lexicon): LanguageQuantities {
  const figures = figureReader(reading.figures, language.numberFormat ?? { decimal: '.', group: [','] });
  const words = reading.figures;
  const breaks = new Set(words.phraseBreaks);
  const notCounts = new Set(words.notCounts);
  const places = new Set(reading.placePrepositions);
  const abroad = new Set(reading.abroad ?? []);
  const counted = countedMatcher(reading);
  const capitalisedNouns = reading.adjectiveEndings === undefined;
  const adjective = (w: string) => (reading.adjectiveEndings ?? []).some((e) => w.endsWith(e));
  const numberNouns = new Set(words.numberNouns);
  const countryNames = nameMatcher(lexicon);
  const isCountry = (w: string) => /^\p{Lu}/u.test(w) && lexicon.countries.find(w).size > 0;

  return (article, stage) => {
    const tokens = article.tokens ?? [];
    const out: Mutable<Quantity>[] = [];
    const partners = new Map<Mutable<Quantity>, Mutable<Quantity>>();
    for (const sentence of article.sentences ?? [])
      out.push(...inSentence(article, sentence, tokens, partners));
    out.forEach((q, n) => Object.assign(q, { id: `q${n + 1}`, stage }));
    // The two values of a change point to each other by id, known only now.
    for (const [from, to] of partners) {
      from.change = { ...from.change!, other: to.id };
      to.change = { ...to.change!, other: from.id };
    }
    return out;
  };

  function inSentence(
    article: Article,
    sentence: Sentence,
    tokens: readonly Token[],
    partners: Map<Mutable<Quantity>, Mutable<Quantity>>,
  ): Mutable<Quantity>[] {
    const { start, end } = sentence.tokens;
    const text = article.text;
    const times = (article.times ?? []).filter(
      (t) => t.span.start >= sentence.span.start && t.span.end <= sentence.span.end,
    );
    const inTime = (t: Token) => times.some((x) => x.span.start <= t.span.start && t.span.end <= x.span.end);
    const lower = (i: number) => (tokens[i]?.normal ?? '').replace(/\.$/, '');
    const found: { f: Figure; q: Mutable<Quantity> }[] = [];
    for (let i = start; i < end; i++) {
      const t = tokens[i]!;
      if (inTime(t)) continue;
      if (t.type === 'number' && /^(?:1[89]|20)\d\d$/.test(t.normal) && !words.percent.includes(lower(i + 1)))
        continue;
      if (notCounts.has(lower(i - 1))) continue;
      // "3. Platz": a figure with a dot and a space before a word is an ordinal.
      if (t.type === 'number' && tokens[i + 1]?.normal === '.' && tokens[i + 1]!.span.start === t.span.end) {
        const after = tokens[i + 2];
        if (after && after.span.start > tokens[i + 1]!.span.end && i + 2 < end) continue;
      }
      const f = figures.at(tokens, i, text);
      if (!f) continue;
      const first = f.modifier?.first ?? f.first;
      const span = { start: tokens[first]!.span.start, end: tokens[f.last]!.span.end };
      const q: Mutable<Quantity> = {
        kind: 'quantity',
        id: '',
        text: text.slice(span.start, span.end),
        span,
        stage: '',
        rule: f.rule,
        confidence: f.rule === 'lang-figure' ? 0.8 : 0.6,
        approximate: f.approximate,
        unit: f.unit,
      };
      if (f.value !== undefined) q.value = f.value;
      if (f.min !== undefined) q.min = f.min;
      if (f.max !== undefined) q.max = f.max;
      if (f.vague !== undefined) q.vague = f.vague;
      if (f.modifier) q.modifier = { text: f.modifier.text, span: f.modifier.span };
      found.push({ f, q });
      i = f.last;
    }
    pairUp(found, tokens, text, sentence, partners);
    for (const { f, q } of found) {
      if (q.unit === 'percent') continue;
      const c = countedAfter(tokens, f.last + 1, end, text, q.unit === 'proportion', inTime, start);
      if (c) q.counted = c.phrase;
      const place =
        placeAfter(tokens, f.last + 1, end, text) ??
        subjectBefore(tokens, f.modifier?.first ?? f.first, start, text);
      if (place) q.place = place;
      const time = timeNear(times, tokens, f.last, c?.last ?? f.last);
      if (time) q.time = time;
    }
    return found
      .filter(({ q }) => q.value !== undefined || q.min !== undefined || q.max !== undefined)
      .map(({ q }) => q);
  }

  /** Ranges and changes between two figures of a sentence: "zwischen X und Y", "von X … auf Y". */
  function pairUp(
    found: { f: Figure; q: Mutable<Quantity> }[],
    tokens: readonly Token[],
    text: string,
    sentence: Sentence,
    partners: Map<Mutable<Quantity>, Mutable<Quantity>>,
  ) {
    const said = text.slice(sentence.span.start, sentence.span.end).toLowerCase();
    const direction = words.change.decrease.some((w) => said.includes(w))
      ? 'decrease'
      : words.change.increase.some((w) => said.includes(w))
        ? 'increase'
        : 'unknown';
    const before = (i: number) => (tokens[i - 1]?.normal ?? '').replace(/\.$/, '');
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k]!;
      const b = found[k + 1]!;
      const open = before(a.f.modifier?.first ?? a.f.first);
      // "с 30 023 до 11 490": a join word read as the second figure's bound is the pair's join.
      const joinsBound = b.f.modifier && isJoin(open, b.f.modifier.text.toLowerCase());
      const join = joinsBound ? b.f.modifier!.text.toLowerCase() : before(b.f.first);
      if (joinsBound) unbound(b.q, b.f, tokens, text);
      const isRange = words.ranges.some(([o, j]) => o === open && j === join) && b.f.first - a.f.last <= 3;
      if (isRange && a.q.value !== undefined && b.q.value !== undefined) {
        const [min, max] = [a.q.value, b.q.value];
        a.q.min = min;
        a.q.max = max;
        a.q.text = text.slice(tokens[a.f.first - 1]!.span.start, b.q.span.end);
        a.q.span = { start: tokens[a.f.first - 1]!.span.start, end: b.q.span.end };
        a.q.rule = 'lang-range';
        delete a.q.value;
        found.splice(k + 1, 1);
        continue;
      }
      if (words.change.from.includes(open) && words.change.to.includes(join) && a.q.unit === b.q.unit) {
        a.q.change = { role: 'from', other: '', direction };
        b.q.change = { role: 'to', other: '', direction };
        partners.set(a.q, b.q);
      }
    }
    for (const { f, q } of found) {
      if (q.change) continue;
      const first = f.modifier?.first ?? f.first;
      const open = before(first);
      // "um 18.533 gesunken", "сократилось на 18 533", "ein Rückgang von 18.533": a size of change.
      const sized =
        (words.change.by.includes(open) &&
          (changeWordNear(tokens, first - 2, sentence.tokens.start, 3) ||
            changeWordNear(tokens, Math.min(f.last + 3, sentence.tokens.end - 1), f.last + 1, 3))) ||
        (words.change.from.includes(open) && changeWordNear(tokens, first - 2, sentence.tokens.start, 1));
      if (sized) {
        q.change = { role: 'by', other: '', direction };
        q.rule += '+change-by';
      }
    }
  }

  /** A word of change among the `reach` tokens ending at `i` ("Rückgang", "сократилось"). */
  function changeWordNear(tokens: readonly Token[], i: number, floor: number, reach: number): boolean {
    const stems = [...words.change.decrease, ...words.change.increase];
    for (let k = i; k >= Math.max(floor, i - reach + 1); k--) {
      const w = tokens[k]?.normal ?? '';
      if (stems.some((s) => w.startsWith(s))) return true;
    }
    return false;
  }

  function isJoin(open: string, join: string): boolean {
    return (
      words.ranges.some(([o, j]) => o === open && j === join) ||
      (words.change.from.includes(open) && words.change.to.includes(join))
    );
  }

  /**
   * The noun phrase a figure counts: the words after it up to its head noun (in German the first
   * capitalised word), else a counted noun of the lexicon a few words on ("23.000 im Ausland
   * beschäftigte nordkoreanische Arbeiter"), else the X of "die Zahl der X" earlier in the sentence.
   */
  function countedAfter(
    tokens: readonly Token[],
    i: number,
    end: number,
    text: string,
    share: boolean,
    inTime: (t: Token) => boolean,
    sentenceStart: number,
  ) {
    const capital = (t: Token) => /^\p{Lu}/u.test(text[t.span.start] ?? '');
    const stop = (t: Token) => t.type !== 'word' || breaks.has(t.normal) || inTime(t);
    const isHead = (t: Token) => (capitalisedNouns ? capital(t) : counted(t.normal) || !adjective(t.normal));
    let k = i;
    // "половины своих рабочих", "die Hälfte ihres Gehalts": a share counts its genitive.
    if (share)
      while (k < end && k < i + 2 && (breaks.has(tokens[k]!.normal) || POSSESSIVES.has(tokens[k]!.normal)))
        k++;
    let head = -1;
    for (let j = k; j < Math.min(end, k + 4) && !stop(tokens[j]!); j++) {
      head = j;
      if (isHead(tokens[j]!)) break;
    }
    if (head >= 0 && capitalisedNouns && !capital(tokens[head]!)) head = -1;
    let first = k;
    if (head < 0) {
      for (let j = k; j < Math.min(end, k + 7) && head < 0; j++) {
        const t = tokens[j]!;
        if (inTime(t) || t.normal === ',') break;
        if ((counted(t.normal) || demonym(t)) && (!capitalisedNouns || capital(t))) head = j;
      }
      if (head >= 0) {
        first = head;
        while (
          first > k &&
          tokens[first - 1]!.type === 'word' &&
          !capital(tokens[first - 1]!) &&
          !stop(tokens[first - 1]!)
        )
          first--;
      }
    }
    if (head < 0) return numberOf(tokens, sentenceStart, i, text, capital);
    const span = { start: tokens[first]!.span.start, end: tokens[head]!.span.end };
    const rule = first === k ? 'lang-counted-after' : 'lang-counted-ahead';
    return { phrase: { text: text.slice(span.start, span.end), span, rule } as Phrase, last: head };
  }

  /** "die Zahl der nordkoreanischen Staatsbürger", "число северокорейских рабочих": the X counted. */
  function numberOf(
    tokens: readonly Token[],
    from: number,
    to: number,
    text: string,
    capital: (t: Token) => boolean,
  ) {
    for (let j = to - 1; j >= from; j--) {
      if (!numberNouns.has(tokens[j]!.normal)) continue;
      let k = j + 1;
      while (k < to && (tokens[k]!.normal === 'der' || tokens[k]!.normal === 'an')) k++;
      for (let h = k; h < Math.min(to, k + 4); h++) {
        const t = tokens[h]!;
        if (t.type !== 'word' || breaks.has(t.normal)) break;
        if ((capitalisedNouns && capital(t)) || (!capitalisedNouns && (counted(t.normal) || demonym(t)))) {
          const span = { start: tokens[k]!.span.start, end: t.span.end };
          return {
            phrase: {
              text: text.slice(span.start, span.end),
              span,
              rule: 'lang-counted-number-of',
            } as Phrase,
            last: to - 1,
          };
        }
      }
    }
    return null;
  }

  /** A noun naming people of a country ("Nordkoreaner", "северокорейцев"), not the country itself. */
  function demonym(t: Token): boolean {
    return lexicon.countries.find(t.normal).size > 0 && !countryNames(t.normal);
  }

  /**
   * The first country after a place preposition in the rest of the clause ("in Russland", "в
   * России"), or "abroad" ("23.000 im Ausland beschäftigte Arbeiter", "за рубежом").
   */
  function placeAfter(tokens: readonly Token[], i: number, end: number, text: string): Phrase | null {
    for (let j = i; j < end - 1; j++) {
      const t = tokens[j]!;
      if (t.normal === ',' || t.normal === ';') return null;
      const next = tokens[j + 1]!;
      const word = text.slice(next.span.start, next.span.end);
      if (abroad.has(next.normal)) return { text: word, span: next.span, rule: 'lang-place-abroad' };
      if (places.has(t.normal) && isCountry(word)) return { text: word, span: next.span };
    }
    return null;
  }

  /**
   * A country that opens the figure's clause as its subject, a verb at most between: "Kuwait
   * schickte 904 Nordkoreaner heim, Vietnam 51": the figure is that country's.
   */
  function subjectBefore(tokens: readonly Token[], i: number, floor: number, text: string): Phrase | null {
    for (let j = i - 1; j >= Math.max(floor, i - 2); j--) {
      const t = tokens[j]!;
      if (t.type !== 'word') return null;
      const word = text.slice(t.span.start, t.span.end);
      if (!isCountry(word) || !countryNames(t.normal)) continue;
      const prev = tokens[j - 1]?.normal ?? '';
      const opens = j === floor || /^[,;:]$/.test(prev) || breaks.has(prev);
      return opens ? { text: word, span: t.span, rule: 'lang-place-subject' } : null;
    }
    return null;
  }
}

/** A figure without the bound its modifier gave: its own tokens only. */
function unbound(q: Mutable<Quantity>, f: Figure, tokens: readonly Token[], text: string): void {
  q.span = { start: tokens[f.first]!.span.start, end: q.span.end };
  q.text = text.slice(q.span.start, q.span.end);
  delete q.modifier;
  delete q.min;
  delete q.max;
  q.approximate = f.vague !== undefined;
}

const POSSESSIVES = new Set(['ihres', 'seines', 'ihrer', 'своих', 'их', 'его', 'ее', 'её']);

/** Country names (not demonyms) of every language, lower-case; an inflecting stem matches its endings. */
function nameMatcher(lexicon: Lexicon): (word: string) => boolean {
  const names = new Set<string>(lexicon.countries.lowerNames);
  for (const l of lexicon.languages)
    for (const forms of Object.values(l.countryAliases ?? {}))
      for (const f of forms) names.add(f.toLowerCase());
  const list = [...names];
  return (w) => names.has(w) || list.some((n) => w.startsWith(n) && w.length - n.length <= 2);
}

/** Counted nouns of the lexicon: full forms, and stems written with a trailing '-'. */
function countedMatcher(reading: ReadingData): (word: string) => boolean {
  const forms = new Set<string>();
  const stems: string[] = [];
  for (const list of Object.values(reading.counted))
    for (const f of list) {
      if (f.endsWith('-')) stems.push(f.slice(0, -1));
      else forms.add(f);
    }
  return (w) => forms.has(w) || stems.some((s) => w.startsWith(s));
}

/** The time named right after a figure or its counted phrase ("30.023 am 31. Dezember 2017"), else the only time of the sentence. */
function timeNear(
  times: readonly TimeExpression[],
  tokens: readonly Token[],
  last: number,
  countedLast: number,
): TimeRef | null {
  const ref = (t: TimeExpression, how: TimeRef['how']): TimeRef | null =>
    t.value.startsWith('X') ? null : { value: t.value, time: t.id, text: t.text, how };
  const after = Math.max(last, countedLast);
  const end = tokens[after]?.span.end ?? 0;
  // Two words may stand between: "am 31. Dezember", "im Jahr 2019".
  const limit = tokens[after + 3]?.span.start ?? Infinity;
  const next = times.find((t) => t.span.start >= end && t.span.start <= limit);
  if (next) return ref(next, 'explicit');
  // The sentence's only time, when no comma parts it from the figure (a clause of its own says when else).
  const only = times.length === 1 ? times[0]! : null;
  if (!only) return null;
  const from = Math.min(only.span.end, tokens[last]?.span.start ?? 0);
  const to = Math.max(only.span.start, end);
  const between = tokens.filter((t) => t.span.start >= from && t.span.end <= to && t.normal === ',');
  return between.length === 0 ? ref(only, 'sentence') : null;
}
