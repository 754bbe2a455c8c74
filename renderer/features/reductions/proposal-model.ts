import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { addDays, addMonths, daysBetween } from '../../../shared/domain/dates';

export type ReviewDetail = MethodOutput<'reductions.get'>;
export type Proposal = ReviewDetail['proposals'][number];
export type Review = ReviewDetail['review'];

/** Months typed for a proposal, kept inside the range the law allows it. */
export function clampMonths(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** What reductions.updateProposal takes after one change; an exemption carries no months. */
export function proposalUpdate(
  p: Proposal,
  change: { included?: boolean; monthsProposed?: number; note?: string },
): MethodInput<'reductions.updateProposal'> {
  const input: MethodInput<'reductions.updateProposal'> = {
    proposalId: p.id,
    included: change.included ?? p.included,
    note: change.note ?? p.note ?? '',
  };
  if (p.kind === 'reduction') input.monthsProposed = change.monthsProposed ?? p.monthsProposed;
  return input;
}

/** The proposals that go on the printed list and to the court: those included, in the review's order. */
export const includedProposals = (proposals: readonly Proposal[]) => proposals.filter((p) => p.included);

/** An included proposal of an approved review still waiting for the court. */
export const awaitsDecision = (review: Review, p: Proposal) => review.status === 'approved' && p.included && p.decision === null;

/**
 * Time served by the review day, as whole months and days. From the half-term date when known (it already leaves
 * out escapes and counts the days held while the file was prepared, and no reduction moves it); otherwise the term
 * less what remains until the release date, with a reduction granted in this review added back. Null without a term.
 */
export function servedOn(
  p: Pick<Proposal, 'admittedOn' | 'termMonths' | 'releaseDate' | 'eligibility' | 'decision'>,
  on: string,
): { months: number; days: number } | null {
  if (p.termMonths === null) return null;
  const termDays = daysBetween(p.admittedOn, addMonths(p.admittedOn, p.termMonths));
  let served: number;
  if (p.eligibility?.halfTermDate) {
    served = Math.floor(termDays / 2) + daysBetween(p.eligibility.halfTermDate, on);
  } else if (p.releaseDate !== null) {
    const granted = p.decision?.outcome === 'granted' ? (p.decision.monthsGranted ?? 0) : 0;
    served = termDays - daysBetween(on, addMonths(p.releaseDate, granted));
  } else {
    return null;
  }
  const end = addDays(p.admittedOn, Math.max(0, Math.min(termDays, served)));
  let months = 0;
  while (addMonths(p.admittedOn, months + 1) <= end) months++;
  return { months, days: daysBetween(addMonths(p.admittedOn, months), end) };
}
