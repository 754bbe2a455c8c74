import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import { formatMonthVN, monthEnd, monthOf, monthStart } from '../../../shared/domain/ratings';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { monthConfirmation } from './scale';

/**
 * The head confirms a month once it has begun: its ratings become final and count for reductions. The answer
 * says how many residents in the facility that month (compulsory or voluntary) were left without a rating.
 */
export function confirmMonth(ctx: Ctx, month: string): { rated: number; unrated: number } {
  const { sqlite } = ctx;
  if (month > monthOf(ctx.today())) {
    throw new AppError('rule_violation', `Tháng ${formatMonthVN(month)} chưa bắt đầu: chưa xác nhận được.`, { field: 'month' });
  }
  const confirmed = monthConfirmation(sqlite, month);
  if (confirmed) {
    throw new AppError('conflict', `Tháng ${formatMonthVN(month)} đã được xác nhận ngày ${formatDateVN(vnDate(new Date(confirmed.at)))}.`, { field: 'month' });
  }
  const rated = (sqlite.prepare('SELECT count(*) AS n FROM ratings WHERE month = ?').get(month) as { n: number }).n;
  if (rated === 0) {
    throw new AppError('rule_violation', `Tháng ${formatMonthVN(month)} chưa có học viên nào được xếp loại: chưa xác nhận được.`, { field: 'month' });
  }
  const unrated = (
    sqlite
      .prepare(
        `SELECT count(*) AS n FROM stays s
         WHERE s.kind IN ('compulsory_adult', 'compulsory_minor', 'voluntary')
           AND s.admitted_on <= @end AND (s.discharged_on IS NULL OR s.discharged_on >= @start)
           AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.stay_id = s.id AND r.month = @month)`,
      )
      .get({ month, start: monthStart(month), end: monthEnd(month) }) as { n: number }
  ).n;
  sqlite.prepare('INSERT INTO rating_months (month, confirmed_by, confirmed_at) VALUES (?, ?, ?)').run(month, ctx.user?.id ?? null, ctx.now().toISOString());
  ctx.audit({ entity: 'rating_month', entityId: month, after: { month, rated, unrated } });
  return { rated, unrated };
}
