import type { ConflictView, TimelineEntryView } from '../api.js';
import { shortDate } from '../format.js';
import { ClaimText, ModalityBadge, Provenance, SourceChain, TimeLabel } from './bits.js';

const CONFLICT_WORD: Readonly<Record<ConflictView['type'], string>> = {
  'values-differ': 'figures differ',
  'dated-differently': 'dated differently',
  'attributed-differently': 'credited differently',
  contradicted: 'contradicted',
  'commitment-unmet': 'commitment unmet',
};

/** An entry's conflicts grouped by kind, so that fifteen alike make one mark. */
function groupByType(
  ids: readonly string[],
  conflicts: ReadonlyMap<string, ConflictView>,
): [ConflictView['type'], string[]][] {
  const groups = new Map<ConflictView['type'], string[]>();
  for (const id of ids) {
    const type = conflicts.get(id)?.type ?? 'contradicted';
    groups.set(type, [...(groups.get(type) ?? []), id]);
  }
  return [...groups];
}

/**
 * One timeline entry: when it refers to, what was claimed, by whom through whom, every outlet
 * that carried it (each a link to its sentence), the modality and its conflicts.
 */
export function TimelineCard(props: {
  readonly entry: TimelineEntryView;
  readonly conflicts: ReadonlyMap<string, ConflictView>;
  readonly onConflict: (id: string) => void;
}) {
  const { entry } = props;
  const first = entry.claims[0];
  return (
    <li
      class={`entry${entry.conflicts.length > 0 ? ' has-conflict' : ''}`}
      data-time={entry.time?.value ?? ''}
    >
      <div class="entry-head">
        <TimeLabel time={entry.time} />
        <ModalityBadge modality={entry.modality} />
        {groupByType(entry.conflicts, props.conflicts).map(([type, ids]) => (
          <button
            key={type}
            type="button"
            class="conflict-mark"
            title={ids.map((id) => props.conflicts.get(id)?.reason ?? id).join('\n')}
            onClick={() => props.onConflict(ids[0] ?? '')}
          >
            <span aria-hidden="true">⚠</span> {CONFLICT_WORD[type]}
            {ids.length > 1 ? ` ×${ids.length}` : ''}
          </button>
        ))}
      </div>
      <p class="entry-text">
        <ClaimText text={entry.text} />
      </p>
      {first && (
        <p class="entry-source">
          <SourceChain claim={first} />
        </p>
      )}
      <p class="entry-outlets">
        <span class="label">Reported by </span>
        {entry.claims.map((c, i) => (
          <span key={c.key}>
            {i > 0 && ', '}
            <Provenance claim={c} />
          </span>
        ))}
        {entry.claims.length > 1 && entry.firstReported.outlet && (
          <span class="first-reported">
            {' '}
            — first by {entry.firstReported.outlet} ({shortDate(entry.firstReported.published)})
          </span>
        )}
      </p>
    </li>
  );
}
