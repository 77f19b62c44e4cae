import { eventMentions } from '../../../src/ledger/events/index.js';
import type { EventMention } from '../../../src/ledger/events/index.js';
import type { Timeline, TimelineRow } from '../timeline.js';
import type { TrackADocument } from './document.js';
import { targetSentences } from './select-events.js';
import type { SelectOptions } from './select-events.js';
import type { NameForm } from './target-names.js';

export interface BuildOptions extends SelectOptions {
  /** Days before the DCT within which a day named earlier in a document anchors later past events. */
  readonly inheritDays?: number;
}

interface Placed {
  readonly id: string;
  readonly anchor: string | null;
  readonly confidence: number;
  readonly order: number;
}

/**
 * A target entity's timeline from the Track A documents: the events of the sentences that refer
 * to it, each anchored (a time of its sentence, else the DCT for past and present events), grouped
 * by anchor into simultaneous lines, the lines ordered by anchor (a coarser date first: "2006"
 * before "2006-05-08"), and the unanchored events on ordinal 0. Within a line the most confident
 * event comes first, since the scorer links lines through their first events.
 *
 * @example buildTimeline('Boeing', forms, documents).rows[0] // { ordinal: 1, anchor: '2007-01-15', events: [...] }
 */
export function buildTimeline(
  entity: string,
  forms: readonly NameForm[],
  documents: readonly TrackADocument[],
  options: BuildOptions = {},
): Timeline {
  const placed: Placed[] = [];
  const eventOptions = options.inheritDays === undefined ? {} : { inheritDays: options.inheritDays };
  const seen = new Set<string>();
  for (const doc of documents) {
    const selected = targetSentences(doc, forms, options);
    for (const event of eventMentions(doc.article, eventOptions)) {
      if (!selected.accepts(event)) continue;
      const id = eventId(doc, event);
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      placed.push({
        id,
        anchor: anchorValue(event),
        confidence: selected.confidence(event),
        order: placed.length,
      });
    }
  }
  const byAnchor = new Map<string, Placed[]>();
  const unanchored: Placed[] = [];
  for (const p of placed) {
    if (p.anchor === null) {
      unanchored.push(p);
      continue;
    }
    const list = byAnchor.get(p.anchor) ?? [];
    list.push(p);
    byAnchor.set(p.anchor, list);
  }
  const rank = (a: Placed, b: Placed) => b.confidence - a.confidence || a.order - b.order;
  const rows: TimelineRow[] = [];
  if (options.unanchored !== 'drop') {
    for (const p of unanchored) rows.push({ ordinal: 0, anchor: 'XXXX-XX-XX', events: [p.id] });
  }
  [...byAnchor.keys()].sort().forEach((anchor, i) => {
    for (const p of (byAnchor.get(anchor) ?? []).sort(rank))
      rows.push({ ordinal: i + 1, anchor, events: [p.id] });
  });
  return { entity, rows };
}

/** `<doc_id>-<sentence>-<token>` from the CAT token under the predicate. */
function eventId(doc: TrackADocument, event: EventMention): string | null {
  const token = doc.catTokenAt(event.span.start);
  return token ? `${doc.cat.id}-${token.sentence}-${token.text}` : null;
}

/** The anchor at day precision at most (`2006-03-28T10:00` → `2006-03-28`); null for non-dates. */
function anchorValue(event: EventMention): string | null {
  const value = event.anchor?.value ?? '';
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value);
  return m ? m[0] : null;
}
