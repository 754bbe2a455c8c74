import { eq } from 'drizzle-orm';
import { discharges, stays } from '../../../db/schema';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { bedById, bedLabel } from '../beds/queries';
import { appendDepositLine } from '../deposit/ledger';
import { appendMovement } from '../movements/append';
import { refreshStayCache } from '../movements/stay-cache';
import { voidCertificate } from './certificates';
import { cancelDischargeNotices } from './notices';
import { loadStay, type StayRow } from './stay';

interface CurrentDischarge {
  id: number;
  movementId: number;
  certificateId: number | null;
  fromBedId: number | null;
}

/** Refuses an undo that later events contradict: a later stay of the person, or the bed now someone else's. */
function checkUndo(ctx: Ctx, stay: StayRow, current: CurrentDischarge): void {
  const later = ctx.sqlite
    .prepare(
      `SELECT file_number AS fileNumber, admitted_on AS admittedOn FROM stays
       WHERE person_id = ? AND id <> ? AND admitted_on >= ? ORDER BY admitted_on LIMIT 1`,
    )
    .get(stay.personId, stay.id, stay.admittedOn) as { fileNumber: string; admittedOn: string } | undefined;
  if (later) {
    throw new AppError(
      'rule_violation',
      `Học viên đã có lượt tiếp nhận sau (hồ sơ ${later.fileNumber}, ngày ${formatDateVN(later.admittedOn)}): không hủy được việc ra cơ sở.`,
      { field: 'stayId' },
    );
  }
  const bed = current.fromBedId === null ? undefined : bedById(ctx.sqlite, current.fromBedId);
  if (bed && bed.occupantStayId !== null && bed.occupantStayId !== stay.id) {
    throw new AppError(
      'rule_violation',
      `Giường ${bedLabel(bed)} của học viên nay đã có ${bed.occupantName ?? 'học viên khác'}: ` +
        'chuyển người đó sang giường khác trước khi hủy ra cơ sở.',
      { field: 'stayId' },
    );
  }
}

/** Reverses the discharge's deposit payout (the money comes back on the account, which reopens); none on discharges before the ledger. */
function reopenDeposit(ctx: Ctx, stayId: number, dischargeId: number, reason: string): void {
  const payout = ctx.sqlite
    .prepare(
      `SELECT id, amount_dong AS amountDong FROM deposit_lines WHERE stay_id = ? AND kind = 'payout' AND source = ?
       AND id NOT IN (SELECT reverses_id FROM deposit_lines WHERE reverses_id IS NOT NULL)`,
    )
    .get(stayId, `discharge:${dischargeId}`) as { id: number; amountDong: number } | undefined;
  if (!payout) return;
  appendDepositLine(ctx, { stayId, kind: 'reversal', lineOn: ctx.today(), amountDong: 0 - payout.amountDong, description: reason, source: null, reversesId: payout.id });
}

/**
 * The head undoes the stay's discharge with a reason: a reversal of the discharge movement (the stay and its bed
 * come back as they were), the discharge marked undone, the certificate voided (its number is never reused) and
 * the notices it made owed cancelled if not sent, and the deposit payout reversed (the account reopens).
 */
export function undoDischarge(ctx: Ctx, input: { stayId: number; reason: string }): MethodOutput<'discharge.undo'> {
  const stay = loadStay(ctx.sqlite, input.stayId);
  if (stay.dischargeReason === 'to_compulsory') {
    throw new AppError('rule_violation', 'Lượt này kết thúc khi tiếp nhận cai nghiện bắt buộc: không hủy được ở đây.', { field: 'stayId' });
  }
  const current = ctx.sqlite
    .prepare(
      `SELECT d.id, d.movement_id AS movementId, d.certificate_id AS certificateId, m.from_bed_id AS fromBedId
       FROM discharges d JOIN movements m ON m.id = d.movement_id WHERE d.stay_id = ? AND d.undone_at IS NULL`,
    )
    .get(stay.id) as CurrentDischarge | undefined;
  if (!current || stay.dischargedOn === null) throw new AppError('not_found', 'Học viên này chưa ra cơ sở.', { field: 'stayId' });
  checkUndo(ctx, stay, current);

  const now = ctx.now().toISOString();
  const undoMovementId = appendMovement(ctx, {
    stayId: stay.id,
    type: 'reversal',
    occurredOn: ctx.today(),
    occurredAt: now,
    reversesId: current.movementId,
    reason: input.reason,
  });
  const cleared = { dischargedOn: null, dischargeReason: null };
  ctx.db.update(stays).set(cleared).where(eq(stays.id, stay.id)).run();
  const ended = { dischargedOn: stay.dischargedOn, dischargeReason: stay.dischargeReason };
  ctx.audit({ entity: 'stay', entityId: stay.id, before: ended, after: cleared, reason: input.reason });
  const { state } = refreshStayCache(ctx, stay.id);
  const undone = { undoneAt: now, undoneBy: ctx.user?.id ?? null, undoReason: input.reason, undoMovementId };
  ctx.db.update(discharges).set(undone).where(eq(discharges.id, current.id)).run();
  ctx.audit({ entity: 'discharge', entityId: current.id, before: { undoneAt: null }, after: undone, reason: input.reason });
  if (current.certificateId !== null) voidCertificate(ctx, current.certificateId, input.reason);
  reopenDeposit(ctx, stay.id, current.id, input.reason);
  cancelDischargeNotices(ctx, stay.id);
  return { state };
}
