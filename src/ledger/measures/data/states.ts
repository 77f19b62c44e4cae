/**
 * What happened to what is counted: each state with the words (lower case, as written or as a
 * lemma; a phrase is several words) that say it near a figure. "36 labourers are trapped",
 * "41 trapped labourers", "killed 56", "29 dead", "the death toll has reached 29". A state is part
 * of a measure: the people killed and the people missing are two series.
 *
 * `aspect` says how the figure relates to time: a `stock` is a count at a time (people trapped),
 * `entering`/`leaving` a movement (workers sent home).
 */
export interface StateEntry {
  readonly cues: readonly string[];
  readonly aspect: 'stock' | 'entering' | 'leaving';
  /**
   * How its count moves: `cumulative` only grows as an event goes on (the killed, the cases), so a
   * later figure below an earlier one is a revision; `fixed` describes one past event's
   * participants (the people trapped by a collapse, the jobs a deal saves), so any change is a
   * revision; `current` may go either way (the missing, the employed).
   */
  readonly moves: 'cumulative' | 'fixed' | 'current';
  /** Set for a state said only of a length or an area (metres of rubble cleared), never of a count. */
  readonly lengthOnly?: true;
  /**
   * Set for a state that picks out some of the things (the jets a fault was found on): never taken
   * by a figure that does not say it ("United has 79 jets" is its fleet).
   */
  readonly subset?: true;
}

export const STATES: Readonly<Record<string, StateEntry>> = {
  killed: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: [
      'kill',
      'killed',
      'die',
      'died',
      'dead',
      'death toll',
      'toll',
      'perish',
      'perished',
      'lost their lives',
      'lose their lives',
      'fatal',
    ],
  },
  missing: {
    moves: 'current',
    aspect: 'stock',
    cues: ['missing', 'unaccounted', 'unaccounted for', 'disappeared', 'remain unaccounted'],
  },
  injured: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['injure', 'injured', 'wound', 'wounded', 'hurt', 'hospitalised', 'hospitalized'],
  },
  trapped: { moves: 'fixed', aspect: 'stock', cues: ['trap', 'trapped', 'stuck', 'buried', 'stranded'] },
  rescued: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['rescue', 'rescued', 'brought out', 'pulled out', 'pulled from', 'saved alive'],
  },
  'accounted for': {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['accounted for', 'found safe', 'turned up', 'located'],
  },
  // "43 victims have been positively identified": the named dead, not the toll.
  identified: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['identify', 'identified', 'named'],
  },
  evacuated: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['evacuate', 'evacuated', 'displace', 'displaced', 'flee', 'fled'],
  },
  'on strike': {
    moves: 'current',
    aspect: 'stock',
    cues: ['striking', 'strikers', 'walk out', 'walked out', 'on strike', 'went on strike'],
  },
  'laid off': {
    moves: 'cumulative',
    aspect: 'stock',
    cues: [
      'lay off',
      'laid off',
      'layoff',
      'lose their jobs',
      'lost their jobs',
      'lose employment',
      'lost employment',
      'out of a job',
      'terminate',
      'terminated',
      'cut',
      'eliminate',
      'eliminated',
    ],
  },
  saved: {
    moves: 'fixed',
    aspect: 'stock',
    cues: [
      'save',
      'saved',
      'keep',
      'kept',
      'retain',
      'retained',
      'protect',
      'protected',
      'preserve',
      'preserved',
    ],
  },
  employed: {
    moves: 'current',
    aspect: 'stock',
    cues: ['employ', 'employed', 'employment', 'work', 'working', 'earning', 'hire', 'hired'],
  },
  released: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['release', 'released', 'freed', 'set free', 'handed over'],
  },
  detained: {
    moves: 'current',
    aspect: 'stock',
    cues: [
      'detain',
      'detained',
      'arrest',
      'arrested',
      'held',
      'abduct',
      'abducted',
      'kidnap',
      'kidnapped',
      'taken hostage',
      'taken captive',
      'capture',
      'captured',
      'seized',
    ],
  },
  destroyed: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: [
      'destroy',
      'destroyed',
      'burn',
      'burned',
      'burnt',
      'raze',
      'razed',
      'levelled',
      'leveled',
      'consume',
      'consumed',
      'scorch',
      'scorched',
      'laid waste',
      'laying waste',
      'lay waste',
      'damage',
      'damaged',
    ],
  },
  infected: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['infect', 'infected', 'test positive', 'tested positive', 'sick', 'ill'],
  },
  vaccinated: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['vaccinate', 'vaccinated', 'inoculate', 'inoculated', 'immunise', 'immunize'],
  },
  delivered: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['deliver', 'delivered', 'receive', 'received', 'ship', 'shipped', 'donate', 'donated'],
  },
  // A promise of things is not their delivery: "pledged 50,000 doses", "agreed to send 3.5 million".
  pledged: {
    moves: 'cumulative',
    aspect: 'stock',
    cues: ['pledge', 'pledged', 'promise', 'promised', 'to send', 'to donate', 'to provide'],
  },
  grounded: {
    moves: 'current',
    aspect: 'stock',
    cues: ['grounded', 'grounding', 'pulled from service', 'taken out of service'],
  },
  contained: { moves: 'current', aspect: 'stock', cues: ['contain', 'contained', 'containment'] },
  // "loose bolts were found on at least five aircraft": the things a fault was found on (read only
  // with "on" or "in" right before the figure: `readState`).
  found: { moves: 'cumulative', aspect: 'stock', subset: true, cues: ['found', 'discovered', 'detected'] },
  // "20 metres of slab has been removed", "35 metres is yet to be cleared": the way dug through.
  cleared: {
    moves: 'cumulative',
    aspect: 'stock',
    lengthOnly: true,
    cues: ['clear', 'cleared', 'excavate', 'excavated', 'drill', 'drilled', 'dig', 'dug', 'bore', 'bored'],
  },
  entering: {
    moves: 'current',
    aspect: 'entering',
    cues: [
      'enter',
      'entering',
      'entered',
      'arrive',
      'arrives',
      'arriving',
      'arrived',
      'redeploy',
      'dispatched',
      'sent to',
      'cross into',
      'crossed into',
      'brought in',
      'come in',
    ],
  },
  leaving: {
    moves: 'current',
    aspect: 'leaving',
    cues: [
      'leave',
      'leaving',
      'left',
      'return',
      'returned',
      'returning',
      'repatriate',
      'repatriated',
      'repatriation',
      'send home',
      'sent home',
      'sent back',
      'send back',
      'deport',
      'deported',
      'expel',
      'expelled',
      'streaming out',
      'flock home',
      'go home',
      'went home',
      'moving to',
      'move to',
      'moved to',
      'relocate',
      'relocated',
      'going away',
      'flight home',
      'flights home',
      'fly home',
      'flew home',
      'flown home',
      'flying home',
      // "800 of those jobs had been slated for Mexico": bound somewhere else.
      'slated for',
      'bound for',
      'destined for',
      'headed for',
      'earmarked for',
    ],
  },
};

/**
 * Cue words that are also common nouns, and say a state only as verbs: "this ship had sailed"
 * ships nothing, "as that work moves to Mexico" employs no one.
 */
export const VERB_ONLY_CUES: readonly string[] = ['ship', 'work'];

/**
 * Verbs that move what they count elsewhere when a destination follows ("send 1,400 jobs from
 * Indianapolis to Mexico", "move 600 jobs to Mexico"): the figure is leaving where it was.
 */
export const MOVE_VERBS: readonly string[] = ['send', 'move', 'shift', 'transfer', 'relocate', 'outsource'];

/**
 * Words that say a figure is what is left ("More than 1,100 jobs remain at the facility", "the
 * remaining ones, some 1,000 people"): the stock itself, in no state of its own, so that no other
 * word of the clause ("the cuts") gives it one; a state said after them is theirs ("249 names
 * remain on a list of missing individuals"). Not a state of `STATES`: what remains is counted
 * with the rest of its stock.
 */
export const REMAIN_CUES: readonly string[] = ['remain', 'remains', 'remained', 'remaining', 'left behind'];

/**
 * Words that make a figure a sighting at one place ("hundreds spotted at the airport"): what was
 * seen there, not the number in the country.
 */
export const SIGHTING_CUES: readonly string[] = [
  'spot',
  'spotted',
  'seen',
  'saw',
  'observe',
  'observed',
  'witness',
  'witnessed',
  'photograph',
  'photographed',
  'queue',
  'queued',
  'gathered',
];

/** Place nouns that make "at X" a facility a sighting happens at, not a country or region. */
export const FACILITIES: readonly string[] = [
  'airport',
  'station',
  'port',
  'border crossing',
  'checkpoint',
  'terminal',
  'harbour',
  'harbor',
  'crossing',
  'gate',
];

/** Other names of a region of `REGIONS`: "across the African continent" is Africa. */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  'african continent': 'africa',
  'asian continent': 'asia',
  'european continent': 'europe',
  'south american continent': 'south america',
  'north american continent': 'north america',
};

/** Regions that are not countries: a figure for a continent is not a figure for one of its countries. */
export const REGIONS: readonly string[] = [
  'africa',
  'asia',
  'europe',
  'latin america',
  'south america',
  'north america',
  'the middle east',
  'middle east',
  'the world',
  'worldwide',
  'globally',
  'abroad',
  'overseas',
  'the region',
  'the continent',
  'sub-saharan africa',
  'east africa',
  'west africa',
  'central africa',
  'southeast asia',
];
