import type { LanguageData } from './types.js';

/** Dutch. */
export const NL: LanguageData = {
  code: 'nl',
  name: 'Dutch',
  months: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  profile:
    'de het een en van is dat op te in niet met voor zijn er aan ook als bij door maar om heeft werd wordt naar deze',
};
