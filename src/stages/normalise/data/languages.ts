/**
 * Scripts that name a language on their own (share of letters decides). For Latin script the
 * profiles of frequent function words per language are the shared lexicon's (`src/lexicon`).
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
