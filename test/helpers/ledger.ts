import type { Claim, Modality, Quantity, TimeRef } from '../../src/model/index.js';
import type { LedgerClaim, MeasureParts, SeriesPoint } from '../../src/ledger/records.js';
import { measureFamily, measureKey } from '../../src/ledger/measures/measure.js';

export interface ClaimSpec {
  readonly key: string;
  readonly text: string;
  readonly speaker?: string | null;
  readonly outlet?: string;
  readonly published?: string;
  readonly article?: string;
  readonly mirrorGroup?: string;
  /** The publication date is only estimated from the story. */
  readonly estimated?: boolean;
  readonly refers?: string | null;
  readonly refersHow?: TimeRef['how'];
  readonly said?: string;
  readonly modality?: Modality;
  readonly deadline?: string;
  readonly terms?: readonly string[];
  readonly acts?: readonly string[];
  readonly quantities?: readonly Quantity[];
  readonly speakerCountry?: string;
  readonly places?: readonly string[];
}

/** A cross-article claim made by hand for ledger tests. */
export function ledgerClaim(spec: ClaimSpec): LedgerClaim {
  const article = spec.article ?? spec.key.split('/')[0] ?? 'a';
  const claim: Claim = {
    kind: 'claim',
    id: spec.key.split('/')[1] ?? 'c1',
    text: spec.text,
    span: { start: 0, end: spec.text.length },
    source: spec.speaker ? { name: spec.speaker, type: 'person', span: { start: 0, end: 1 } } : null,
    chain: [],
    quantities: (spec.quantities ?? []).map((q) => q.id),
    modality: spec.modality ?? 'asserted',
    times: {
      said: spec.said ? { value: spec.said, how: 'explicit' } : null,
      refers: spec.refers ? { value: spec.refers, how: spec.refersHow ?? 'explicit' } : null,
      published: spec.published ?? null,
    },
    ...(spec.deadline ? { deadline: { value: spec.deadline, how: 'explicit' as const } } : {}),
    about: [],
    stage: 'test',
    rule: 'test',
  };
  return {
    key: spec.key,
    article: {
      id: article,
      source: `${article}.txt`,
      outlet: spec.outlet ?? 'UPI',
      title: null,
      published: spec.published ?? null,
      precision: spec.published ? 'day' : null,
      ...(spec.estimated ? { estimated: true } : {}),
      mirrorGroup: spec.mirrorGroup ?? article,
    },
    claim,
    quantities: spec.quantities ?? [],
    speaker: spec.speaker ? spec.speaker.toLowerCase() : null,
    speakerName: spec.speaker ?? spec.outlet ?? 'UPI',
    speakerCountry: spec.speakerCountry ?? null,
    carriers: [],
    about: [],
    ...(spec.places ? { places: spec.places } : {}),
    terms: spec.terms ?? spec.text.toLowerCase().match(/[a-z0-9]+/g) ?? [],
    acts:
      spec.acts ??
      (spec.terms ?? spec.text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((t) => /^[a-z]{3,}$/.test(t)),
  };
}

/** North Korean workers in Russia: the parts of the default test measure. */
export const WORKERS_IN_RUSSIA: MeasureParts = {
  unit: 'count',
  counted: 'people',
  state: null,
  nationality: 'KP',
  place: 'RU',
  aspect: 'stock',
  narrowing: '',
};

/** A series point made by hand for ledger tests; `parts` sets the measure (its key follows). */
export function point(claimKey: string, spec: Partial<SeriesPoint> & { value?: number | null }): SeriesPoint {
  const parts = { ...WORKERS_IN_RUSSIA, ...(spec.aspect ? { aspect: spec.aspect } : {}), ...spec.parts };
  return {
    kind: 'point',
    measure: measureKey(parts),
    parts,
    label: 'North Korean workers in Russia',
    noun: 'workers',
    placeText: null,
    reasons: [],
    definition: null,
    family: measureFamily(parts),
    aspect: parts.aspect,
    vague: null,
    span: { start: 0, end: 1 },
    value: null,
    min: null,
    max: null,
    approximate: false,
    unit: 'count',
    time: null,
    timeIs: 'at',
    claimKey,
    quantityId: 'q1',
    text: String(spec.value ?? ''),
    rule: 'test',
    ...spec,
  };
}
