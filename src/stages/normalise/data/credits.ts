/**
 * Photo credits and wire credits. `end` rules find a credit at the end of a paragraph (what
 * comes before it, if anything, is the photo's caption when `photo` is true); `whole` rules
 * match a paragraph that is only a credit. Names are recorded on the blocks they make.
 */
export interface CreditRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** A photo credit: the text before it is a caption. Otherwise a wire credit on a paragraph. */
  readonly photo: boolean;
  /** Only within the article's head (before its first body paragraph), unless the name in it is a known outlet. */
  readonly headOnly?: boolean;
}

/** After the end of a sentence (or at the start), as credits follow the caption they belong to. */
const AFTER = String.raw`(?:^|(?<=[.!?"”’)\]]\s?))\s*`;

export const END_CREDITS: readonly CreditRule[] = [
  {
    name: 'photo-by',
    photo: true,
    pattern: new RegExp(
      String.raw`${AFTER}(?<credit>(?:File |Handout |Pool |AP |AFP |Reuters )?Photos? (?:by|courtesy of|via)\s+[^|\n]{2,80}?)(?<tail>\s*\|\s*License Photo)?$`,
      'iu',
    ),
  },
  {
    name: 'photo-label',
    photo: true,
    pattern: new RegExp(
      String.raw`${AFTER}(?<credit>(?:Photo|Photos|Foto|Fotos|Photograph|Picture|Image|Bild|Credit|사진)\s*:\s*[^\n]{2,120})$`,
      'iu',
    ),
  },
  {
    name: 'bracket-credit',
    photo: true,
    pattern:
      /(?<=\S)\s*(?<credit>\[[^[\]\n]{0,20}(?:포토|사진|photo|foto|getty|AP|AFP|reuters|yonhap|연합)[^[\]\n]{0,20}\])$/iu,
  },
  {
    name: 'paren-credit',
    photo: true,
    headOnly: true,
    pattern: /(?<=[.!?"”’])\s+(?<credit>\((?:\p{Lu}[\p{L}.'’-]*(?:,?\s|\/)?){1,5}\))$/u,
  },
];

export const WHOLE_CREDITS: readonly CreditRule[] = [
  // "Lucas Jackson/Reuters", "Spencer Platt/Getty Images"
  {
    name: 'name-slash-agency',
    photo: true,
    pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s?\/\s?\p{Lu}[\p{L}&.'’ -]{1,40}$/u,
  },
  // "(AP)", "(AFP)" on a line of their own
  { name: 'paren-agency', photo: false, pattern: /^\((?:\p{Lu}[\p{L}.-]*\s?){1,3}\)$/u },
  // "Photo : YONHAP News"
  {
    name: 'photo-label',
    photo: true,
    pattern: /^(?:photo|photos|foto|fotos|picture|image|bild|credit|사진)\s*:\s*\S.{0,100}$/iu,
  },
];

/** A caption's credit written after a pipe and run into the headline: "... | Saul Loeb/AFP via Getty Images Trump-Kim summit ...". */
export const PIPE_CREDIT = String.raw`\s+\|\s+(?<credit>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?[^|\n]{0,40}?(?:{AGENCIES}))(?=\s+\p{Lu})`;

/** Labels that open a caption: "Photo/Illustration A worker counts his cash...". */
export const CAPTION_LABEL =
  /^(?:Photo\/Ill?u?s?t?ration|Photo\/Illutration|Photo ?illustration|PHOTO|Photo|Foto|Bild|Picture)\s*[:/]?\s+(?=\p{Lu})/u;

/** A picture's file slug before its caption: "nk-vladivostok-airport-20190902 North Korean workers wait...". */
export const IMAGE_SLUG = /^(?=[a-z0-9_-]*\d)[a-z0-9]+(?:[-_][a-z0-9]+){2,}\s+(?=\p{Lu})/u;

/** Who stands where in a picture: "(L)", "(R)", "(2nd L)", "(left)". */
export const POSITION_MARKER = /\((?:L|R|C|left|right|centre|center|\d(?:st|nd|rd|th) [LR]|[LR] to [RL])\)/;

/** "for The Wall Street Journal" at the end of a credit names the outlet the picture was taken for. */
export const CREDIT_FOR =
  /\bfor\s+(?<outlet>(?:The\s)?\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,4})\s*$/u;
