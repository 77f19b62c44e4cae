import type { Article, Attribution, Mention, Quantity, TimeExpression } from '../../src/model/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { quantities } from '../../src/stages/quantities/index.js';
import type { Options } from '../../src/stages/quantities/index.js';
import { compileLexicon } from '../../src/stages/quantities/lexicon.js';
import { sharedLexicon } from './lexicon.js';
import { sentenceScope } from '../../src/stages/quantities/index.js';
import { scanSentence } from '../../src/stages/quantities/scan.js';
import type { Excluded } from '../../src/stages/quantities/scan.js';
import { textArticle } from './article.js';

const tokenStage = tokens({});

/** A time expression to place in a test article by its words (first occurrence). */
export interface TimeSpec {
  readonly text: string;
  readonly value: string;
  readonly type?: TimeExpression['type'];
  readonly id?: string;
  readonly parts?: readonly string[];
  /** The word before it that signals its role ("since", "by"). */
  readonly signal?: string;
}

/** A mention to place in a test article by its words (first occurrence). */
export interface MentionSpec {
  readonly text: string;
  readonly type: Mention['type'];
  readonly entity: string;
}

/** An attribution to place by its content words, with the time it was said. */
export interface SaidSpec {
  readonly content: string;
  readonly said: string;
}

/** What other layers would have given: a publication date, time expressions, mentions, attributions. */
export interface Layers {
  readonly published?: string;
  readonly times?: readonly TimeSpec[];
  readonly mentions?: readonly MentionSpec[];
  readonly attributions?: readonly SaidSpec[];
}

/** Tokenises a text, adds the given layers, and runs the quantities stage. */
export function analyse(body: string, layers: Layers = {}, options: Options = {}): Article {
  const read = tokenStage.run(textArticle(body));
  const at = (words: string) => {
    const start = read.text.indexOf(words);
    if (start < 0) throw new Error(`test layer text not found: ${words}`);
    return { start, end: start + words.length };
  };
  const times: TimeExpression[] = (layers.times ?? []).map((t, n) => ({
    kind: 'time',
    id: t.id ?? `t${n + 1}`,
    text: t.text,
    type: t.type ?? 'DATE',
    value: t.value,
    granularity: 'day',
    anchor: { kind: 'none', value: null },
    span: at(t.text),
    stage: 'test',
    rule: 'test',
    ...(t.parts ? { parts: t.parts } : {}),
    ...(t.signal ? { signal: { text: t.signal, span: at(`${t.signal} ${t.text}`) } } : {}),
  }));
  const mentions: Mention[] = (layers.mentions ?? []).map((m, n) => ({
    kind: 'mention',
    id: `m${n + 1}`,
    text: m.text,
    type: m.type,
    entity: m.entity,
    form: 'name',
    span: at(m.text),
    stage: 'test',
    rule: 'test',
  }));
  const attributions: Attribution[] = (layers.attributions ?? []).map((a, n) => {
    const span = at(a.content);
    const source = { name: 'someone', type: 'person' as const, span };
    const cue = { text: 'said', span, lemma: 'say' };
    return {
      kind: 'indirect',
      id: `a${n + 1}`,
      source,
      cue,
      content: { text: a.content, span },
      chain: [],
      said: { value: a.said, how: 'explicit' },
      span,
      stage: 'test',
      rule: 'test',
    };
  });
  const published = layers.published
    ? {
        value: layers.published,
        precision: 'day' as const,
        how: 'meta' as const,
        evidence: 'test',
        rule: 'test',
      }
    : read.published;
  return quantities({ lexicon: sharedLexicon, ...options }).run({
    ...read,
    times,
    mentions,
    entities: [],
    attributions,
    published,
  });
}

/** The quantities of a text (see {@link analyse}). */
export function quantitiesOf(body: string, layers: Layers = {}): readonly Quantity[] {
  return analyse(body, layers).quantities ?? [];
}

/** The numbers of a text that are not quantities, with the rule that excluded each. */
export function excludedIn(body: string): Excluded[] {
  const article = tokenStage.run(textArticle(body));
  const lexicon = compileLexicon(sharedLexicon);
  return (article.sentences ?? []).flatMap(
    (s) =>
      scanSentence(sentenceScope({ ...article, times: [], mentions: [] }, s, lexicon), {
        publicationFallback: true,
      }).excluded,
  );
}
