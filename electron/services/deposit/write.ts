import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { reversalOf, reversalRefusal, type LedgerLine } from '../../../shared/domain/deposit';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { loadStay } from '../discharge/stay';
import { appendDepositLine, ledgerLines } from './ledger';

const sign = { handed_in: 1, purchase: -1, withdrawal: -1 } as const;

/**
 * Money handed in, a purchase at the shop or a withdrawal, on the day it happened (not in the future, not before
 * the admission), on a stay still in the facility: once discharged, the account was settled by the payout.
 */
export function recordDepositLine(
  ctx: Ctx,
  input: { stayId: number; kind: keyof typeof sign; amountDong: number; lineOn: string; description: string },
): MethodOutput<'deposit.record'> {
  const stay = loadStay(ctx.sqlite, input.stayId);
  if (input.lineOn > ctx.today()) {
    throw new AppError('invalid_input', `Ngày ${formatDateVN(input.lineOn)} chưa đến: chỉ ghi khoản đã diễn ra.`, { field: 'lineOn' });
  }
  if (input.lineOn < stay.admittedOn) {
    throw new AppError('invalid_input', `Ngày phải từ ngày vào cơ sở ${formatDateVN(stay.admittedOn)} trở đi.`, { field: 'lineOn' });
  }
  if (stay.dischargedOn !== null) {
    throw new AppError('rule_violation', `Học viên đã ra cơ sở ngày ${formatDateVN(stay.dischargedOn)}: tài khoản lưu ký đã được quyết toán.`, { field: 'stayId' });
  }
  return appendDepositLine(ctx, {
    stayId: stay.id,
    kind: input.kind,
    lineOn: input.lineOn,
    amountDong: sign[input.kind] * input.amountDong,
    description: input.description,
    source: null,
  });
}

/** Cancels a line by a reversal dated today whose description is the reason; the same rule as any line decides. */
export function reverseDepositLine(ctx: Ctx, input: { lineId: number; reason: string }): MethodOutput<'deposit.reverse'> {
  const target = ctx.sqlite
    .prepare('SELECT id, stay_id AS stayId, kind, line_on AS lineOn, amount_dong AS amountDong, reverses_id AS reversesId FROM deposit_lines WHERE id = ?')
    .get(input.lineId) as (LedgerLine & { stayId: number }) | undefined;
  if (!target) throw new AppError('not_found', 'Không tìm thấy dòng lưu ký này.', { field: 'lineId' });
  const refusal = reversalRefusal(ledgerLines(ctx.sqlite, target.stayId), target);
  if (refusal) throw new AppError('rule_violation', refusal, { field: 'lineId' });
  return appendDepositLine(ctx, { stayId: target.stayId, ...reversalOf(target, ctx.today()), description: input.reason, source: null });
}
