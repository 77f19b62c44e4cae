import type { Article, Claim } from '../../model/index.js';
import { claimsFromAttributions } from './01-attributed.js';
import { claimsInOwnVoice } from './02-own-voice.js';
import { datedEvents } from './03-dated-events.js';
import type { ModalityDetector } from './modality.js';

/** What a pass reads: the article and the stage's configured modality detector. */
export interface PassContext {
  readonly article: Article;
  readonly detect: ModalityDetector;
}

/**
 * One pass of the claims stage: the claims of one kind, numbered on from `first` (the stage
 * renumbers them all in text order at the end). `ownVoice` passes run only when the stage is
 * configured to make claims the article states in its own voice.
 */
export interface Pass {
  readonly name: string;
  readonly ownVoice: boolean;
  readonly run: (context: PassContext, first: number) => Claim[];
}

/**
 * The claims stage's passes, in the order they run: the one list (each numbered file holds its
 * pass and its helpers).
 */
export const PASSES: readonly Pass[] = Object.freeze([
  {
    name: 'attributed',
    ownVoice: false,
    run: ({ article, detect }) => claimsFromAttributions(article, detect),
  },
  {
    name: 'own-voice',
    ownVoice: true,
    run: ({ article, detect }, first) => claimsInOwnVoice(article, detect, first),
  },
  { name: 'dated-events', ownVoice: true, run: ({ article }, first) => datedEvents(article, first) },
] satisfies Pass[]);
