/**
 * What is counted, by canonical subject: the head words (lower case, singular and plural) that
 * name it. "laborers", "guest workers", "labor migrants" are all workers; a nationality noun
 * followed by "in employment" is too.
 */
export const SUBJECT_HEADS: Readonly<Record<string, readonly string[]>> = {
  worker: [
    'worker',
    'workers',
    'laborer',
    'laborers',
    'labourer',
    'labourers',
    'labor migrant',
    'labor migrants',
    'labour migrants',
    'migrant',
    'migrants',
    'employee',
    'employees',
    'lumberjacks',
    'builders',
    'workforce',
    'labor force',
    'compatriots',
  ],
  visa: ['visa', 'visas', 'work permit', 'work permits', 'permit', 'permits'],
  flight: ['flight', 'flights'],
  person: ['people', 'persons', 'person', 'citizens', 'nationals'],
};

/** Phrases that make a count of people a count of workers ("North Koreans in employment"). */
export const EMPLOYMENT_PHRASES: readonly string[] = ['in employment', 'employed', 'working', 'earning'];

/** Verbs that make a count a flow rather than a stock, by aspect. */
export const FLOW_WORDS: Readonly<Record<'entering' | 'leaving', readonly string[]>> = {
  entering: [
    'entering',
    'enter',
    'entered',
    'arriving',
    'arrive',
    'arrived',
    'redeploy',
    'dispatched',
    'sent to',
  ],
  leaving: [
    'leaving',
    'leave',
    'left',
    'return',
    'returned',
    'returning',
    'repatriated',
    'repatriate',
    'sent home',
    'send home',
    'deported',
    'expelled',
    'dismissed',
    'streaming out',
    'flock home',
  ],
};
