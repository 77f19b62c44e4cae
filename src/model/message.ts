import type { Span } from './span.js';

/**
 * A problem found in the content (never a programmer error): the batch goes on, and the
 * message says which file, which stage and which rule.
 *
 * - `fatal`: the article could not be read at all (empty, binary, too large); it is not stored.
 * - `error`: a part of the article was lost or is unreliable.
 * - `warning`: something a user should know (non-English text, no publication date).
 * - `info`: a note on how something was decided.
 */
export interface Message {
  readonly kind: 'message';
  readonly severity: 'fatal' | 'error' | 'warning' | 'info';
  readonly reason: string;
  readonly ruleId: string;
  readonly stage: string;
  readonly source: string;
  readonly span?: Span;
}

/**
 * Makes a message.
 *
 * @example message('warning', 'no publication date found', { ruleId: 'published-unknown', stage: 'metadata', source: 'a.txt' })
 */
export function message(
  severity: Message['severity'],
  reason: string,
  where: { ruleId: string; stage: string; source: string; span?: Span },
): Message {
  return { kind: 'message', severity, reason, ...where };
}

/** True when any message is fatal: the article could not be read. */
export function hasFatal(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'fatal');
}
