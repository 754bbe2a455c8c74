import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { reviewView } from '../../../shared/contract/reductions';
import { AppError } from '../../../shared/errors';

export type ReviewView = z.output<typeof reviewView>;

const reviewSelect = `
  SELECT r.id, r.title, r.review_on AS reviewOn, r.status, r.posting_from AS postingFrom, r.posting_to AS postingTo,
         d.full_name AS draftedBy, a.full_name AS approvedBy, r.approved_at AS approvedAt,
         (SELECT count(*) FROM reduction_proposals p WHERE p.review_id = r.id AND p.included = 1) AS included,
         (SELECT count(*) FROM reduction_proposals p WHERE p.review_id = r.id AND p.outcome IS NOT NULL) AS decided
  FROM reduction_reviews r LEFT JOIN users d ON d.id = r.drafted_by LEFT JOIN users a ON a.id = r.approved_by`;

export function allReviews(sqlite: Database.Database): ReviewView[] {
  return sqlite.prepare(`${reviewSelect} ORDER BY r.review_on DESC, r.id DESC`).all() as ReviewView[];
}

export function reviewById(sqlite: Database.Database, reviewId: number, field = 'reviewId'): ReviewView {
  const review = sqlite.prepare(`${reviewSelect} WHERE r.id = ?`).get(reviewId) as ReviewView | undefined;
  if (!review) throw new AppError('not_found', 'Không tìm thấy đợt xét này.', { field });
  return review;
}
