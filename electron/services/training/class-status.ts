import type { MethodOutput } from '../../../shared/contract';
import { addDays, formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { classStatusNames, loadClass } from './class-rows';
import type { Input } from './input';

/** A class may be opened in the week before its first day, when residents are gathered and the workshop set up. */
const EARLY_START_DAYS = 7;

const allowed: Record<string, string[]> = { planned: ['running', 'cancelled'], running: ['finished', 'cancelled'] };

/** Starts, finishes or cancels a class; finishing needs every enrolled resident's result. */
export function setClassStatus(ctx: Ctx, input: Input<'classes.setStatus'>): MethodOutput<'classes.setStatus'> {
  const c = loadClass(ctx.sqlite, input.classId);
  if (!allowed[c.status]?.includes(input.status)) {
    throw new AppError('rule_violation', `Lớp ${c.name} ${classStatusNames[c.status]}: không thể chuyển sang "${classStatusNames[input.status]}".`, { field: 'status' });
  }
  if (input.status === 'running') {
    const earliest = addDays(c.startsOn, -EARLY_START_DAYS);
    if (ctx.today() < earliest) {
      throw new AppError('rule_violation', `Lớp khai giảng ngày ${formatDateVN(c.startsOn)}: chỉ bắt đầu được từ ${formatDateVN(earliest)} (${EARLY_START_DAYS} ngày trước khai giảng).`, { field: 'status' });
    }
  }
  if (input.status === 'finished') {
    const missing = ctx.sqlite
      .prepare(
        `SELECT p.full_name AS fullName FROM enrolments e JOIN stays s ON s.id = e.stay_id JOIN persons p ON p.id = s.person_id
         WHERE e.class_id = ? AND e.status = 'enrolled' AND e.result IS NULL ORDER BY p.name_sort_key, e.id`,
      )
      .all(c.id) as { fullName: string }[];
    if (missing.length > 0) {
      throw new AppError('rule_violation', `Chưa ghi kết quả cho ${missing.map((m) => m.fullName).join(', ')}: ghi kết quả (đạt, không đạt hoặc bỏ học) trước khi kết thúc lớp.`, { field: 'status' });
    }
  }
  if (input.status === 'cancelled' && !input.reason) throw new AppError('invalid_input', 'Hủy lớp: ghi lý do hủy.', { field: 'reason' });
  ctx.sqlite.prepare('UPDATE training_classes SET status = ? WHERE id = ?').run(input.status, c.id);
  ctx.audit({ entity: 'training_class', entityId: c.id, before: { status: c.status }, after: { status: input.status }, reason: input.reason || null });
  return { ok: true };
}
