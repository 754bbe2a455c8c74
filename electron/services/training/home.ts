import type { MethodOutput } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import { classRows, sessionRows } from './class-rows';

/** How far ahead a class's end shows on the trainer's day. */
const ENDING_SOON_DAYS = 14;

/**
 * The trainer's day over his own running classes (every running class for the other roles): today's sessions,
 * past sessions still without attendance, and classes ending within two weeks.
 */
export function trainingHome(ctx: Ctx): MethodOutput<'training.home'> {
  const today = ctx.today();
  const params = { today, soon: addDays(today, ENDING_SOON_DAYS), trainerId: ctx.user?.role === 'trainer' ? ctx.user.id : null };
  const mine = "c.status = 'running' AND (@trainerId IS NULL OR c.trainer_id = @trainerId)";
  const sessions = (where: string) =>
    sessionRows(ctx.sqlite, `WHERE ${mine} AND ${where} ORDER BY ts.session_on, ts.start_time, c.name`, params);
  return {
    today: sessions('ts.session_on = @today'),
    untaken: sessions('ts.session_on < @today AND ts.taken_at IS NULL'),
    endingSoon: classRows(ctx.sqlite, `WHERE ${mine} AND c.ends_on BETWEEN @today AND @soon ORDER BY c.ends_on, c.id`, params),
  };
}
