import type { LedgerClaim, SeriesPoint } from '../records.js';
import { interval } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { byReported, who } from './conflict.js';
import { shorten } from './dated.js';
import { familyMatch } from '../measures/family.js';
import { COMMITMENT_VERBS, UNIVERSAL_WORDS, UNMET_CUES } from './data/cues.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (list: readonly string[]) => new RegExp(`\\b(?:${list.map(escape).join('|')})\\b`, 'i');
const VERB = words(COMMITMENT_VERBS);
const UNIVERSAL = words(UNIVERSAL_WORDS);
const UNMET = words(UNMET_CUES);

/**
 * A commitment with a deadline against what later reports show: a planned claim to move all of
 * some people out ("repatriate all North Korean laborers by the end of 2019") against claims
 * about the same people that refer to a time after the deadline and show the goal unmet — a
 * positive head count still present, a share short of all ("almost all", "most"), or words of
 * non-completion ("remain", "stranded", "not possible to send all").
 */
export function commitmentsUnmet(
  claims: readonly LedgerClaim[],
  points: readonly SeriesPoint[],
  subjectOf: (c: LedgerClaim) => { family: string; words: RegExp } | null,
): Conflict[] {
  const out: Conflict[] = [];
  const pointsByClaim = new Map<string, SeriesPoint[]>();
  for (const p of points) pointsByClaim.set(p.claimKey, [...(pointsByClaim.get(p.claimKey) ?? []), p]);
  for (const plan of claims) {
    const deadline = plan.claim.deadline ? interval(plan.claim.deadline.value) : null;
    if (plan.claim.modality !== 'planned' || !deadline) continue;
    if (!VERB.test(plan.claim.text) || !UNIVERSAL.test(plan.claim.text)) continue;
    const subject = subjectOf(plan);
    if (!subject) continue;
    const after: { later: LedgerClaim; evidence: string }[] = [];
    for (const later of claims) {
      if (later === plan || later.claim.modality === 'planned') continue;
      const at = later.claim.times.refers ? interval(later.claim.times.refers.value) : null;
      if (!at || at.start < deadline.end) continue;
      const evidence = unmet(later, pointsByClaim.get(later.key) ?? [], subject);
      if (evidence) after.push({ later, evidence });
    }
    const [first, ...more] = after.sort((a, b) => byReported(a.later, b.later));
    if (!first) continue;
    // One conflict per commitment: the first report after the deadline in words, the others counted.
    const others = more.length ? ` (and ${more.length} later report${more.length > 1 ? 's' : ''})` : '';
    out.push({
      kind: 'conflict',
      type: 'commitment-unmet',
      reason:
        `${who(plan)} committed to “${shorten(plan.claim.text, 80)}” (deadline ${deadlineWords(plan)}); ` +
        `after it, ${who(first.later)}: ${first.evidence} — “${shorten(first.later.claim.text, 80)}”${others}`,
      claims: [plan.key, first.later.key, ...more.map((m) => m.later.key)],
      rule: `commitment-unmet:${first.evidence.split(' ')[0]}`,
    });
  }
  return out;
}

function unmet(
  c: LedgerClaim,
  points: readonly SeriesPoint[],
  subject: { family: string; words: RegExp },
): string | null {
  for (const p of points) {
    if (!familyMatch(p.family, subject.family)) continue;
    // "almost all" is a range reaching up to all but meant short of it: approximate below 1.
    const short = (p.max ?? p.value ?? 1) < 1 || (p.approximate && (p.min ?? p.value ?? 1) < 1);
    if (p.aspect === 'share' && short) return `only ${p.text} (short of all)`;
    if (p.aspect === 'stock' && (p.min ?? p.value ?? 0) > 0) return `${p.text} still there`;
  }
  const cue = UNMET.exec(c.claim.text);
  if (cue && subject.words.test(c.claim.text)) return `“${cue[0]}”`;
  return null;
}

/** "the end of 2019 = 2019-12-31" style: the words of the deadline and its value. */
function deadlineWords(plan: LedgerClaim): string {
  const d = plan.claim.deadline;
  if (!d) return 'unknown';
  return d.text && d.text !== d.value ? `“${d.text}”, ${d.value}` : d.value;
}
