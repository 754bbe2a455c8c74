import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { meritActsBy, stayEligibility } from '../ratings/eligibility';
import { groundsOf } from '../ratings/grounds';
import { ratingScale } from '../ratings/scale';
import { stayFacts } from '../ratings/stay';
import { exemptionText, reductionText } from './grounds-text';

/**
 * Drafts a review as of a day: an exemption for every compulsory stay in the facility with a ground recorded,
 * else a reduction (the smallest months of its range) for every stay eligible that day. A stay already proposed
 * on another review that the court has not decided yet is left out, so no one is proposed twice.
 */
export function draftReview(ctx: Ctx, input: { reviewOn: string; title?: string | undefined }): { reviewId: number; proposed: number } {
  const { sqlite } = ctx;
  if (input.reviewOn > ctx.today()) {
    throw new AppError('invalid_input', `Ngày xét ${formatDateVN(input.reviewOn)} chưa đến.`, { field: 'reviewOn' });
  }
  const title = input.title?.trim() || `Đợt xét giảm, miễn ngày ${formatDateVN(input.reviewOn)}`;
  const reviewId = Number(
    sqlite
      .prepare("INSERT INTO reduction_reviews (title, review_on, status, drafted_by) VALUES (?, ?, 'draft', ?)")
      .run(title, input.reviewOn, ctx.user?.id ?? null).lastInsertRowid,
  );
  const candidates = sqlite
    .prepare(
      `SELECT s.id FROM stays s
       WHERE s.kind IN ('compulsory_adult', 'compulsory_minor') AND s.state != 'discharged' AND s.admitted_on <= ?
         AND NOT EXISTS (SELECT 1 FROM reduction_proposals p
                         WHERE p.stay_id = s.id AND p.included = 1 AND p.outcome IS NULL)
       ORDER BY s.id`,
    )
    .all(input.reviewOn) as { id: number }[];
  const scale = ratingScale(sqlite);
  const insert = sqlite.prepare(
    'INSERT INTO reduction_proposals (review_id, stay_id, kind, months_proposed, grounds, merit) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let proposed = 0;
  for (const { id } of candidates) {
    const grounds = groundsOf(sqlite, id, input.reviewOn);
    if (grounds.length > 0) {
      insert.run(reviewId, id, 'exemption', 0, exemptionText(grounds), 0);
      proposed++;
      continue;
    }
    const eligibility = stayEligibility(sqlite, stayFacts(sqlite, id), input.reviewOn);
    if (!eligibility?.eligible) continue;
    const merits = meritActsBy(sqlite, id, input.reviewOn);
    insert.run(reviewId, id, 'reduction', eligibility.monthsMin, reductionText(eligibility, scale, merits), eligibility.merit ? 1 : 0);
    proposed++;
  }
  ctx.audit({ entity: 'reduction_review', entityId: reviewId, after: { title, reviewOn: input.reviewOn, status: 'draft', proposed } });
  return { reviewId, proposed };
}
