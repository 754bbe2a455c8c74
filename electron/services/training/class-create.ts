import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { durationProblem, scheduleProblems, sessionDates } from '../../../shared/domain/training-sessions';
import type { TradeLevel } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { settingValue } from '../settings/legal';
import type { Input } from './input';

const roleNames: Record<string, string> = { admin: 'quản trị viên', head: 'trưởng cơ sở', officer: 'cán bộ quản lý', trainer: 'giáo viên dạy nghề', medical: 'cán bộ y tế' };

function checkTrainer(ctx: Ctx, trainerId: number): void {
  const user = ctx.sqlite.prepare('SELECT full_name AS fullName, role, active FROM users WHERE id = ?').get(trainerId) as
    | { fullName: string; role: string; active: number }
    | undefined;
  if (!user) throw new AppError('not_found', 'Không tìm thấy giáo viên này.', { field: 'trainerId' });
  if (user.role !== 'trainer') {
    throw new AppError('rule_violation', `${user.fullName} là ${roleNames[user.role] ?? user.role}: chỉ tài khoản giáo viên dạy nghề mới phụ trách lớp.`, { field: 'trainerId' });
  }
  if (!user.active) throw new AppError('rule_violation', `Tài khoản của giáo viên ${user.fullName} đã bị khóa: chọn giáo viên khác.`, { field: 'trainerId' });
}

/**
 * Creates a planned class and its sessions, every check before the first write: an active trade, a trainer
 * account, dates within the trade's level, a schedule without overlaps that yields at least one session.
 */
export function createClass(ctx: Ctx, input: Input<'classes.create'>): MethodOutput<'classes.create'> {
  const trade = ctx.sqlite.prepare('SELECT name, level, active FROM trades WHERE id = ?').get(input.tradeId) as
    | { name: string; level: TradeLevel; active: number }
    | undefined;
  if (!trade) throw new AppError('not_found', 'Không tìm thấy nghề này.', { field: 'tradeId' });
  if (!trade.active) throw new AppError('rule_violation', `Nghề ${trade.name} đã ngừng dạy: không mở lớp mới.`, { field: 'tradeId' });
  checkTrainer(ctx, input.trainerId);
  if (input.endsOn < input.startsOn) {
    throw new AppError('invalid_input', `Ngày kết thúc ${formatDateVN(input.endsOn)} trước ngày khai giảng ${formatDateVN(input.startsOn)}.`, { field: 'endsOn' });
  }
  const tooLong = durationProblem(trade.level, trade.name, input.startsOn, input.endsOn);
  if (tooLong) throw new AppError('rule_violation', tooLong, { field: 'endsOn' });
  const overlap = scheduleProblems(input.schedule)[0];
  if (overlap) throw new AppError('invalid_input', overlap.message, { field: `schedule.${overlap.index}` });
  const sessions = sessionDates(input.schedule, input.startsOn, input.endsOn, settingValue<string[]>(ctx.sqlite, 'calendar.holidays'));
  if (sessions.length === 0) {
    const message = `Lịch học không có buổi nào từ ${formatDateVN(input.startsOn)} đến ${formatDateVN(input.endsOn)} (đã trừ ngày lễ): chọn lại ngày hoặc thứ học.`;
    throw new AppError('rule_violation', message, { field: 'schedule' });
  }

  const row = {
    tradeId: input.tradeId,
    name: input.name,
    trainerId: input.trainerId,
    place: input.place,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    scheduleJson: JSON.stringify(input.schedule),
    capacity: input.capacity,
    status: 'planned',
    partnerSchool: input.partnerSchool || null,
    createdBy: ctx.user?.id ?? null,
  };
  const id = Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO training_classes (trade_id, name, trainer_id, place, starts_on, ends_on, schedule_json, capacity, status, partner_school, created_by)
         VALUES (@tradeId, @name, @trainerId, @place, @startsOn, @endsOn, @scheduleJson, @capacity, @status, @partnerSchool, @createdBy)`,
      )
      .run(row).lastInsertRowid,
  );
  ctx.audit({ entity: 'training_class', entityId: id, after: row });
  const insert = ctx.sqlite.prepare('INSERT INTO training_sessions (class_id, session_on, start_time, hours) VALUES (?, ?, ?, ?)');
  for (const s of sessions) insert.run(id, s.sessionOn, s.startTime, s.hours);
  // One row for the whole timetable: the sessions follow from the class's schedule, which is audited above.
  ctx.audit({
    entity: 'training_sessions',
    entityId: id,
    after: { sessions: sessions.length, first: sessions[0]?.sessionOn, last: sessions.at(-1)?.sessionOn, hours: sessions.reduce((n, s) => n + s.hours, 0) },
  });
  return { id, sessions: sessions.length };
}
