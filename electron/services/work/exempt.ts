import type { MethodOutput } from '../../../shared/contract';
import { roleAllows } from '../../../shared/contract/roles';
import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import type { Input } from '../training/input';

export function exempt(ctx: Ctx, input: Input<'work.exempt'>): MethodOutput<'work.exempt'> {
  if (input.toOn < input.fromOn) {
    throw new AppError('invalid_input', `Đến ngày ${formatDateVN(input.toOn)} trước từ ngày ${formatDateVN(input.fromOn)}.`, { field: 'toOn' });
  }
  if (!ctx.sqlite.prepare('SELECT 1 FROM stays WHERE id = ?').get(input.stayId)) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  const { id } = ctx.sqlite
    .prepare('INSERT INTO work_exemptions (stay_id, from_on, to_on, reason, recorded_by) VALUES (?, ?, ?, ?, ?) RETURNING id')
    .get(input.stayId, input.fromOn, input.toOn, input.reason, ctx.user?.id ?? null) as { id: number };
  ctx.audit({ entity: 'work_exemption', entityId: id, after: input });
  return { id };
}

/** The reason is health data: null for roles without health.read. */
export function exemptions(ctx: Ctx, input: Input<'work.exemptions'>): MethodOutput<'work.exemptions'> {
  const health = ctx.user !== null && roleAllows(ctx.user.role, 'health.read');
  const rows = ctx.sqlite
    .prepare('SELECT id, from_on AS fromOn, to_on AS toOn, reason FROM work_exemptions WHERE stay_id = ? ORDER BY from_on, id')
    .all(input.stayId) as { id: number; fromOn: string; toOn: string; reason: string }[];
  return { exemptions: rows.map((r) => ({ ...r, reason: health ? r.reason : null })) };
}
