import type Database from 'better-sqlite3';
import { reductionRange } from '../../../shared/domain/reduction-eligibility';
import { AppError } from '../../../shared/errors';
import { meritActsBy } from '../ratings/eligibility';
import { legal } from '../settings/legal';

export interface ProposalRow {
  id: number;
  reviewId: number;
  stayId: number;
  kind: 'reduction' | 'exemption';
  monthsProposed: number;
  grounds: string;
  merit: number;
  included: number;
  note: string | null;
  outcome: 'granted' | 'refused' | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  monthsGranted: number | null;
  termAdjustmentId: number | null;
}

export const proposalColumns = `p.id, p.review_id AS reviewId, p.stay_id AS stayId, p.kind, p.months_proposed AS monthsProposed,
  p.grounds, p.merit, p.included, p.note, p.outcome, p.decision_number AS decisionNumber, p.decided_on AS decidedOn,
  p.months_granted AS monthsGranted, p.term_adjustment_id AS termAdjustmentId`;

export function proposalById(sqlite: Database.Database, proposalId: number): ProposalRow {
  const row = sqlite.prepare(`SELECT ${proposalColumns} FROM reduction_proposals p WHERE p.id = ?`).get(proposalId) as ProposalRow | undefined;
  if (!row) throw new AppError('not_found', 'Không tìm thấy đề nghị này.', { field: 'proposalId' });
  return row;
}

/**
 * The months a proposal may carry under the rules in force on the review day; an exemption carries none. A merit
 * act recorded after the draft (dated on or before the review day) widens the range at once.
 */
export function proposalRange(sqlite: Database.Database, p: Pick<ProposalRow, 'kind' | 'stayId'>, reviewOn: string) {
  const rules = legal(sqlite, 'reduction.rules', reviewOn);
  const merit = p.kind === 'reduction' && meritActsBy(sqlite, p.stayId, reviewOn).length > 0;
  const range = p.kind === 'exemption' ? { min: 0, max: 0 } : reductionRange(rules.value, merit);
  return { ...range, merit, citation: rules.citation };
}
