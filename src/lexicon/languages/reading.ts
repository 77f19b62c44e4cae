/**
 * What the stages need to read a language other than English, as data: sentence ends, time
 * words, how figures are bounded and scaled, quotation marks, reporting verbs and source phrases,
 * and the counted nouns the ledger compares across languages. A language with this field is
 * analysed (times, quantities, attributions, claims); one without it is stored and shown only.
 */
export interface ReadingData {
  /** Abbreviations whose dot ends no sentence, lower-case without the dot ("z.b", "ca", "тыс"). */
  readonly abbreviations: readonly string[];
  /** Quotation marks as [open, close] pairs: „…“, »…«, «…». */
  readonly quotes: readonly (readonly [open: string, close: string])[];
  /** Time words. */
  readonly time: TimeWords;
  /** Figures: bounds, scales, number words, percent and change words. */
  readonly figures: FigureWords;
  /** Reporting verbs and source phrases. */
  readonly attribution: AttributionWords;
  /**
   * Counted nouns by the English noun they count as, lower-case word forms or stems (a form
   * ending in '-' matches any word it begins): `worker: ['arbeiter', 'рабоч-']`. The ledger reads a
   * figure's counted noun through this, so a German or Russian figure joins the English series
   * of the same measure.
   */
  readonly counted: Readonly<Record<string, readonly string[]>>;
  /**
   * Endings of adjectives, for languages that write nouns in lower case: a counted phrase runs
   * over words with these endings to the first word without one ("северокорейских рабочих").
   * Absent: nouns are capitalised (German) and the first capitalised word is the head.
   */
  readonly adjectiveEndings?: readonly string[];
  /** Prepositions that name where ("in", "в"): the place of a figure follows one. */
  readonly placePrepositions: readonly string[];
  /**
   * What happened to what is counted, by the English state the ledger keys on ("leaving",
   * "employed", "killed"): lower-case word forms or stems ending in '-'. "Kuwait schickte 904
   * Nordkoreaner heim" is a movement home, not a number present.
   */
  readonly states?: Readonly<Record<string, readonly string[]>>;
  /** Words of "abroad" ("Ausland", "рубежом"): a figure abroad is not a figure in one country. */
  readonly abroad?: readonly string[];
}

export interface TimeWords {
  /** Words for the day relative to the publication day: "heute" → 0, "вчера" → -1. */
  readonly days: Readonly<Record<string, number>>;
  /** Year words with their shift from the publication year: "letzten jahres" → -1, "этого года" → 0. */
  readonly years: Readonly<Record<string, number>>;
  /** Words that take part of a period: "ende" → END, "началу" → START. */
  readonly parts: Readonly<Record<string, 'START' | 'MID' | 'END'>>;
  /** Words after a bare year that mark it as one ("года", "году"), or before it ("jahr"). */
  readonly yearWords: readonly string[];
  /** Signals that make a time a deadline or a bound ("bis", "к", "до"), lower-case. */
  readonly signals: readonly string[];
}

export interface FigureWords {
  /** Words before a figure that approximate or bound it, lower-case, longest first where they share a start. */
  readonly modifiers: Readonly<Record<string, 'approx' | 'min' | 'max'>>;
  /** Scale words after a figure ("Millionen", "тыс."), lower-case, a trailing dot optional. */
  readonly scales: Readonly<Record<string, number>>;
  /** Number words ("zwei", "два"), lower-case. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Vague quantities ("Dutzende", "десятки тысяч") as ranges, lower-case. */
  readonly vague: Readonly<Record<string, readonly [min: number, max: number]>>;
  /** Shares of a whole ("Hälfte", "половины", "Großteil") as proportions [min, max]. */
  readonly shares: Readonly<Record<string, readonly [min: number, max: number]>>;
  /** Word pairs around a range: "zwischen X und Y", "von X bis Y", "от X до Y". */
  readonly ranges: readonly (readonly [open: string, join: string])[];
  /** Words that make a figure a percentage ("Prozent", "процентов"). */
  readonly percent: readonly string[];
  /** The words of a change: "von X auf Y", "с X до Y", and verbs of decrease and increase (stems). */
  readonly change: {
    readonly from: readonly string[];
    readonly to: readonly string[];
    /**
     * Words before the size of a change ("um 18.533 gesunken", "сократилось на 18 533"). A `from`
     * word right after a word of change ("ein Rückgang von 18.533") marks a size too.
     */
    readonly by: readonly string[];
    readonly decrease: readonly string[];
    readonly increase: readonly string[];
  };
  /** Nouns of "the number of X" ("Zahl", "Anzahl", "число"): a figure without a counted noun counts their X. */
  readonly numberNouns: readonly string[];
  /** Words after which a figure is no count: "Resolution 2397", "Artikel 8", "Nr. 5". */
  readonly notCounts: readonly string[];
  /** Words that end a counted noun phrase (articles, verbs of being, conjunctions), lower-case. */
  readonly phraseBreaks: readonly string[];
}

export interface AttributionWords {
  /**
   * Reporting verbs, lower-case forms. A verb with a particle ("teilte … mit", "gab … bekannt")
   * is written "teilte mit": the particle closes the clause.
   */
  readonly verbs: Readonly<Record<string, 'speech' | 'written' | 'cognitive'>>;
  /** Source phrases before the source: "laut", "nach Angaben", "по словам", "по данным". */
  readonly before: readonly string[];
  /** Source phrases after the source: "zufolge". */
  readonly after: readonly string[];
  /** Impersonal cues without a named source ("hieß es", "говорится"). */
  readonly impersonal: readonly string[];
  /** Words that introduce reported content after a verb ("dass", "что"). */
  readonly complementisers: readonly string[];
  /** Nouns of documents and sites whose owner is the source ("Bericht Russlands", "докладе России"), lower-case stems. */
  readonly documents: readonly string[];
  /**
   * Nouns naming a part of a document or a law ("Artikel 8 der Resolution", "пункт 8
   * резолюции"), lower-case stems: the part speaks for the document it belongs to, never by
   * itself.
   */
  readonly documentParts?: readonly string[];
  /** Words that point back to the previous sentence as what was said ("Dies", "об этом"). */
  readonly anaphors: readonly string[];
  /** Pronouns that stand for the last named speaker ("er", "sie", "он", "она"). */
  readonly pronouns: readonly string[];
  /** Words naming institutions (a speaker that is an organisation), lower-case stems. */
  readonly organisations: readonly string[];
  /**
   * Nouns of a role or office (lower-case, as a dictionary gives them): before a name they are
   * its title ("Botschafter Matsegora" → Matsegora); alone, in any inflected form ("des
   * Botschafters"), they name no one by name.
   */
  readonly roles?: readonly string[];
}
