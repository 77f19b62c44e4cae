import type { Article, Claim, Entity, Mention, Quantity, TimeExpression } from '../src/model/index.js';

const P = { stage: 'synthetic', rule: 'bench-pattern' } as const;
const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g;
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const NAME = /\b([A-Z][a-z]+(?:-[a-z]+)?) ([A-Z][a-z]+)\b/g;
const FIGURE = /\b\d{1,3}(?:,\d{3})+\b/g;
const SENTENCE = /[^.!?\n]+[.!?]/g;

/**
 * Gives a synthetic article the row layers the analysis stages will give real ones (times,
 * mentions, entities, quantities, attributions, claims), found with a few patterns over its
 * text. Only for scale benchmarks: while the real stages are placeholders, stores of 100k
 * articles should still carry tens of layer rows per article, with their indexes.
 *
 * @example withSyntheticLayers(normalise({})(syntheticInput(1))).claims?.length // 5
 */
export function withSyntheticLayers(article: Article): Article {
  const text = article.text;
  const times: TimeExpression[] = [...text.matchAll(MONTH)].map((m, i) => ({
    kind: 'time',
    id: `t${i}`,
    text: m[0],
    type: 'DATE',
    value: `${m[2]}-${String(MONTHS.indexOf(m[1] ?? '') + 1).padStart(2, '0')}`,
    granularity: 'month',
    span: { start: m.index, end: m.index + m[0].length },
    anchor: { kind: 'none', value: null },
    ...P,
  }));
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  for (const m of text.matchAll(NAME)) {
    const name = m[0];
    const entity = entities.get(name) ?? {
      kind: 'entity',
      id: `e${entities.size}`,
      type: 'person',
      name,
      aliases: [],
      roles: [],
      mentions: [],
      ...P,
    };
    const id = `m${mentions.length}`;
    entities.set(name, { ...entity, mentions: [...entity.mentions, id] });
    const span = { start: m.index, end: m.index + name.length };
    mentions.push({
      kind: 'mention',
      id,
      text: name,
      type: 'person',
      entity: entity.id,
      form: 'name',
      span,
      ...P,
    });
  }
  const quantities: Quantity[] = [...text.matchAll(FIGURE)].map((m, i) => ({
    kind: 'quantity',
    id: `q${i}`,
    text: m[0],
    value: Number(m[0].replace(/,/g, '')),
    approximate: false,
    unit: 'count',
    span: { start: m.index, end: m.index + m[0].length },
    ...P,
  }));
  const claims: Claim[] = [...text.matchAll(SENTENCE)]
    .filter((m) => / said\b| told /.test(m[0]))
    .map((m, i) => ({
      kind: 'claim',
      id: `c${i}`,
      text: m[0].trim(),
      source: null,
      chain: [],
      quantities: [],
      modality: 'asserted',
      times: { said: null, refers: null, published: article.published.value },
      about: [],
      span: { start: m.index, end: m.index + m[0].length },
      ...P,
    }));
  return {
    ...article,
    times,
    mentions,
    entities: [...entities.values()],
    quantities,
    attributions: [],
    claims,
  };
}
