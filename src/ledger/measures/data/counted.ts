/**
 * What a figure counts, by class: the head nouns (lemmas, lower case) that name each class. A
 * class is what series compare: "workers", "labourers", "employees", "persons" and "jobs" all
 * count people at work or people, so they join when the rest of the measure agrees; a hostage is
 * not a prisoner, a case is not a death. Keep this general news vocabulary: never a word of one
 * story.
 */
export const COUNTED_CLASSES: Readonly<Record<string, readonly string[]>> = {
  people: [
    'people',
    'person',
    'persons',
    'individual',
    'man',
    'men',
    'woman',
    'women',
    'resident',
    'citizen',
    'national',
    'inhabitant',
    'civilian',
    'soul',
    'villager',
    'local',
    // The people of a state, province or city, by its demonym ("1,400 Hoosiers", "Texans").
    'hoosier',
    'texan',
    'californian',
    'floridian',
    'ohioan',
    'michigander',
    'pennsylvanian',
    'kentuckian',
    'tennessean',
    'oregonian',
    'coloradan',
    'minnesotan',
    'iowan',
    'kansan',
    'alaskan',
    'ontarian',
    'quebecer',
    'londoner',
    'parisian',
    'muscovite',
    'angeleno',
    'bostonian',
    'chicagoan',
    // People at work are people: the issue of "workers" vs "persons" is the state, not the noun.
    'worker',
    'laborer',
    'labourer',
    'employee',
    'staff',
    'staffer',
    'workforce',
    'migrant',
    'compatriot',
    'builder',
    'miner',
    'lumberjack',
    'job',
    'position',
    // A list of people counts its names.
    'name',
    'entry',
  ],
  child: ['child', 'children', 'kid', 'minor', 'infant', 'baby'],
  hostage: ['hostage', 'captive', 'abductee'],
  prisoner: ['prisoner', 'detainee', 'inmate'],
  soldier: ['soldier', 'troop', 'fighter', 'militant', 'servicemember'],
  rescuer: ['rescuer', 'firefighter', 'responder', 'paramedic', 'personnel'],
  patient: ['patient'],
  passenger: ['passenger', 'traveler', 'traveller'],
  student: ['student', 'pupil'],
  refugee: ['refugee', 'asylum seeker', 'evacuee'],
  home: ['home', 'house', 'residence', 'dwelling', 'apartment'],
  building: ['building', 'structure', 'property', 'business', 'shop'],
  case: ['case', 'infection'],
  death: ['death', 'fatality', 'casualty', 'victim', 'body'],
  dose: ['dose', 'vaccine', 'jab', 'shot'],
  aircraft: ['aircraft', 'plane', 'airplane', 'jet', 'jetliner', 'airliner'],
  vehicle: ['vehicle', 'car', 'truck', 'bus'],
  flight: ['flight'],
  visa: ['visa', 'permit'],
  incentive: ['incentive', 'tax break', 'tax credit', 'tax refund', 'tax abatement', 'subsidy', 'grant'],
  layoff: ['layoff', 'job cut', 'redundancy'],
};

/**
 * Nouns that carry their own state: "deaths" are people killed, "layoffs" people laid off. A
 * count of them is the count of that class in that state.
 */
export const STATE_NOUNS: Readonly<Record<string, { readonly counted: string; readonly state: string }>> = {
  death: { counted: 'people', state: 'killed' },
  fatality: { counted: 'people', state: 'killed' },
  casualty: { counted: 'people', state: 'killed' },
  victim: { counted: 'people', state: 'killed' },
  body: { counted: 'people', state: 'killed' },
  // Adjectives used as nouns in headlines: "85 Confirmed Dead", "12 Injured".
  dead: { counted: 'people', state: 'killed' },
  injured: { counted: 'people', state: 'injured' },
  wounded: { counted: 'people', state: 'injured' },
  missing: { counted: 'people', state: 'missing' },
  layoff: { counted: 'people', state: 'laid off' },
  'job cut': { counted: 'people', state: 'laid off' },
  redundancy: { counted: 'people', state: 'laid off' },
  injury: { counted: 'people', state: 'injured' },
  evacuee: { counted: 'people', state: 'evacuated' },
};

/**
 * Noun modifiers that make a compound a different class: "rescue workers" are rescuers, not the
 * workers rescued; "aid workers" and "health workers" are responders.
 */
export const ROLE_COMPOUNDS: Readonly<Record<string, string>> = {
  rescue: 'rescuer',
  relief: 'rescuer',
  aid: 'rescuer',
  emergency: 'rescuer',
  health: 'rescuer',
  medical: 'rescuer',
  search: 'rescuer',
  security: 'soldier',
  police: 'soldier',
  fire: 'rescuer',
};

/**
 * Modifiers that narrow what is counted: "no illegal workers" is not "no workers"; "ten more
 * victims" is an increment, not the toll. A narrower measure is its own series.
 */
export const NARROWING: readonly string[] = [
  'illegal',
  'undocumented',
  'unregistered',
  'new',
  'newly',
  'additional',
  'more',
  'other',
  'further',
  'extra',
  'another',
];

/**
 * Modifiers that name a definition ("suspected", "confirmed"): shown with the figure; figures
 * under different definitions are not held against each other.
 */
export const DEFINITIONS: readonly string[] = ['suspected', 'confirmed', 'probable', 'reported', 'estimated'];

/** Nouns of a fire: "a 151,272-acre blaze" is the area it has burned. */
export const FIRE_NOUNS: readonly string[] = ['fire', 'wildfire', 'blaze', 'bushfire', 'inferno'];

/** Counted nouns that measure land (a unit, not a thing counted). */
export const AREA_UNITS: readonly string[] = [
  'acre',
  'hectare',
  'square mile',
  'square kilometre',
  'square kilometer',
];

/**
 * Nouns that hold a count without being what is counted, as the subject of a figure with no
 * counted noun of its own: "the death toll rose to 85" counts deaths, "the list swelled to 1,200"
 * counts names. Null: the noun says nothing of what it counts ("the total reached 12").
 */
export const COUNT_HOLDERS: Readonly<Record<string, string | null>> = {
  toll: 'deaths',
  'death toll': 'deaths',
  list: 'names',
  roster: 'names',
  register: 'names',
  number: null,
  count: null,
  total: null,
  tally: null,
  figure: null,
  level: null,
  rate: null,
  amount: null,
};

/**
 * Verbs (lemmas) that give their subject's count as the figure after them: "deaths now stand at
 * 570", "the number of cases has reached 16,700". Verbs of saying are not among them: in "police
 * said 12" the police are not what is counted.
 */
export const LEVEL_VERBS: readonly string[] = [
  'be',
  'rise',
  'climb',
  'jump',
  'reach',
  'stand',
  'swell',
  'grow',
  'increase',
  'hit',
  'top',
  'surge',
  'soar',
  'fall',
  'drop',
  'decline',
  'dip',
  'mount',
  'total',
  'exceed',
  'pass',
  'surpass',
  'double',
  'balloon',
  'edge',
  'creep',
];
