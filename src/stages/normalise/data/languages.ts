/**
 * Scripts that name a language on their own (share of letters decides), and for Latin script a
 * profile of frequent function words per language. Cheap, offline, and enough to tell an English
 * article from a German, French, Spanish, Italian, Dutch or Portuguese one.
 */
export const SCRIPTS: readonly (readonly [
  code: string,
  name: string,
  ranges: readonly (readonly [number, number])[],
])[] = [
  [
    'ko',
    'Korean',
    [
      [0xac00, 0xd7af],
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
    ],
  ],
  ['ja', 'Japanese', [[0x3040, 0x30ff]]],
  ['zh', 'Chinese', [[0x4e00, 0x9fff]]],
  ['ru', 'Russian', [[0x0400, 0x04ff]]],
  [
    'ar',
    'Arabic',
    [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
    ],
  ],
  ['he', 'Hebrew', [[0x0590, 0x05ff]]],
  ['el', 'Greek', [[0x0370, 0x03ff]]],
  ['th', 'Thai', [[0x0e00, 0x0e7f]]],
  ['hi', 'Hindi', [[0x0900, 0x097f]]],
];

/** Latin letters: ASCII and the Latin-1 and Latin Extended ranges. */
export const LATIN: readonly (readonly [number, number])[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x24f],
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
