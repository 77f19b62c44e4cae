import type { SearchHit } from '../views.js';

/**
 * Splits a snippet whose matches are wrapped in `open`/`close` into plain segments, so that no
 * markup ever travels to a client: a UI shows `match` segments highlighted, as text.
 *
 * @example snippetSegments('a [b] c', '[', ']') // [{text:'a ',match:false},{text:'b',match:true},{text:' c',match:false}]
 */
export function snippetSegments(snippet: string, open: string, close: string): SearchHit['snippet'] {
  const out: { text: string; match: boolean }[] = [];
  let match = false;
  let text = '';
  for (const ch of snippet) {
    if (ch === open || ch === close) {
      if (text) out.push({ text, match });
      text = '';
      match = ch === open;
    } else text += ch;
  }
  if (text) out.push({ text, match });
  return out;
}
