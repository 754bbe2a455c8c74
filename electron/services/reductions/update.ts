import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { proposalById, proposalRange } from './proposal';
import { reviewById } from './review';

interface UpdateInput {
  proposalId: number;
  included: boolean;
  monthsProposed?: number | undefined;
  note?: string | undefined;
}

/** The head's edit of a draft proposal; months stay within the legal range, a note left out is kept. */
export function updateProposal(ctx: Ctx, input: UpdateInput): { ok: true } {
  const { sqlite } = ctx;
  const p = proposalById(sqlite, input.proposalId);
  const review = reviewById(sqlite, p.reviewId, 'proposalId');
  if (review.status !== 'draft') throw new AppError('rule_violation', 'Danh sách đã được duyệt: không sửa được.', { field: 'proposalId' });
  const months = input.monthsProposed ?? p.monthsProposed;
  const range = proposalRange(sqlite, p, review.reviewOn);
  if (p.kind === 'exemption' && months !== 0) {
    throw new AppError('invalid_input', 'Đề nghị miễn chấp hành phần thời hạn còn lại: không ghi số tháng.', { field: 'monthsProposed' });
  }
  if (p.kind === 'reduction' && (months < range.min || months > range.max)) {
    throw new AppError(
      'rule_violation',
      `Số tháng đề nghị giảm phải từ ${range.min} đến ${range.max} tháng${range.merit ? ' (có lập công)' : ''} (${range.citation}).`,
      { field: 'monthsProposed' },
    );
  }
  const before = { included: p.included === 1, monthsProposed: p.monthsProposed, note: p.note, merit: p.merit === 1 };
  const after = { included: input.included, monthsProposed: months, note: input.note === undefined ? p.note : input.note.trim() || null, merit: range.merit };
  sqlite
    .prepare('UPDATE reduction_proposals SET included = ?, months_proposed = ?, note = ?, merit = ? WHERE id = ?')
    .run(after.included ? 1 : 0, after.monthsProposed, after.note, after.merit ? 1 : 0, p.id);
  ctx.audit({ entity: 'reduction_proposal', entityId: p.id, before, after });
  return { ok: true };
}
