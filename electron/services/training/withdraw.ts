import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN, maxDate } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { classStatusNames, loadClass } from './class-rows';
import type { Input } from './input';

interface EnrolmentRow {
  id: number;
  classId: number;
  stayId: number;
  fullName: string;
  status: 'enrolled' | 'waiting' | 'withdrawn';
  enrolledOn: string;
  withdrawnOn: string | null;
}

/**
 * Takes a resident off a class or its waiting list. A freed place goes to the first on the waiting list still in
 * the facility.
 */
export function withdraw(ctx: Ctx, input: Input<'classes.withdraw'>): MethodOutput<'classes.withdraw'> {
  const e = ctx.sqlite
    .prepare(
      `SELECT e.id, e.class_id AS classId, e.stay_id AS stayId, p.full_name AS fullName, e.status, e.enrolled_on AS enrolledOn,
              e.withdrawn_on AS withdrawnOn
       FROM enrolments e JOIN stays s ON s.id = e.stay_id JOIN persons p ON p.id = s.person_id WHERE e.id = ?`,
    )
    .get(input.enrolmentId) as EnrolmentRow | undefined;
  if (!e) throw new AppError('not_found', 'Không tìm thấy học viên này trong lớp.', { field: 'enrolmentId' });
  const c = loadClass(ctx.sqlite, e.classId);
  if (c.status !== 'planned' && c.status !== 'running') {
    throw new AppError('rule_violation', `Lớp ${c.name} ${classStatusNames[c.status]}: không thể cho học viên rời lớp.`, { field: 'enrolmentId' });
  }
  if (e.status === 'withdrawn') {
    throw new AppError('rule_violation', `${e.fullName} đã rời lớp ngày ${formatDateVN(e.withdrawnOn)}.`, { field: 'enrolmentId' });
  }
  if (input.on > ctx.today()) throw new AppError('rule_violation', `Ngày rời lớp ${formatDateVN(input.on)} chưa đến.`, { field: 'on' });
  if (input.on < e.enrolledOn) {
    throw new AppError('rule_violation', `Ngày rời lớp ${formatDateVN(input.on)} trước ngày ${e.fullName} vào lớp (${formatDateVN(e.enrolledOn)}).`, { field: 'on' });
  }

  ctx.sqlite.prepare("UPDATE enrolments SET status = 'withdrawn', withdrawn_on = ?, withdraw_reason = ? WHERE id = ?").run(input.on, input.reason, e.id);
  ctx.audit({
    entity: 'enrolment',
    entityId: e.id,
    before: { status: e.status, withdrawnOn: null },
    after: { status: 'withdrawn', withdrawnOn: input.on, withdrawReason: input.reason },
    reason: input.reason,
  });
  if (e.status !== 'enrolled') return { promotedStayId: null };
  const next = ctx.sqlite
    .prepare(
      `SELECT e.id, e.stay_id AS stayId, e.enrolled_on AS enrolledOn FROM enrolments e JOIN stays s ON s.id = e.stay_id
       WHERE e.class_id = ? AND e.status = 'waiting' AND s.state <> 'discharged'
       ORDER BY e.created_at, e.id LIMIT 1`,
    )
    .get(c.id) as { id: number; stayId: number; enrolledOn: string } | undefined;
  if (!next) return { promotedStayId: null };
  // From the day the place was freed, or the day he was put on the list if the withdrawal is back-dated before it.
  const enrolledOn = maxDate(input.on, next.enrolledOn);
  ctx.sqlite.prepare("UPDATE enrolments SET status = 'enrolled', enrolled_on = ? WHERE id = ?").run(enrolledOn, next.id);
  ctx.audit({
    entity: 'enrolment',
    entityId: next.id,
    before: { status: 'waiting', enrolledOn: next.enrolledOn },
    after: { status: 'enrolled', enrolledOn },
    reason: `Nhận chỗ của ${e.fullName} rời lớp`,
  });
  return { promotedStayId: next.stayId };
}
