import type Database from 'better-sqlite3';
import { depositLines } from '../../../db/schema';
import type { DepositKind } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';

export interface NewDepositLine {
  stayId: number;
  kind: DepositKind;
  lineOn: string;
  /** Credits positive, debits negative (đồng). */
  amountDong: number;
  description: string;
  source?: string | null;
  reversesId?: number | null;
}

/** The account's balance now: the sum of its lines (reversals carry the opposite amount). */
export function balanceOf(sqlite: Database.Database, stayId: number): number {
  return (sqlite.prepare('SELECT coalesce(sum(amount_dong), 0) AS b FROM deposit_lines WHERE stay_id = ?').get(stayId) as { b: number }).b;
}

/**
 * THE way a line is written on a deposit account, in the caller's transaction: refused on a closed account (paid
 * out at discharge) and when it would take the balance below zero; audited.
 */
export function appendDepositLine(ctx: Ctx, line: NewDepositLine): { id: number; balanceDong: number } {
  const closed = ctx.sqlite.prepare("SELECT 1 FROM deposit_lines WHERE stay_id = ? AND kind = 'payout' AND id NOT IN (SELECT reverses_id FROM deposit_lines WHERE reverses_id IS NOT NULL)").get(line.stayId);
  if (closed) throw new AppError('rule_violation', 'Tài khoản lưu ký đã được quyết toán khi ra cơ sở: không ghi thêm được.', { field: 'stayId' });
  const balance = balanceOf(ctx.sqlite, line.stayId) + line.amountDong;
  if (balance < 0) {
    throw new AppError('rule_violation', `Số dư lưu ký không đủ: còn ${(balance - line.amountDong).toLocaleString('vi-VN')} đ.`, { field: 'amountDong' });
  }
  const row = ctx.db
    .insert(depositLines)
    .values({ ...line, source: line.source ?? null, reversesId: line.reversesId ?? null, recordedBy: ctx.user?.id ?? null, recordedAt: ctx.now().toISOString() })
    .returning({ id: depositLines.id })
    .get();
  ctx.audit({ entity: 'deposit_line', entityId: row.id, after: line });
  return { id: row.id, balanceDong: balance };
}
