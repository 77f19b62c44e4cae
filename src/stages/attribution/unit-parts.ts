import type { CueCandidate } from './02-cues.js';
import type { CarrierDraft, CueWords, Unit } from './draft.js';
import type { Phrase } from './phrases.js';

/**
 * The cue words of a unit from a candidate, up to token `end` ("told reporters" ends after the
 * hearer).
 *
 * @example cueWords(candidate, hearer.end)
 */
export function cueWords(c: CueCandidate, end = c.end): CueWords {
  return {
    start: c.start,
    end,
    lemma: c.lemma,
    class: c.class,
    rule: c.rule,
    participle: c.participle,
    frames: c.frames,
  };
}

/**
 * Makes a unit as one literal (object spreads cost more than the rest of the pass).
 *
 * @example unit(c.start, end, 'bare', null, cueWords(c), [], [], sentence)
 */
export function unit(
  start: number,
  end: number,
  form: Unit['form'],
  source: Phrase | null,
  cue: CueWords,
  carriers: readonly CarrierDraft[],
  times: readonly number[],
  sentence: number,
): Unit {
  return { start, end, form, source, cue, carriers, times, sentence };
}
