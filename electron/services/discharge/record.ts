import { eq } from 'drizzle-orm';
import { discharges, stays } from '../../../db/schema';
import type { MethodOutput } from '../../../shared/contract';
import { vnDate } from '../../../shared/domain/dates';
import { certificateFor, dischargeIssues, reasonLabels } from '../../../shared/domain/discharge-rules';
import { certificateHandoverIssue, itemIssues, roadMealIssue, settlementAmounts, type RoadMealRule } from '../../../shared/domain/settlement';
import { AppError, type FieldIssue } from '../../../shared/errors';
import type { Ctx, Handler } from '../../router/types';
import { appendDepositLine, balanceOf, ledgerLines } from '../deposit/ledger';
import { appendMovement } from '../movements/append';
import { checkSequence, instantVN } from '../movements/sequence';
import { refreshStayCache } from '../movements/stay-cache';
import { legal } from '../settings/legal';
import { issueCertificate } from './certificates';
import { dischargeFacts } from './facts';
import { settlementItems, type SettlementItem } from './items';
import { scheduleDischargeNotices } from './notices';
import { loadStay } from './stay';

type DischargeRecord = Parameters<Handler<'discharge.record'>>[0];

export function roadMealRule(ctx: Ctx, on: string): RoadMealRule {
  const l = legal(ctx.sqlite, 'discharge.road_meals', on);
  return { ...l.value, citation: l.citation };
}

/** The settlement as signed: each item with its description as it was, and the amounts (the deposit paid out apart from the total of road meals and fare). */
function settlementRecord(input: DischargeRecord['settlement'], items: SettlementItem[], rule: RoadMealRule, depositPaidDong: number) {
  const byKey = new Map(items.map((i) => [`${i.source}:${i.itemId}`, i]));
  return {
    items: input.items.map((a) => ({ ...byKey.get(`${a.source}:${a.itemId}`), returned: a.returned, note: a.note || null })),
    roadMealDays: input.roadMealDays,
    roadMealRate: rule.dongPerDay,
    ...settlementAmounts(input, rule),
    fareDong: input.fareDong,
    depositPaidDong,
    clothes: input.clothes,
    certificateHandedOver: input.certificateHandedOver,
    note: input.note || null,
  };
}

/**
 * The whole balance of the deposit account paid out, closing it (a payout line even when the balance is 0); dated
 * on the departure day, or on the account's last line if one is later, so no statement shows a negative balance.
 */
function payOutDeposit(ctx: Ctx, stayId: number, on: string, dischargeId: number, balance: number): void {
  const last = ledgerLines(ctx.sqlite, stayId).reduce((d, l) => (l.lineOn > d ? l.lineOn : d), on);
  const description = balance > 0 ? 'Chi trả số dư lưu ký khi ra cơ sở' : 'Quyết toán lưu ký khi ra cơ sở (không còn số dư)';
  appendDepositLine(ctx, { stayId, kind: 'payout', lineOn: last, amountDong: 0 - balance, description, source: `discharge:${dischargeId}` });
}

/**
 * Ends a stay in one transaction, every check before the first write: the reason's rules, the settlement
 * checklist and the state machine at the moment of departure; then the movement (freeing the bed), the stay's
 * end, the certificate, the discharge row and the notices it makes owed.
 */
export function recordDischarge(ctx: Ctx, input: DischargeRecord): MethodOutput<'discharge.record'> {
  const stay = loadStay(ctx.sqlite, input.stayId);
  const instant = new Date(input.occurredAt);
  const at = instant.toISOString();
  const on = vnDate(instant);
  if (at > ctx.now().toISOString()) {
    const message = `Thời điểm ra cơ sở ${instantVN(at)} chưa đến: chỉ ghi khi học viên đã rời cơ sở.`;
    throw new AppError('rule_violation', message, { field: 'occurredAt' });
  }
  const rule = roadMealRule(ctx, on);
  const items = settlementItems(ctx.sqlite, stay.id);
  const certificate = certificateFor(input.reason);
  const { settlement } = input;
  const issues = [
    ...dischargeIssues(dischargeFacts(ctx.sqlite, stay, on), { ...input, on }, ctx.today()),
    ...itemIssues(items, settlement.items),
    roadMealIssue(settlement.roadMealDays, rule),
    certificateHandoverIssue(certificate !== null, settlement.certificateHandedOver, settlement.note),
  ].filter((i): i is FieldIssue => i !== null);
  if (issues.length > 0) throw new AppError('rule_violation', issues[0]?.message ?? '', { field: issues[0]?.field ?? '', issues });
  checkSequence(ctx.sqlite, stay.id, 'discharged', at);

  const movementId = appendMovement(ctx, {
    stayId: stay.id,
    type: 'discharged',
    occurredOn: on,
    occurredAt: at,
    fromBedId: stay.currentBedId,
    reason: reasonLabels[input.reason],
    documentNumber: input.decisionNumber || null,
    documentDate: input.decisionDate ?? null,
    destination: input.destination || null,
  });
  const end = { dischargedOn: on, dischargeReason: input.reason };
  ctx.db.update(stays).set(end).where(eq(stays.id, stay.id)).run();
  ctx.audit({ entity: 'stay', entityId: stay.id, before: { dischargedOn: null, dischargeReason: null }, after: end });
  refreshStayCache(ctx, stay.id);

  const issued = certificate ? issueCertificate(ctx, stay.id, certificate, on) : null;
  const depositPaidDong = balanceOf(ctx.sqlite, stay.id);
  const row = ctx.db
    .insert(discharges)
    .values({
      stayId: stay.id,
      movementId,
      reason: input.reason,
      occurredAt: at,
      dischargedOn: on,
      decisionNumber: input.decisionNumber || null,
      decisionDate: input.decisionDate ?? null,
      issuer: input.issuer || null,
      destination: input.destination || null,
      deathCause: input.deathCause || null,
      note: input.note || null,
      handedToJson: input.handedTo ? JSON.stringify(input.handedTo) : null,
      settlementJson: JSON.stringify(settlementRecord(settlement, items, rule, depositPaidDong)),
      certificateId: issued?.id ?? null,
      recordedBy: ctx.user?.id ?? null,
    })
    .returning()
    .get();
  ctx.audit({ entity: 'discharge', entityId: row.id, after: row });
  payOutDeposit(ctx, stay.id, on, row.id, depositPaidDong);
  scheduleDischargeNotices(ctx, stay, input.reason, on);
  return { dischargeId: row.id, movementId, certificateNumber: issued?.number ?? null };
}
