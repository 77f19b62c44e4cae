import { hash } from 'node:crypto';
import { PROSE_BLOCKS, hasFatal, message } from '../../model/index.js';
import type { Article, ArticleInput, Block } from '../../model/index.js';
import { cleanLine, textParagraphs } from './01-paragraphs.js';
import type { Para } from './01-paragraphs.js';
import { takeHeader } from './02-header.js';
import { published } from './12-published.js';
import { outlet } from './13-outlet.js';
import type { LanguageDetector } from './14-language.js';
import { emptyFindings } from './findings.js';
import { htmlParagraphs } from './html-paragraphs.js';
import type { YearInference } from './infer-year.js';
import { layout } from './layout.js';
import { PASSES } from './passes.js';
import { outletKey as nameKey } from '../../lexicon/index.js';
import type { Rules } from './rules.js';
import { STAGE } from './stage-name.js';

/** What the factory prepared once, for every article. */
export interface Tools {
  readonly rules: Rules;
  readonly years: YearInference;
  readonly languages: LanguageDetector;
}

/**
 * One input to the first article: paragraphs (from text or HTML), the `date` header taken off,
 * the container's title put first, then the passes that find the blocks (listed in order in
 * `passes.ts`) and those that read the metadata (publication date, outlet, language).
 *
 * @example buildArticle(textInput('Feb. 7 (UPI) -- ...'), tools).published
 */
export function buildArticle(input: ArticleInput, tools: Tools): Article {
  if (hasFatal(input.messages)) return unread(input, 'the input could not be read');
  const { rules } = tools;
  const raw = input.bodyFormat === 'html' ? htmlParagraphs(input.body) : textParagraphs(input.body);
  const { paras, header } = takeHeader(raw);
  const l = layout(withTitle(paras, siteTitle(input.meta.title, input.meta.outlet, rules)));
  if (l.text === '') {
    const reason = input.bodyFormat === 'html' ? 'the HTML holds no text' : 'the input holds no text';
    const fatal = message('fatal', reason, { ruleId: 'no-text', stage: STAGE, source: input.source });
    return { ...unread(input, reason), messages: [...input.messages, fatal] };
  }
  const found = emptyFindings();
  const context = { layout: l, rules, found };
  for (const pass of PASSES) pass.run(context);

  const blocks: Block[] = l.pieces.flat().map((p) => ({
    kind: 'block',
    type: p.type ?? 'paragraph',
    span: { start: p.start, end: p.end },
    stage: STAGE,
    rule: p.rule || 'body',
  }));
  const prose = blocks
    .filter((b) => PROSE_BLOCKS.has(b.type))
    .map((b) => l.text.slice(b.span.start, b.span.end))
    .join('\n');
  const date = published(rules, tools.years, {
    source: input.source,
    meta: input.meta,
    header,
    found,
    prose,
    text: l.text,
  });
  const language = tools.languages.detect(prose || l.text, input.meta.language, input.source);
  return {
    kind: 'article',
    id: contentId(l.text),
    source: input.source,
    format: input.format,
    url: input.meta.url ?? null,
    title: found.title?.text ?? null,
    outlet: outlet(rules, input.meta, found),
    language: language.language,
    published: date.published,
    dateline: found.dateline,
    text: l.text,
    blocks,
    messages: [...input.messages, ...date.messages, ...language.messages],
    ...(input.fetched ? { fetched: input.fetched } : {}),
  };
}

/**
 * The article's id: a hash of its normalised text, so the same content has the same id.
 *
 * @example contentId('Some text.').length // 32
 */
export function contentId(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 32);
}

/**
 * A page title without the site's name after it ("Bridge reopens | Harbor Gazette"), when that
 * name is the page's outlet or a known one.
 */
function siteTitle(title: string | undefined, outlet: string | undefined, rules: Rules): string | undefined {
  const m = title ? /\s+[-–—|]\s+([^-–—|]{2,60})$/.exec(title) : null;
  if (!title || !m?.[1]) return title;
  const site = m[1].trim();
  const same = outlet !== undefined && nameKey(site) === nameKey(outlet);
  return same || rules.outlets.byName(site) ? title.slice(0, m.index) : title;
}

/**
 * The container's title goes first, marked as the title, unless the text already opens with it.
 */
function withTitle(paras: Para[], given: string | undefined): Para[] {
  const title = given ? cleanLine(given.replace(/<[^>]*>/g, ' ')) : '';
  if (!title) return paras;
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = paras[0];
  const wanted = words(title).join(' ');
  // The text opens with the title when its first words are the title's words (not just its letters).
  if (first && words(first.text).slice(0, wanted.split(' ').length).join(' ') === wanted) {
    return [{ ...first, hint: 'title', rule: 'meta-title' }, ...paras.slice(1)];
  }
  return [{ text: title, hint: 'title', rule: 'meta-title' }, ...paras];
}

function unread(input: ArticleInput, why: string): Article {
  return {
    kind: 'article',
    id: contentId(''),
    source: input.source,
    format: input.format,
    url: input.meta.url ?? null,
    title: null,
    outlet: null,
    language: { code: 'und', confidence: 0, how: 'default' },
    published: { value: null, precision: null, how: 'unknown', evidence: why, rule: 'not-read' },
    dateline: null,
    text: '',
    blocks: [],
    messages: [...input.messages],
    ...(input.fetched ? { fetched: input.fetched } : {}),
  };
}
