/**
 * Dateline patterns, each with a name, written with placeholders that the factory fills in once:
 * `{MONTH}` (month names), `{PLACE}` (a place in capitals, e.g. "NEW YORK", with an optional
 * ", South Korea"), `{DASH}` (-, --, – or —). Named groups: `place`, `date` (month and day, or a
 * full date), `agency` (the outlet in parentheses or slashes), `credit` (a credit before the
 * place). `firstOnly` patterns are tried on the first body paragraph only, because they are
 * looser.
 */
export interface DatelinePattern {
  readonly name: string;
  readonly source: string;
  readonly firstOnly?: boolean;
  /** The agency must be a known outlet (see src/lexicon/data/outlets.json). */
  readonly knownAgency?: boolean;
}

export const DATELINES: readonly DatelinePattern[] = [
  // "Feb. 7 (UPI) --", "Jan. 16 (UPI) —"
  {
    name: 'date-agency',
    source: String.raw`^(?<date>{MONTH}\.?\s+\d{1,2})\s+\((?<agency>[^()]{2,40})\)\s*{DASH}\s*`,
  },
  // "WASHINGTON, Jan 22 (Reuters) -", "NEW YORK. Feb 7 (Interfax) -", "SEOUL, South Korea, Jan. 30 (UPI) --"
  {
    name: 'place-date-agency',
    source: String.raw`^(?<place>{PLACE})[,.]\s+(?<date>{MONTH}\.?\s+\d{1,2})\s+\((?<agency>[^()]{2,40})\)\s*{DASH}\s*`,
  },
  // "MOSCOW, May 21./TASS/."
  {
    name: 'place-date-slash-agency',
    source: String.raw`^(?<place>{PLACE}),\s+(?<date>{MONTH}\.?\s+\d{1,2})\.?\s*/(?<agency>\p{Lu}[\p{L} -]{1,30})/\.?\s*`,
  },
  // "ISLAMABAD, Nov 24: ", "GAZA/ISRAEL-GAZA BORDER, Nov 24: " (places joined by a slash): the
  // colon closes a dateline with no agency, as some papers print a wire's.
  {
    name: 'place-date-colon',
    source: String.raw`^(?<place>{PLACE}(?:/{PLACE})*),\s+(?<date>{MONTH}\.?\s+\d{1,2}):\s+(?=\p{Lu})`,
  },
  // "MOSCOW (UrduPoint News / Sputnik - 13th December, 2019)"
  {
    name: 'place-agency-date',
    source: String.raw`^(?<place>{PLACE})\s+\((?<agency>[^()\-–—]{2,60}?)\s*[-–—]\s*(?<date>[^()]{6,40})\)\s*(?:{DASH}\s*)?`,
  },
  // "MOSCOW (Reuters) -", "VLADIVOSTOK (Sputnik) -", "AFP-Jiji ULAANBAATAR (AFP-Jiji) —"
  {
    name: 'place-agency',
    source: String.raw`^(?:(?<credit>\p{Lu}[\p{L}-]+)\s+)?(?<place>{PLACE})\s+\((?<agency>[^()]{2,40})\)\s*{DASH}\s*`,
  },
  // "2019-09-05 -- A large number..."
  { name: 'iso-date', source: String.raw`^(?<date>\d{4}-\d{2}-\d{2})\s+(?:--|—|–)\s*` },
  // "(CNN) China and Russia...", "(CNN)China..."
  {
    name: 'agency-first',
    source: String.raw`^\((?<agency>[^()]{2,20})\)\s*(?=\p{Lu})`,
    firstOnly: true,
    knownAgency: true,
  },
  // "WARSAW, Poland -- ", "VLADIVOSTOK, Russia—Wearing"
  { name: 'place-dash', source: String.raw`^(?<place>{PLACE})\s*(?:--|—|–)\s*(?=\p{Lu})`, firstOnly: true },
];

/** A place in a dateline: words in capitals, then perhaps ", Region" in title case. */
export const PLACE = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?:[ -]\p{Lu}[\p{Lu}'’.\-]+)*(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?`;

export const DASH = String.raw`(?:--|—|–|-)`;
