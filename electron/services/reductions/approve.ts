import { addDays, addWorkingDays, formatDateVN, vnDate } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { legal, settingValue } from '../settings/legal';
import { reviewById } from './review';

/**
 * The head approves a draft, which freezes it. The list is posted from the approval day (the next working day
 * when approved on a day off) for the legal number of working days; postingTo is the last day it is up.
 */
export function approveReview(ctx: Ctx, reviewId: number): { postingFrom: string; postingTo: string } {
  const { sqlite } = ctx;
  const review = reviewById(sqlite, reviewId);
  if (review.status !== 'draft') {
    throw new AppError('conflict', `Đợt xét này đã được duyệt ngày ${formatDateVN(review.approvedAt ? vnDate(new Date(review.approvedAt)) : null)}.`, { field: 'reviewId' });
  }
  if (review.included === 0) {
    throw new AppError('rule_violation', 'Danh sách chưa có học viên nào được đề nghị: không duyệt được.', { field: 'reviewId' });
  }
  const today = ctx.today();
  const holidays = settingValue<string[]>(sqlite, 'calendar.holidays');
  const days = legal(sqlite, 'reduction.rules', today).value.postingWorkingDays;
  const postingFrom = addWorkingDays(addDays(today, -1), 1, holidays);
  const postingTo = addWorkingDays(postingFrom, days - 1, holidays);
  const approvedAt = ctx.now().toISOString();
  sqlite
    .prepare("UPDATE reduction_reviews SET status = 'approved', posting_from = ?, posting_to = ?, approved_by = ?, approved_at = ? WHERE id = ?")
    .run(postingFrom, postingTo, ctx.user?.id ?? null, approvedAt, reviewId);
  ctx.audit({
    entity: 'reduction_review',
    entityId: reviewId,
    before: { status: 'draft' },
    after: { status: 'approved', postingFrom, postingTo, approvedAt, included: review.included },
  });
  return { postingFrom, postingTo };
}
