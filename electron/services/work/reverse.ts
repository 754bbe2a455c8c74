import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { monthVN } from '../../../shared/domain/work-pay';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import type { Input } from '../training/input';

/** Refuses a write into a month whose pay run is approved: its earnings are already on the deposit accounts. */
export function assertMonthOpen(sqlite: Database.Database, workOn: string, field: string, what: string): void {
  const month = workOn.slice(0, 7);
  const paid = sqlite.prepare("SELECT 1 FROM pay_runs WHERE month = ? AND status = 'approved'").get(month);
  if (paid) throw new AppError('rule_violation', `Tháng ${monthVN(month)} đã được thanh toán: không ${what} được.`, { field });
}

interface LineRow {
  id: number;
  teamId: number;
  stayId: number;
  workOn: string;
  productId: number;
  quantity: number;
  hours: number;
  rateDong: number;
  amountDong: number;
  reversesId: number | null;
}

/** A reversal line cancelling an output line (quantity, hours and amount negated), with the reason. */
export function reverseLine(ctx: Ctx, input: Input<'work.reverse'>): MethodOutput<'work.reverse'> {
  const line = ctx.sqlite
    .prepare(
      `SELECT id, team_id AS teamId, stay_id AS stayId, work_on AS workOn, product_id AS productId, quantity, hours, rate_dong AS rateDong,
              amount_dong AS amountDong, reverses_id AS reversesId FROM work_lines WHERE id = ?`,
    )
    .get(input.lineId) as LineRow | undefined;
  if (!line) throw new AppError('not_found', 'Không tìm thấy dòng sản lượng này.', { field: 'lineId' });
  if (line.reversesId !== null) throw new AppError('rule_violation', 'Đây là dòng hủy: không hủy một dòng hủy.', { field: 'lineId' });
  // Reversals sit on their line's stay and day, so the (stay, day) index finds them.
  const done = ctx.sqlite
    .prepare('SELECT recorded_at AS at FROM work_lines WHERE stay_id = ? AND work_on = ? AND reverses_id = ?')
    .get(line.stayId, line.workOn, line.id) as { at: string } | undefined;
  if (done) throw new AppError('conflict', `Dòng sản lượng ngày ${formatDateVN(line.workOn)} đã được hủy trước đó.`, { field: 'lineId' });
  assertMonthOpen(ctx.sqlite, line.workOn, 'lineId', 'hủy dòng sản lượng');
  const { id } = ctx.sqlite
    .prepare(
      `INSERT INTO work_lines (team_id, stay_id, work_on, product_id, quantity, hours, rate_dong, amount_dong, reverses_id, reason, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(line.teamId, line.stayId, line.workOn, line.productId, -line.quantity, -line.hours, line.rateDong, -line.amountDong, line.id, input.reason, ctx.user?.id ?? null, ctx.now().toISOString()) as {
    id: number;
  };
  ctx.audit({ entity: 'work_line', entityId: line.id, before: line, after: { reversalId: id }, reason: input.reason });
  return { id };
}
