import { useEffect, useRef, useState } from 'preact/hooks';
import { postJson } from '../api.js';
import type { ConflictView } from '../api.js';
import { decisionLabel } from '../format.js';
import { ClaimText, ModalityBadge, NoteInput, Provenance, SourceChain, TimeLabel } from './bits.js';

const TYPE_LABEL: Readonly<Record<ConflictView['type'], string>> = {
  'values-differ': 'Figures differ',
  'dated-differently': 'Dated differently',
  'attributed-differently': 'Credited differently',
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
      <Verdict conflict={conflict} />
    </details>
  );
}

/** The user's verdict on a conflict: shown when given, and two buttons (with a note) to give one. */
function Verdict(props: { readonly conflict: ConflictView }) {
  const [decision, setDecision] = useState(props.conflict.decision);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const judge = async (verdict: 'wrong' | 'confirmed') => {
    setBusy(true);
    setProblem(null);
    try {
      const body = note.trim() ? { verdict, note: note.trim() } : { verdict };
      const judged = await postJson<ConflictView>(`/api/conflicts/${props.conflict.id}/decision`, body);
      setDecision(judged.decision);
      setNote('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const label = decisionLabel(decision);
  return (
    <div class="verdict">
      {label ? <p class={`decision decision-${decision?.verdict ?? ''}`}>{label}</p> : null}
      <NoteInput value={note} onInput={setNote} />{' '}
      <button type="button" disabled={busy} onClick={() => void judge('wrong')}>
        Mark wrong
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => void judge('confirmed')}>
        Confirm
      </button>
      {problem ? <p class="error">{problem}</p> : null}
    </div>
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
