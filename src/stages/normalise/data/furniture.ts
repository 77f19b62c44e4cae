import type { BlockType } from '../../../model/index.js';

/**
 * Page furniture recognised by a whole paragraph (or a whole piece of one): ads, widgets,
 * share and comment counters, footers, related-headline lists. Each rule has a name; the block it
 * makes records it. `endsArticle`: what follows is a list of other articles, so every later
 * paragraph is boilerplate too. `outlet`: the named group holds the outlet the page names itself.
 */
export interface FurnitureRule {
  readonly name: string;
  readonly type: BlockType;
  readonly pattern: RegExp;
  readonly endsArticle?: boolean;
  readonly outlet?: boolean;
}

/** The heading of a list of other articles ("Related news", "Mehr zum Thema"). */
export const RELATED_HEADING =
  /^(?:latest headlines|latest news|related(?: articles| stories| news| coverage)?|more (?:from|on) .{1,40}|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|aktuelle nachrichten|mehr zum thema|weitere artikel|das könnte sie auch interessieren|관련 ?기사|많이 본 기사|читайте также)$/i;

export const FURNITURE: readonly FurnitureRule[] = [
  {
    name: 'advertisement',
    type: 'boilerplate',
    pattern: /^(?:advertisement|advertising|ad|ads|anzeige|werbung|sponsored(?: content)?|광고)$/i,
  },
  {
    name: 'comments-widget',
    type: 'boilerplate',
    pattern:
      /^(?:all comments|show (?:new |all )?comments(?: \(\d+\))?|comments?(?: \(\d+\))?|\d+ comments?|leave a comment|add a comment|댓글(?: \d+)?)$/i,
  },
  {
    name: 'share-widget',
    type: 'boilerplate',
    pattern:
      /^(?:share(?: this(?: article| story)?)?|tweet|e-?mail|print|save|copy link|인쇄하기|글자크기설정|공유|스크랩|share on (?:facebook|twitter|x))$/i,
  },
  { name: 'reaction-widget', type: 'boilerplate', pattern: /^(?:wow|like|love|haha|sad|angry)$/i },
  {
    name: 'time-ago',
    type: 'meta',
    pattern:
      /^(?:(?:published|posted|updated)\s*:?\s*)?\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
  },
  { name: 'short-link', type: 'boilerplate', pattern: /^(?:short ?link|permalink)\s*:?\s*\S*$/i },
  { name: 'search-box', type: 'boilerplate', pattern: /^(?:search|suche|검색)$/i },
  {
    name: 'read-it-at',
    type: 'boilerplate',
    pattern: /^read (?:it|more|the full story) (?:at|on) .{2,40}$/i,
  },
  {
    name: 'tip-line',
    type: 'boilerplate',
    pattern: /^got a tip\?.*?(?:send it to (?<outlet>.{2,40}?) here\.?)?$/i,
    outlet: true,
  },
  {
    name: 'copyright',
    type: 'boilerplate',
    pattern:
      /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?<outlet>\p{Lu}[^.|]{1,50}?)\.?(?:\s*all rights reserved\.?)?$/iu,
    outlet: true,
  },
  {
    name: 'site-legal',
    type: 'boilerplate',
    pattern:
      /^(?:dmca|terms of (?:use|service)|privacy policy|cookie policy|impressum|datenschutz|contact us|about us)$/i,
  },
  {
    name: 'ui-words',
    type: 'boilerplate',
    pattern: /^(?:입력|업데이트|수정|기사원문|구독|AD|menu|home|skip to content|close)$/i,
  },
  { name: 'photo-placeholder', type: 'boilerplate', pattern: /^\[?\s*(?:photo|foto|사진)\s*:?\s*\]?$/i },
  { name: 'transcript-marker', type: 'meta', pattern: /^\[[^\]\n]{1,12}\]$/ },
  {
    name: 'image-label',
    type: 'boilerplate',
    pattern: /^(?:titelbild|symbolbild|bild|image|photo|foto|video|audio)$/i,
  },
  { name: 'license-photo', type: 'boilerplate', pattern: /^\|?\s*license photo$/i },
  { name: 'punctuation-only', type: 'boilerplate', pattern: /^[\p{P}\p{S}\s]{1,10}$/u },
  {
    name: 'call-to-action',
    type: 'boilerplate',
    pattern:
      /(?:join now|subscribe(?: now| today)?|sign up(?: now| today)?|click here|download (?:the|our) app|newsletter)\s*[!.]?$/i,
  },
  { name: 'nav-dots', type: 'boilerplate', pattern: /^(?:[^·•|\n]{1,40}\s[·•|]\s+){2,}[^·•|\n]{1,60}$/ },
  {
    name: 'link-label',
    type: 'boilerplate',
    pattern: /^(?:plus|also read|see also|watch|read more|related|more|mehr|lesen sie auch)\s*:$/i,
  },
  { name: 'image-file', type: 'boilerplate', pattern: /^\S.{0,60}\.(?:jpe?g|png|gif|webp|avif)$/i },
  { name: 'image-id', type: 'boilerplate', pattern: /^(?=[^\s]*\d)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/ },
  { name: 'social-embed', type: 'boilerplate', pattern: /^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+.{3,40}$/ },
  { name: 'related-heading', type: 'boilerplate', endsArticle: true, pattern: RELATED_HEADING },
];
