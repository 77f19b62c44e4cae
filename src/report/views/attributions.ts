import { unresolvedLabel } from './time-label.js';
import type { Article, Attribution, Span } from '../../model/index.js';

/**
 * The JSON view of the attributions layer: each record with the words of every span beside its
 * offsets, and the chain flattened to `{ source, type, entity, text, cue, lemma, rule }`.
 */
export function attributionsJson(article: Article): unknown[] {
  const words = (s: Span) => article.text.slice(s.start, s.end);
  return (article.attributions ?? []).map((a) => ({
    id: a.id,
    kind: a.kind,
    ...(a.stance ? { stance: a.stance } : {}),
    source: { ...a.source, text: words(a.source.span) },
    cue: a.cue,
    content: a.content,
    chain: a.chain.map((l) => ({
      source: l.source.name,
      type: l.source.type,
      ...(l.source.entity ? { entity: l.source.entity } : {}),
      text: words(l.source.span),
      cue: l.cue.text,
      lemma: l.cue.lemma,
      rule: l.rule,
    })),
    ...(a.quotes ? { quotes: a.quotes.map((q) => ({ span: q, text: words(q) })) } : {}),
    ...(a.said ? { said: a.said } : {}),
    span: a.span,
    rule: a.rule,
    confidence: a.confidence,
  }));
}

/**
 * One readable line per attribution: the chain from the outermost carrier to the speaker, each
 * with its cue (and, when the name came from elsewhere, the words the text uses in brackets),
 * then the content; kind (with the stance of a belief or an intention, which is no quote), rule,
 * confidence and when it was said after it.
 *
 * @example "RIA Novosti (reported) → Maxim Topilin (told reporters): the decision ..."
 */
export function attributionLine(a: Attribution, text: string): string {
  const chain = a.chain
    .map((l) => {
      const words = text.slice(l.source.span.start, l.source.span.end);
      const named = l.source.how !== 'phrase' && words !== l.source.name ? ` [${words}]` : '';
      return `${l.source.name}${named} (${l.cue.text})`;
    })
    .join(' → ');
  const said = a.said
    ? ` · said ${unresolvedLabel(a.said) ?? `${a.said.value}${a.said.how === 'explicit' ? '' : ` (${a.said.how})`}`}`
    : '';
  const content = a.kind === 'direct' ? `“${a.content.text}”` : a.content.text;
  const kind = a.stance ? `${a.stance}, ${a.kind}` : a.kind;
  return `${chain}: ${content}  [${kind} · ${a.rule} · ${a.confidence ?? '?'}${said}]`;
}

/** The readable lines of the attributions layer for `claimline extract`. */
export function attributionsText(article: Article): string[] {
  const items = article.attributions ?? [];
  return items.length === 0
    ? []
    : ['', `attributions (${items.length}):`, ...items.map((a) => `  ${attributionLine(a, article.text)}`)];
}
