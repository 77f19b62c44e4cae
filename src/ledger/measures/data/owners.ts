/**
 * Classes that have no owner in a measure: people (an employer is not an owner), the dead and the
 * sick, and what is counted of people. A count of things (planes, homes, doses) may have one.
 */
export const OWNERLESS_CLASSES: ReadonlySet<string> = new Set([
  'people',
  'child',
  'hostage',
  'prisoner',
  'soldier',
  'rescuer',
  'patient',
  'passenger',
  'student',
  'refugee',
  'death',
  'case',
  'layoff',
]);

/** Verbs whose subject holds what the figure right after counts: "United has 79 of the aircraft". */
export const OWNER_VERBS: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  'own',
  'owns',
  'operate',
  'operates',
]);

/** Last words of a company's name that do not tell two holders apart: "Alaska Airlines" is "Alaska". */
export const OWNER_SUFFIXES: ReadonlySet<string> = new Set([
  'airline',
  'airlines',
  'airways',
  'lines',
  'air',
  'inc',
  'corp',
  'corporation',
  'co',
  'company',
  'group',
  'holdings',
  'ltd',
  'llc',
  'plc',
  'sa',
  'ag',
  'gmbh',
]);
