import type { Article, Span } from '../../../src/model/index.js';
import { nameMatchers } from './target-names.js';
import type { NameForm } from './target-names.js';

/** Where a target is named in one article, and how that was found. */
export interface TargetMentions {
  readonly spans: readonly Span[];
  /** 'entity-layer' when the entities stage added mentions the names alone would miss. */
  readonly how: 'entity-layer' | 'name-match';
}

/**
 * The spans that refer to a target in an article: the places where a form of its name is
 * written, and, when the entity layer is present, the mentions of every entity whose name or an
 * alias matches one of the target's forms (so pronouns and nominals resolved by the entities
 * stage come along). The written names always count: the entities stage may miss or mistype a
 * name ("Kestrel Air cancelled ..."), and that must not lose the target's own sentences.
 *
 * @example targetMentions(article, nameForms('General Motors', [])).spans.length // 3
 */
export function targetMentions(article: Article, forms: readonly NameForm[]): TargetMentions {
  const matchers = nameMatchers(forms);
  const spans: Span[] = [];
  for (const re of matchers) {
    for (const m of article.text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const entities = article.entities ?? [];
  let how: TargetMentions['how'] = 'name-match';
  if (entities.length > 0) {
    const whole = matchers.map((re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')));
    const matchesWhole = (s: string) => whole.some((re) => re.test(s));
    const ids = new Set(entities.filter((e) => [e.name, ...e.aliases].some(matchesWhole)).map((e) => e.id));
    const starts = new Set(spans.map((s) => s.start));
    for (const m of article.mentions ?? []) {
      if (!ids.has(m.entity) || starts.has(m.span.start)) continue;
      spans.push(m.span);
      how = 'entity-layer';
    }
  }
  return { spans: spans.sort((a, b) => a.start - b.start), how };
}
