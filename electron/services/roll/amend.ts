import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { currentStatus } from './frozen';

/** Amends one entry of a frozen roll: a new row beside the original, never an edit of it. */
export function amendRoll(input: MethodInput<'roll.amend'>, ctx: Ctx): MethodOutput<'roll.amend'> {
  const exists = ctx.sqlite.prepare('SELECT 1 FROM rolls WHERE id = ?').get(input.rollId);
  if (!exists) throw new AppError('not_found', 'Không tìm thấy buổi điểm danh.', { field: 'rollId' });
  const from = currentStatus(ctx.sqlite, input.rollId, input.stayId);
  if (from === null) throw new AppError('not_found', 'Học viên này không có trong buổi điểm danh.', { field: 'stayId' });
  if (from === 'away' || from === 'escaped') {
    throw new AppError(
      'rule_violation',
      'Vắng theo diễn biến (nằm viện, về phép, bỏ trốn…): sửa bằng diễn biến đảo ngược, không đính chính điểm danh.',
      { field: 'toStatus' },
    );
  }
  if (from === input.toStatus) throw new AppError('rule_violation', 'Trạng thái mới trùng trạng thái hiện tại.', { field: 'toStatus' });
  const row = ctx.sqlite
    .prepare(
      `INSERT INTO roll_amendments (roll_id, stay_id, from_status, to_status, reason, amended_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(input.rollId, input.stayId, from, input.toStatus, input.reason, ctx.user?.id ?? null, ctx.now().toISOString()) as { id: number };
  ctx.audit({
    entity: 'roll',
    entityId: input.rollId,
    before: { stayId: input.stayId, status: from },
    after: { stayId: input.stayId, status: input.toStatus },
    reason: input.reason,
  });
  return { id: row.id };
}
