import type { Annotation } from './span.js';
import type { SourceRef } from './attributions.js';
import type { TimeRef } from './times.js';

export type Modality = 'asserted' | 'planned' | 'hedged' | 'denied';

/**
 * The unit of the ledger: content, who it comes from and through whom, an optional quantity,
 * a modality and three times — when it was said, what time it refers to, when it was published
 * (each may be unknown). A commitment ("repatriate all ... by the end of 2019") keeps its deadline.
 */
export interface Claim extends Annotation<'claim'> {
  readonly id: string;
  readonly text: string;
  /** The attribution this claim comes from; absent when the article itself asserts it. */
  readonly attribution?: string;
  /** The speaker; null when the article's outlet asserts it in its own voice. */
  readonly source: SourceRef | null;
  /** Carriers from the outermost (the outlet that reported it) to the speaker. */
  readonly chain: readonly SourceRef[];
  readonly quantities: readonly string[];
  readonly modality: Modality;
  readonly times: {
    readonly said: TimeRef | null;
    readonly refers: TimeRef | null;
    readonly published: string | null;
  };
  readonly deadline?: TimeRef;
  /** Entity ids (within the article) the claim is about. */
  readonly about: readonly string[];
}
