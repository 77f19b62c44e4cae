import type { TimeRef } from '../../model/index.js';

/**
 * The words of a time reference the publication date could not resolve ("XXXX-WXX-3" for
 * "Wednesday" in an undated article), as an analyst should read it; null for a resolved value.
 *
 * @example unresolvedLabel({ value: 'XXXX-WXX-3', text: 'Wednesday', how: 'explicit' }) // '“Wednesday” (date unknown)'
 */
export function unresolvedLabel(ref: TimeRef): string | null {
  if (!ref.value.startsWith('X')) return null;
  return ref.text ? `“${ref.text}” (date unknown)` : 'date unknown';
}
