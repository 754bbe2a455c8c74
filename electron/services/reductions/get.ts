import type { MethodOutput } from '../../../shared/contract';
import type { Ctx } from '../../router/types';
import { stayEligibility } from '../ratings/eligibility';
import { ratingScale } from '../ratings/scale';
import { canReadHealth, groundsOf, healthGrounds } from '../ratings/grounds';
import { stayFacts } from '../ratings/stay';
import { proposalColumns, proposalRange, type ProposalRow } from './proposal';
import { reviewById } from './review';

const maskedGrounds = 'Căn cứ miễn chấp hành là thông tin y tế: chỉ Tổ Y tế và Trưởng Cơ sở xem được.';

/** A review with its proposals in name order, each with the facts it rests on judged on the review day. */
export function getReview(ctx: Ctx, reviewId: number): MethodOutput<'reductions.get'> {
  const { sqlite } = ctx;
  const review = reviewById(sqlite, reviewId);
  const rows = sqlite
    .prepare(
      `SELECT ${proposalColumns}, per.full_name AS fullName, s.file_number AS fileNumber, per.birth_year AS birthYear,
              s.admitted_on AS admittedOn, s.term_months AS termMonths, s.expected_release AS releaseDate
       FROM reduction_proposals p JOIN stays s ON s.id = p.stay_id JOIN persons per ON per.id = s.person_id
       WHERE p.review_id = ? ORDER BY per.name_sort_key, s.id`,
    )
    .all(reviewId) as (ProposalRow & { fullName: string; fileNumber: string; birthYear: number | null; admittedOn: string; termMonths: number | null; releaseDate: string | null })[];
  const health = canReadHealth(ctx);
  const proposals = rows.map(({ outcome, decisionNumber, decidedOn, monthsGranted, ...p }) => {
    const range = proposalRange(sqlite, p, review.reviewOn);
    // The exemption text names the illness or pregnancy: hidden from roles without health.read.
    const hidden = p.kind === 'exemption' && !health && groundsOf(sqlite, p.stayId, review.reviewOn).some((g) => healthGrounds.includes(g.ground));
    return {
      ...p,
      grounds: hidden ? maskedGrounds : p.grounds,
      merit: range.merit,
      included: p.included === 1,
      monthsMin: range.min,
      monthsMax: range.max,
      eligibility: stayEligibility(sqlite, stayFacts(sqlite, p.stayId), review.reviewOn),
      decision: outcome && decisionNumber && decidedOn ? { outcome, decisionNumber, decidedOn, monthsGranted } : null,
    };
  });
  return { review, proposals, scale: ratingScale(sqlite) };
}
