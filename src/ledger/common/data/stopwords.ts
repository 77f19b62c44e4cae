/**
 * Function words that carry no topic, in the folded form of `foldWord`. English and German
 * (the Latin-script languages of the corpus); for other scripts the document frequencies of the
 * story index do the same job more slowly. Also reporting verbs and news furniture ("said",
 * "photo", "reuters"), which every story shares.
 */
const ENGLISH = `a about above after again against ago all almost also although am among an and another any
are around as at back be became because been before being below between both but by can could
did do does doing done down during each either else even ever every few for from further get got
had has have having he her here hers herself him himself his how however i if in into is it its
itself just last least less like made make many may me might more most much must my myself near
nearly neither no nor not now of off often on once one only onto or other others our ours out over
own per perhaps rather same say says said saying she should since so some still such than that the
their theirs them themselves then there these they this those though through thus to too toward
under until up upon us very via was we were what whatever when where whether which while who whom
whose why will with within without would yet you your yours also according told tell tells reported
report reports added adding noted stated news photo file image images copyright reserved rights
advertisement share comments comment read more click subscribe newsletter video watch http https
www com html mr ms mrs dr jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday today yesterday week weeks month months year years day days time
two three four five six seven eight nine ten first second third new`;

const GERMAN = `aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bereits
bis bisher da dabei damit dann darauf das dass dem den denen der deren des dessen die dies diese
diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa für gegen
gewesen hat hatte hatten hier ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kann kein keine
mit nach nicht noch nun nur ob oder ohne sei seien sein seine seinem seinen seiner seit sich sie
sind so sollen soll sollte über um und uns unter vom von vor war waren warum was weil welche welcher
wenn wer werde werden wie wieder wird wo wurde wurden zu zum zur zwischen sagte heute laut`;

/** The stopword set, folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${GERMAN}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase(),
    ),
);
