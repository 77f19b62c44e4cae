import { message } from '../model/index.js';
import type { ArticleInput, InputFormat, Message } from '../model/index.js';

export const STAGE = 'ingest';

/**
 * A message from the readers, about one source.
 *
 * @example ingestMessage('warning', 'a.jsonl:3', 'json-no-text', 'no text field')
 */
export function ingestMessage(
  severity: Message['severity'],
  source: string,
  ruleId: string,
  reason: string,
): Message {
  return message(severity, reason, { ruleId, stage: STAGE, source });
}

/**
 * An input that could not be read: no body, one fatal message naming the problem. The pipeline
 * keeps it (so the batch reports it) but runs no stage on it.
 *
 * @example failedInput('empty.txt', 'empty-file', 'the file is empty (0 bytes)')
 */
export function failedInput(
  source: string,
  ruleId: string,
  reason: string,
  format: InputFormat = 'text',
): ArticleInput {
  return {
    kind: 'input',
    source,
    format,
    bodyFormat: 'text',
    body: '',
    meta: {},
    messages: [ingestMessage('fatal', source, ruleId, reason)],
  };
}
