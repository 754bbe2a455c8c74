import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { refreshStayCache } from '../movements/stay-cache';
import { stayClock } from '../residents/clock';
import { openStay } from '../ratings/stay';
import { proposalById } from './proposal';
import { reviewById } from './review';

interface DecisionInput {
  proposalId: number;
  outcome: 'granted' | 'refused';
  decisionNumber: string;
  decidedOn: string;
  monthsGranted?: number | undefined;
}

/**
 * Records the court's decision on a proposal of an approved review. A grant becomes a term adjustment and the
 * stay's release date is recomputed from the term clock in the same transaction; an exemption is recorded with
 * 0 months (the stay then ends through the discharge screen).
 */
export function recordDecision(ctx: Ctx, input: DecisionInput): { releaseDate: string | null } {
  const { sqlite } = ctx;
  const p = proposalById(sqlite, input.proposalId);
  const review = reviewById(sqlite, p.reviewId, 'proposalId');
  if (review.status !== 'approved') {
    throw new AppError('rule_violation', 'Đợt xét chưa được Trưởng Cơ sở duyệt: chưa ghi được quyết định của Tòa án.', { field: 'proposalId' });
  }
  if (p.included !== 1) throw new AppError('rule_violation', 'Học viên này không có trong danh sách đề nghị.', { field: 'proposalId' });
  if (p.outcome !== null) {
    throw new AppError('conflict', `Đã ghi quyết định ${p.decisionNumber ?? ''} ngày ${formatDateVN(p.decidedOn)} cho đề nghị này.`, { field: 'proposalId' });
  }
  if (input.decidedOn > ctx.today()) {
    throw new AppError('invalid_input', `Ngày quyết định ${formatDateVN(input.decidedOn)} chưa đến.`, { field: 'decidedOn' });
  }
  if (input.decidedOn < review.reviewOn) {
    throw new AppError('invalid_input', `Ngày quyết định không thể trước ngày xét ${formatDateVN(review.reviewOn)}.`, { field: 'decidedOn' });
  }
  const reduction = input.outcome === 'granted' && p.kind === 'reduction';
  if (reduction && input.monthsGranted === undefined) {
    throw new AppError('invalid_input', 'Số tháng được giảm: bắt buộc khi Tòa án chấp nhận giảm.', { field: 'monthsGranted' });
  }
  const monthsGranted = reduction ? (input.monthsGranted ?? 0) : null;
  const stay = openStay(sqlite, p.stayId, 'proposalId');

  let termAdjustmentId: number | null = null;
  if (input.outcome === 'granted') {
    // The clock already says how much and when; the cause names the paper and the review it answers.
    const cause = `Quyết định số ${input.decisionNumber} của Tòa án, theo đề nghị của ${review.title.charAt(0).toLowerCase()}${review.title.slice(1)}`;
    const adjustment = { stayId: stay.id, kind: p.kind, months: monthsGranted ?? 0, decisionNumber: input.decisionNumber, decidedOn: input.decidedOn, cause };
    termAdjustmentId = Number(
      sqlite
        .prepare('INSERT INTO term_adjustments (stay_id, kind, months, decision_number, decided_on, cause, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(adjustment.stayId, adjustment.kind, adjustment.months, adjustment.decisionNumber, adjustment.decidedOn, cause, ctx.user?.id ?? null)
        .lastInsertRowid,
    );
    const release = stayClock(sqlite, stay, ctx.today())?.releaseDate ?? null;
    // The transaction rolls the adjustment back: a reduction past the remaining term is an exemption or a discharge.
    if (reduction && release !== null && release < input.decidedOn) {
      throw new AppError(
        'rule_violation',
        `Giảm ${monthsGranted} tháng thì ngày ra cơ sở là ${formatDateVN(release)}, trước ngày quyết định ${formatDateVN(input.decidedOn)}: thời hạn còn lại ít hơn số tháng giảm, hãy ghi miễn chấp hành phần còn lại hoặc làm thủ tục ra cơ sở.`,
        { field: 'monthsGranted' },
      );
    }
    ctx.audit({ entity: 'term_adjustment', entityId: termAdjustmentId, after: adjustment });
    refreshStayCache(ctx, stay.id);
  }

  const after = { outcome: input.outcome, decisionNumber: input.decisionNumber, decidedOn: input.decidedOn, monthsGranted, termAdjustmentId };
  sqlite
    .prepare('UPDATE reduction_proposals SET outcome = ?, decision_number = ?, decided_on = ?, months_granted = ?, term_adjustment_id = ? WHERE id = ?')
    .run(after.outcome, after.decisionNumber, after.decidedOn, after.monthsGranted, after.termAdjustmentId, p.id);
  ctx.audit({ entity: 'reduction_proposal', entityId: p.id, before: { outcome: null }, after });
  const { expectedRelease } = sqlite.prepare('SELECT expected_release AS expectedRelease FROM stays WHERE id = ?').get(stay.id) as { expectedRelease: string | null };
  return { releaseDate: expectedRelease };
}
