import {
  EVENT_HEADS,
  EVENT_NEEDS_NAME,
  INSTRUMENT_HEADS,
  INSTRUMENT_PARTS,
  NUMBERED_ONLY,
} from './data/patterns.js';
import { addFound, claimedBy } from './types.js';
import type { Doc } from './types.js';

const NUMBER = /^(?:No\.?\s*)?\d[\d./-]*[A-Za-z]?$/;

/**
 * Legal instruments ("Resolution 2397", "UN Security Council Resolution 2397 Item 8") and named
 * events ("the Hanoi summit", "the Korean War"). An instrument takes in the organisation named
 * just before it; the organisation keeps its own mention inside.
 *
 * @example findInstruments(doc) // "Security Council Resolution 2397" → instrument
 */
export function findInstruments(doc: Doc): void {
  let next = 0;
  for (const i of doc.triggered.instruments) {
    if (i < next) continue;
    const w = doc.words[i] ?? '';
    if ((doc.sentence[i] ?? -1) < 0) continue;
    if (INSTRUMENT_HEADS.has(w) && (doc.cap[i] === 1 || NUMBER.test(doc.words[i + 1] ?? ''))) {
      let end = i + 1;
      if (NUMBER.test(doc.words[end] ?? '')) {
        end++;
        while (INSTRUMENT_PARTS.has(doc.words[end] ?? '') && NUMBER.test(doc.words[end + 1] ?? '')) end += 2;
      } else if (NUMBERED_ONLY.has(w)) continue;
      else if (!doc.cap[i - 1]) continue; // "Act" alone is no instrument; "Patriot Act" is.
      let first = i;
      // Take in the issuer or the name before the head ("Security Council", "Patriot").
      const before = claimedBy(doc, i - 1);
      if (before && before.type === 'organization') first = before.first;
      else
        while (
          first > 0 &&
          doc.cap[first - 1] === 1 &&
          doc.initial[first - 1] === 0 &&
          !claimedBy(doc, first - 1)
        )
          first--;
      addFound(
        doc,
        { first, end, type: 'instrument', form: 'name', rule: 'instrument-numbered', confidence: 0.9 },
        false,
      );
      for (let k = i; k < end; k++) if (doc.claimed[k] === 0) doc.claimed[k] = doc.found.length;
      next = end;
      continue;
    }
    if (EVENT_HEADS.has(w) && i > 0) findEvent(doc, i);
  }
}

/** "Hanoi summit", "Korean War": a head preceded by capitalised words or a place. */
function findEvent(doc: Doc, head: number): void {
  let first = head;
  while (first > 0 && doc.sentence[first - 1] === doc.sentence[head]) {
    const prev = first - 1;
    const by = claimedBy(doc, prev);
    if (by && (by.type === 'place' || by.type === 'nationality')) first = by.first;
    else if (doc.cap[prev] === 1 && !by && doc.initial[prev] === 0) first = prev;
    else if (/^\d{4}$/.test(doc.words[prev] ?? '') && first === head) first = prev;
    // "Trump-Kim summit": a hyphenated pair of names leads the event.
    else if (
      doc.words[prev] === '-' &&
      doc.spaced[prev] === 0 &&
      doc.spaced[first] === 0 &&
      doc.cap[prev - 1] === 1
    )
      first = prev - 1;
    else break;
  }
  const w = doc.words[head] ?? '';
  const named = first < head && (doc.cap[first] === 1 || /^\d{4}$/.test(doc.words[first] ?? ''));
  if (!named || (EVENT_NEEDS_NAME.has(w) && first === head)) return;
  if (doc.cap[head] === 0 && !EVENT_NEEDS_NAME.has(w)) return;
  addFound(
    doc,
    { first, end: head + 1, type: 'event', form: 'name', rule: 'event-head', confidence: 0.75 },
    false,
  );
  for (let k = first; k < head + 1; k++) if (doc.claimed[k] === 0) doc.claimed[k] = doc.found.length;
}
