import { useEffect, useRef } from 'preact/hooks';
import type { ConflictView } from '../api.js';
import { ClaimText, ModalityBadge, Provenance, SourceChain, TimeLabel } from './bits.js';

const TYPE_LABEL: Readonly<Record<ConflictView['type'], string>> = {
  'values-differ': 'Figures differ',
  'dated-differently': 'Dated differently',
  contradicted: 'Contradicted',
  'commitment-unmet': 'Commitment against later reports',
};

/** One conflict as a disclosure: its kind and reason, then each claim with a link to its sentence. */
export function ConflictItem(props: {
  readonly conflict: ConflictView;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
}) {
  const { conflict } = props;
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (props.open && ref.current) {
      ref.current.scrollIntoView({ block: 'nearest' });
      ref.current.querySelector('summary')?.focus();
    }
  }, [props.open]);
  return (
    <details
      ref={ref}
      class={`conflict type-${conflict.type}`}
      id={`conflict-${conflict.id}`}
      open={props.open}
      onToggle={(e) => props.onToggle(e.currentTarget.open)}
    >
      <summary>
        <span class="conflict-type">{TYPE_LABEL[conflict.type]}</span>{' '}
        <span class="conflict-reason">{conflict.reason}</span>
      </summary>
      <ol class="conflict-claims">
        {conflict.claims.map((c) => (
          <li key={c.key}>
            <div class="entry-head">
              <TimeLabel time={c.times.refers} />
              <ModalityBadge modality={c.modality} />
            </div>
            <p class="entry-text">
              <ClaimText text={c.text} />
            </p>
            <p class="entry-source">
              <SourceChain claim={c} /> · <Provenance claim={c} />
            </p>
          </li>
        ))}
      </ol>
      <p class="rule">rule: {conflict.rule}</p>
    </details>
  );
}

/** The conflicts of a page, one disclosure each; `openId` is the one opened from a timeline mark. */
export function ConflictsPanel(props: {
  readonly conflicts: readonly ConflictView[];
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}) {
  if (props.conflicts.length === 0) return <p class="empty">No conflicts found.</p>;
  return (
    <ul class="conflicts">
      {props.conflicts.map((c) => (
        <li key={c.id}>
          <ConflictItem
            conflict={c}
            open={props.openId === c.id}
            onToggle={(open) => {
              if (open && props.openId !== c.id) props.onOpen(c.id);
              if (!open && props.openId === c.id) props.onOpen(null);
            }}
          />
        </li>
      ))}
    </ul>
  );
}
