/**
 * Capitalised words that do not start or make a name: function words at the start of a sentence
 * and page furniture. Month and weekday names and number words come from the shared lexicon
 * (see `lexicon.ts`).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `
The A An This That These Those It Its He She His Her They Their We Our I You Your In On At By For From
To Of With Without And But Or Nor So Yet If As While When Where Why How What Who Whom Which There Here
After Before During Since Until Although Though Because About Above Below Under Over Into Onto Upon
Some Many Most Much More Few Several All Any Each Every No Not None Both Either Neither Other Another
Such Only Also Even Just Still Already Meanwhile However Moreover Instead Then Now Later Earlier Last
Next Mr Mrs Ms Dr Yes Okay OK Today Tomorrow Yesterday Tonight
Photo Photos File Image Images Video Videos Advertisement Read More Share Tweet Comment Comments Related
Click Subscribe Follow Copyright Reporting Writing Editing Source Sources Update Updated Caption Credit
Breaking News Exclusive Analysis Opinion Editorial Watch Listen Note According Despite Following Amid
Asked Speaking Citing Referring Quoted Meanwhile Overall Finally Nevertheless Currently Recently
Christmas Easter New Year Internet Web AM PM GMT UTC EST KST
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Small words that may join capitalised words inside one name ("Bank of America", "Ho Chi Minh"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  'de',
  'du',
  'del',
  'la',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'el',
  '&',
]);

/**
 * Capital-letter abbreviations that are not organisations: units, currencies, media and
 * technology terms, business jargon. (Titles such as "CEO" are in `titles.ts`.)
 */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(
  `
GB MB TB KB GHz MHz USD EUR JPY GBP CNY RUB KRW KPW CHF CAD AUD HKD TV LCD LED OS SDK PC PCs CD CDs
DVD DVDs MP3 GPS USB HD HDTV AI IT PR HR IPO GDP CPI FAQ ID VIP DNA HIV AIDS SARS COVID PDF HTML
API CPU GPU RAM ROM SIM SMS PIN ATM CEO CFO COO CTO VP MP MPs PM AM GMT UTC EST PST KST UN ASAP
OK AD BC BCE CE FY Q1 Q2 Q3 Q4 YoY RSS URL WWW VR AR TNT ICBM ICBMs IRBM SLBM DMZ LNG LPG UAV
`
    .split(/\s+/)
    .filter(Boolean),
);
