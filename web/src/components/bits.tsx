import type { Modality, TimeRef } from '../../../src/engine/views.js';
import type { ClaimBrief, ClaimView } from '../api.js';
import { granularityOf, provenanceLabel, quoteParts, sourceChain, timeHow } from '../format.js';
import { claimHref } from '../router.js';

const MODALITY_HELP: Readonly<Record<Modality, string>> = {
  asserted: 'stated as fact',
  planned: 'a plan, promise or commitment',
  hedged: 'uncertain, hedged',
  denied: 'denied or negated',
};

export function ModalityBadge(props: { readonly modality: Modality }) {
  return (
    <span class={`badge modality-${props.modality}`} title={MODALITY_HELP[props.modality]}>
      {props.modality}
    </span>
  );
}

/** A time with its granularity: "2019-12-23 · day"; unknown times say so. */
export function TimeLabel(props: { readonly time: TimeRef | null; readonly prefix?: string }) {
  const { time } = props;
  if (!time) return <span class="time unknown">time unknown</span>;
  return (
    <span class="time" title={timeHow(time)}>
      {props.prefix}
      <time>{time.value}</time> <span class="granularity">{granularityOf(time.value)}</span>
    </span>
  );
}

/** A claim's text with its quoted words set as quotes. */
export function ClaimText(props: { readonly text: string }) {
  return (
    <>
      {quoteParts(props.text).map((p, i) =>
        p.quoted ? <q key={i}>{p.text}</q> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

/**
 * Who a claim comes from, outermost first: the outlet, the carriers, the speaker
 * ("UPI › RIA Novosti › Maxim Topilin"); an outlet in its own voice stands alone, and a speaker
 * in an article that names no outlet, site or title stands alone too.
 */
export function SourceChain(props: { readonly claim: ClaimBrief }) {
  const { claim } = props;
  const chain = sourceChain(claim);
  const speaker = claim.speaker?.name ?? null;
  return (
    <span class="chain" aria-label="source chain, outermost first">
      {chain.map((name, i) => (
        <span key={i} class="carrier">
          {name}
          <span class="sep" aria-hidden="true">
            {' › '}
          </span>
        </span>
      ))}
      {speaker ? <span class="speaker">{speaker}</span> : <span class="speaker own">(in its own voice)</span>}
    </span>
  );
}

/** Where a claim was published, linking to its sentence in the article. */
export function Provenance(props: { readonly claim: ClaimView }) {
  const { claim } = props;
  return (
    <a class="provenance" href={claimHref(claim)}>
      {provenanceLabel(claim)}
    </a>
  );
}

/** The optional note a user keeps with a decision (a verdict, a correction): at most 2,000 characters. */
export function NoteInput(props: { readonly value: string; readonly onInput: (value: string) => void }) {
  return (
    <label>
      Note{' '}
      <input
        type="text"
        maxLength={2000}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        placeholder="why (optional)"
      />
    </label>
  );
}
