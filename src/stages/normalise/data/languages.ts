/**
 * Scripts that name a language on their own (share of letters decides), and for Latin script a
 * profile of frequent function words per language. Cheap, offline, and enough to tell an English
 * article from a German, French, Spanish, Italian, Dutch or Portuguese one.
 */
export const SCRIPTS: readonly (readonly [code: string, name: string, pattern: RegExp])[] = [
  ['ko', 'Korean', /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/],
  ['ja', 'Japanese', /[\u3040-\u30ff]/],
  ['zh', 'Chinese', /[\u4e00-\u9fff]/],
  ['ru', 'Russian', /[\u0400-\u04ff]/],
  ['ar', 'Arabic', /[\u0600-\u06ff\u0750-\u077f]/],
  ['he', 'Hebrew', /[\u0590-\u05ff]/],
  ['el', 'Greek', /[\u0370-\u03ff]/],
  ['th', 'Thai', /[\u0e00-\u0e7f]/],
  ['hi', 'Hindi', /[\u0900-\u097f]/],
];

/** Within Cyrillic and Arabic script, letters that mark another language than the default. */
export const SCRIPT_VARIANTS: readonly (readonly [
  script: string,
  code: string,
  name: string,
  pattern: RegExp,
])[] = [
  ['ru', 'uk', 'Ukrainian', /[іїєґІЇЄҐ]/],
  ['ar', 'fa', 'Persian', /[پچژگ]/],
];

export const STOPWORDS: Readonly<
  Record<string, { readonly name: string; readonly words: readonly string[] }>
> = {
  en: {
    name: 'English',
    words:
      'the of and to in is that for on with as was by it at from has have are be said not this his which an were will would their they its who been'.split(
        ' ',
      ),
  },
  de: {
    name: 'German',
    words:
      'der die das und ist nicht mit den von zu im dem des auf für sich auch eine ein einer wird werden nach sind bei aus hat wie dass sie noch'.split(
        ' ',
      ),
  },
  fr: {
    name: 'French',
    words:
      'le la les et des du un une est que qui dans pour pas sur au aux par ont sont avec ce cette il elle ne se plus été leur'.split(
        ' ',
      ),
  },
  es: {
    name: 'Spanish',
    words:
      'el la los las y de del que en un una es por con para se no su al lo como más pero sus le ha han este esta fue'.split(
        ' ',
      ),
  },
  it: {
    name: 'Italian',
    words:
      'il lo la gli le e di che un una per con non sono della del dei nel alla è ha anche come più ma questo questa stato'.split(
        ' ',
      ),
  },
  nl: {
    name: 'Dutch',
    words:
      'de het een en van is dat op te in niet met voor zijn er aan ook als bij door maar om heeft werd wordt naar deze'.split(
        ' ',
      ),
  },
  pt: {
    name: 'Portuguese',
    words:
      'o a os as e de do da dos das que em um uma para com não por se no na mais como foi ao pelo pela são seu sua'.split(
        ' ',
      ),
  },
};
