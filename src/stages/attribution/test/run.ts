import type {
  Article,
  ArticleInput,
  Attribution,
  Entity,
  Mention,
  TimeExpression,
} from '../../../model/index.js';
import { normalise } from '../../normalise/index.js';
import { tokens } from '../../tokens/index.js';
import { attribution } from '../index.js';
import type { Options } from '../index.js';

const tokenStage = tokens({});
const create = normalise({});

/** An input made from plain text, as the text reader makes it. */
export function textInput(body: string): ArticleInput {
  return {
    kind: 'input',
    source: 'test.txt',
    format: 'text',
    bodyFormat: 'text',
    body,
    meta: {},
    messages: [],
  };
}

/** A normalised article from plain text (kept inside src for the build). */
function textArticle(body: string): Article {
  return create(textInput(body));
}

/** Layers a test may give the stage in place of the times and entities stages. */
export interface GivenLayers {
  readonly times?: (text: string) => TimeExpression[];
  readonly mentions?: (text: string) => { mentions: Mention[]; entities: Entity[] };
}

/**
 * Runs the tokens stage and the attribution stage over a text of our own, with empty (or
 * given) times and entities layers, so that the tests do not depend on those stages.
 */
export function attribute(body: string, given: GivenLayers = {}, options: Options = {}): Article {
  const article = tokenStage.run(textArticle(body));
  const entities = given.mentions?.(article.text) ?? { mentions: [], entities: [] };
  const withLayers: Article = { ...article, times: given.times?.(article.text) ?? [], ...entities };
  return attribution(options).run(withLayers);
}

/** The first attribution of a text, or undefined. */
export function first(body: string, given: GivenLayers = {}): Attribution | undefined {
  return attribute(body, given).attributions?.[0];
}

/** A compact view for table tests: `source ← cue: content [kind]`, chain joined by " → ". */
export function summary(a: Attribution | undefined): string {
  if (!a) return '(none)';
  const chain = a.chain.map((l) => `${l.source.name}/${l.cue.text}`).join(' → ');
  return `${chain}: ${a.content.text} [${a.kind}]`;
}

/** A time expression of the times layer, for tests: found by its words in the text. */
export function timeAt(text: string, words: string, value: string, id = 't1'): TimeExpression {
  const start = text.indexOf(words);
  return {
    kind: 'time',
    id,
    text: words,
    type: 'DATE',
    value,
    granularity: 'day',
    anchor: { kind: 'publication', value: null },
    span: { start, end: start + words.length },
    stage: 'test',
    rule: 'test',
  };
}
