import type { Article, Span } from '../../../src/model/index.js';
import { nameMatchers } from './target-names.js';
import type { NameForm } from './target-names.js';

/** Where a target is named in one article, and how that was found. */
export interface TargetMentions {
  readonly spans: readonly Span[];
  readonly how: 'entity-layer' | 'name-match';
}

/**
 * The spans that refer to a target in an article. When the entity layer is present, the mentions
 * of every entity whose name or an alias matches one of the target's forms (so pronouns and
 * nominals resolved by the entities stage come along); otherwise the places where a form of the
 * name is written.
 *
 * @example targetMentions(article, nameForms('General Motors', [])).spans.length // 3
 */
export function targetMentions(article: Article, forms: readonly NameForm[]): TargetMentions {
  const matchers = nameMatchers(forms);
  const matchesWhole = (s: string) =>
    matchers.some((re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(s));
  const entities = article.entities ?? [];
  if (entities.length > 0) {
    const ids = new Set(entities.filter((e) => [e.name, ...e.aliases].some(matchesWhole)).map((e) => e.id));
    const spans = (article.mentions ?? []).filter((m) => ids.has(m.entity)).map((m) => m.span);
    return { spans, how: 'entity-layer' };
  }
  const spans: Span[] = [];
  for (const re of matchers) {
    for (const m of article.text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), how: 'name-match' };
}
