import type Database from 'better-sqlite3';
import { depositLines } from '../../../db/schema';
import { effectivePayout, newLineRefusal, sumOf, type LedgerLine } from '../../../shared/domain/deposit';
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

/** A stay's lines as the rules see them, in the order they were recorded. */
export function ledgerLines(sqlite: Database.Database, stayId: number): LedgerLine[] {
  return sqlite
    .prepare('SELECT id, kind, line_on AS lineOn, amount_dong AS amountDong, reverses_id AS reversesId FROM deposit_lines WHERE stay_id = ? ORDER BY id')
    .all(stayId) as LedgerLine[];
}

/** The account's balance now: the sum of its lines (reversals carry the opposite amount). */
export function balanceOf(sqlite: Database.Database, stayId: number): number {
  return (sqlite.prepare('SELECT coalesce(sum(amount_dong), 0) AS b FROM deposit_lines WHERE stay_id = ?').get(stayId) as { b: number }).b;
}

/**
 * THE way a line is written on a deposit account, in the caller's transaction: refused on a closed account (paid
 * out at discharge) unless it reverses that payout, and when it would take the balance below zero, now or on any
 * day of a statement (shared/domain/deposit.ts newLineRefusal); audited.
 */
export function appendDepositLine(ctx: Ctx, line: NewDepositLine): { id: number; balanceDong: number } {
  const lines = ledgerLines(ctx.sqlite, line.stayId);
  const reversesId = line.reversesId ?? null;
  const refusal = newLineRefusal(lines, { kind: line.kind, lineOn: line.lineOn, amountDong: line.amountDong, reversesId });
  if (refusal) throw new AppError('rule_violation', refusal.message, { field: refusal.closed ? 'stayId' : 'amountDong' });
  const row = ctx.db
    .insert(depositLines)
    .values({ ...line, source: line.source ?? null, reversesId, recordedBy: ctx.user?.id ?? null, recordedAt: ctx.now().toISOString() })
    .returning({ id: depositLines.id })
    .get();
  ctx.audit({ entity: 'deposit_line', entityId: row.id, after: line });
  return { id: row.id, balanceDong: sumOf(lines) + line.amountDong };
}

/**
 * Earnings that reach an account already settled at discharge (a month paid after the resident left): credited and
 * paid out at once, so the ledger shows what he is owed and that it leaves with him, and the account stays closed.
 */
export function creditAfterDischarge(ctx: Ctx, line: Omit<NewDepositLine, 'kind' | 'reversesId'>): boolean {
  if (!effectivePayout(ledgerLines(ctx.sqlite, line.stayId))) return false;
  const at = ctx.now().toISOString();
  const insert = (kind: DepositKind, amountDong: number, description: string) => {
    const row = ctx.db
      .insert(depositLines)
      .values({ stayId: line.stayId, kind, lineOn: line.lineOn, amountDong, description, source: line.source ?? null, recordedBy: ctx.user?.id ?? null, recordedAt: at })
      .returning({ id: depositLines.id })
      .get();
    ctx.audit({ entity: 'deposit_line', entityId: row.id, after: { ...line, kind, amountDong, description } });
  };
  insert('earning', line.amountDong, line.description);
  insert('payout', -line.amountDong, `${line.description}: trả cho học viên đã ra cơ sở`);
  return true;
}
