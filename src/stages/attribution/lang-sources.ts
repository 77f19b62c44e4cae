import type { ChainLink, Cue, EntityType, SourceRef, Span } from '../../model/index.js';
import type { Lexicon, ReadingData } from '../../lexicon/index.js';

/** Turns the words that name a source into a source, and a carrier before it when one is named. */
export interface SourceReader {
  /**
   * The source named by `text.slice(span.start, span.end)`: an outlet, a person (a run of
   * capitalised names at its end), an organisation, a country, the last speaker (a pronoun), or
   * a group. An outlet followed by more words is a carrier: "RIA Novosti Botschafter Matsegora"
   * gives the person, carried by the outlet.
   */
  readonly read: (
    text: string,
    span: Span,
    last: SourceRef | null,
  ) => { readonly source: SourceRef; readonly carrier?: SourceRef } | null;
}

const ARTICLES = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
]);

/**
 * Reads sources from a language's lexicon data (pronouns, institution words) and the shared
 * outlets and countries.
 *
 * @example sourceReader(DE.reading, lexicon).read('sagte Botschafter Matsegora', { start: 6, end: 27 }, null)
 */
export function sourceReader(reading: ReadingData, lexicon: Lexicon): SourceReader {
  const pronouns = new Set(reading.attribution.pronouns);
  const organisations = reading.attribution.organisations;
  const documents = reading.attribution.documents;
  const parts = reading.attribution.documentParts ?? [];
  const isPart = (w: string) => parts.some((p) => w.toLowerCase().startsWith(p) && w.length - p.length <= 3);
  const breaks = new Set(reading.figures.phraseBreaks);
  // Where nouns are capitalised, lower-case words before a name are adjectives and adverbs.
  const capitalisedNouns = reading.adjectiveEndings === undefined;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  const isCountry = (w: string) => lexicon.countries.find(w).size > 0;
  const roles = reading.attribution.roles ?? [];
  // A role noun in any inflected form ("Botschafters", "Ministerin", "министра"): the dictionary
  // form with a case or gender ending of three letters at most, unless an institution's word
  // holds more of it ("Ministerium", not "Botschafter" for "Botschaft").
  const isRole = (w: string) => {
    const l = w.toLowerCase();
    const role = Math.max(
      0,
      ...roles.filter((r) => l.startsWith(r) && l.length - r.length <= 3).map((r) => r.length),
    );
    const institution = Math.max(0, ...organisations.filter((o) => l.startsWith(o)).map((o) => o.length));
    return role > 0 && role >= institution;
  };
  // A country named in the reader's language and case ("России", "Russlands") is named as the
  // ledger names it everywhere ("Russia"), so that its claims join the country's.
  const countryName = (w: string) => {
    const codes = [...lexicon.countries.find(w).keys()];
    return codes.length === 1 ? lexicon.countries.name(codes[0]!) : w;
  };

  const typeOf = (words: readonly string[]): EntityType => {
    const lower = words.map((w) => w.toLowerCase());
    if (lower.some((w) => organisations.some((o) => w.startsWith(o) || w.endsWith(o)))) return 'organization';
    if (words.length === 1 && capital(words[0]!) && isCountry(words[0]!)) return 'place';
    return 'group';
  };

  const read: SourceReader['read'] = (text, span, last) => {
    const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{M}][\p{L}\p{M}\d'’.-]*/gu)].map(
      (m) => ({
        w: m[0].replace(/\.$/, ''),
        start: span.start + m.index,
        end: span.start + m.index + m[0].replace(/\.$/, '').length,
      }),
    );
    // Leading articles, prepositions and adverbs ("Auch das", "В") are not part of the name, nor
    // are trailing lower-case words after a name ("Рейтер впервые").
    const skip = (w: string) =>
      !pronouns.has(w.toLowerCase()) &&
      ((capitalisedNouns && !capital(w)) ||
        lexicon.stopWords.has(w.toLowerCase()) ||
        breaks.has(w.toLowerCase()));
    while (words.length > 0 && skip(words[0]!.w)) words.shift();
    while (words.length > 1 && !capital(words[words.length - 1]!.w) && words.some((w) => capital(w.w)))
      words.pop();
    // "Artikel 8 der … Resolution": a part of a document speaks for the document, its last
    // capitalised word; a part alone names no source.
    if (words.length > 0 && isPart(words[0]!.w)) {
      const owner = words.findLastIndex((w, k) => k > 0 && capital(w.w));
      if (owner < 0) return null;
      words.splice(0, owner);
      words.splice(1);
    }
    // "Bericht Russlands", "докладе России": a document's owner is the source.
    const doc = words.findIndex((w) => documents.some((d) => w.w.toLowerCase().startsWith(d)));
    if (doc >= 0 && doc < words.length - 1) {
      words.splice(0, doc + 1);
      while (words.length > 0 && skip(words[0]!.w)) words.shift();
    } else if (doc >= 0 && words.every((w) => !capital(w.w) || w === words[doc])) {
      // "согласно сообщениям", "nach Angaben": reports of no one named are an unnamed source,
      // never a speaker named by the document's noun in the reader's language.
      const s = { start: words[doc]!.start, end: words[doc]!.end };
      return { source: { name: 'unnamed source', type: 'group', span: s, how: 'phrase' } };
    }
    if (words.length === 0) return null;
    const at = (from: number, to: number) => ({ start: words[from]!.start, end: words[to - 1]!.end });
    const ref = (type: EntityType, from: number, to: number, how: SourceRef['how'] = 'phrase'): SourceRef => {
      const s = at(from, to);
      return { name: text.slice(s.start, s.end), type, span: s, how };
    };
    if (words.length === 1 && pronouns.has(words[0]!.w.toLowerCase())) {
      if (!last) return null;
      return { source: { ...last, span: at(0, 1), how: 'earlier-speaker' } };
    }
    const phrase = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const outlet = lexicon.outlets.findInText(phrase);
    if (outlet) {
      const i = phrase.toLowerCase().indexOf(outlet.toLowerCase());
      const start = words[0]!.start + Math.max(0, i);
      const end = start + outlet.length;
      const carrier: SourceRef = { name: outlet, type: 'outlet', span: { start, end }, how: 'phrase' };
      const rest = words.findIndex((w) => w.start >= end);
      if (i < 0 || rest < 0) return { source: carrier };
      const person = read(text, { start: words[rest]!.start, end: span.end }, last);
      return person ? { source: person.source, carrier } : { source: carrier };
    }
    // "Botschafter Matsegora", "представитель МИД Китая Генг Шуан": a title (with the body it
    // serves) before a name keeps the name only.
    const titled = words.findLastIndex((w) => isRole(w.w)) + 1;
    if (titled > 0 && titled < words.length && words.slice(titled).every((w) => capital(w.w))) {
      let named = words.length;
      while (named > titled && !isCountry(words[named - 1]!.w) && typeOf([words[named - 1]!.w]) === 'group')
        named--;
      if (named < words.length) return { source: ref('person', named, words.length) };
    }
    // "nach Angaben des Botschafters": a role alone is the person last named as speaker, or no
    // one by name (the role as the dictionary gives it).
    const role = words.find((w) => isRole(w.w));
    if (role && words.every((w) => isRole(w.w) || !capital(w.w))) {
      if (last?.type === 'person')
        return { source: { ...last, span: at(0, words.length), how: 'earlier-speaker' } };
      const base = roles
        .filter((r) => role.w.toLowerCase().startsWith(r))
        .sort((a, b) => b.length - a.length)[0]!;
      const shown = capitalisedNouns ? base[0]!.toUpperCase() + base.slice(1) : base;
      return { source: { ...ref('group', 0, words.length), name: shown } };
    }
    // A person: two or more capitalised words at the end, none a country or institution, not after an article.
    let first = words.length;
    while (first > 0 && capital(words[first - 1]!.w) && !isCountry(words[first - 1]!.w)) first--;
    const run = words.slice(first).map((w) => w.w);
    const afterArticle = first > 0 && ARTICLES.has(words[first - 1]!.w.toLowerCase());
    if (run.length >= 2 && typeOf(run) === 'group' && !afterArticle) {
      return { source: ref('person', Math.max(first, words.length - 2), words.length) };
    }
    const type = typeOf(words.map((w) => w.w));
    const source = ref(type, 0, words.length);
    return { source: type === 'place' ? { ...source, name: countryName(source.name) } : source };
  };
  return { read };
}

/** A chain link from a source and its cue. */
export function link(source: SourceRef, cue: Cue, rule: string): ChainLink {
  return { source, cue, rule };
}
