/**
 * Bylines and sign-offs. `whole` rules match a paragraph that is only a byline; `prefix` rules a
 * byline that opens a paragraph whose rest is something else (a date line). `outlet` groups name
 * the outlet of a broadcast sign-off; an `agency` group must name a known outlet for the rule to hold.
 */
export interface BylineRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly prefix?: boolean;
}

const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]+|de|da|van|von|der|al|bin|le))*`;

export const BYLINES: readonly BylineRule[] = [
  // "By David Brunnstrom", "By Jennie Oh and Elizabeth Shim, UPI"
  {
    name: 'by-name',
    pattern: new RegExp(
      String.raw`^(?:By|Von|Par|Por|Di|Door)\s+${NAME}(?:(?:,|\s+and|\s+und|\s*&)\s+${NAME})*(?:\s*[,|]\s*[\p{L} .]{2,40})?$`,
      'u',
    ),
  },
  // "Robert Burns, AP National Security Writer", "Meg Kinnard and Errin Haines, Associated Press"
  // (an `agency` counts only when the outlet lexicon knows it)
  {
    name: 'name-role',
    pattern: new RegExp(
      String.raw`^${NAME}(?:(?:,|\s+and|\s*&)\s+${NAME})*,\s+(?:(?:[\p{L}.]+\s+){0,4}(?:Writer|Correspondent|Reporter|Editor|Columnist|Contributor|Staff)|(?<agency>\p{L}[\p{L} .&'’-]{1,40}))$`,
      'iu',
    ),
  },
  // "Faizan Hashmi 3 minutes ago Fri 13th December 2019 | 08:17 PM"
  {
    name: 'name-time-ago',
    prefix: true,
    pattern:
      /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/u,
  },
  // "백민경 기자 baek.minkyung@joongang.co.kr"
  { name: 'ko-reporter', pattern: /^[가-힣]{2,4}\s?(?:기자|특파원|인턴기자)(?:\s+[\w.+-]+@[\w.-]+)?$/u },
  // "YTN 이동우입니다." — a broadcast reporter signing off with the channel's name
  { name: 'ko-signoff', pattern: /^(?<outlet>[A-Za-z가-힣]{2,10})\s[가-힣]{2,4}입니다\.?$/u },
  // "Jane Doe | jane.doe@example.com"
  { name: 'name-email', pattern: /^[\p{L} .'’-]{2,40}\s*[|,]?\s*[\w.+-]+@[\w-]+\.[\w.]+$/u },
];

/** Words that label a date line and may stand beside its date: "Posted on :", "Updated". */
export const DATE_LABELS =
  /\b(?:posted|published|updated|modified|created|on|at|date|dated|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|입력|수정|업데이트|опубликовано|обновлено)\b|[|:·•,]/giu;
