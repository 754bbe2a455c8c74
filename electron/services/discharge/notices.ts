import type { NoticeView } from '../../../shared/contract/discharge';
import { addDays, addWorkingDays } from '../../../shared/domain/dates';
import type { ChosenReason } from '../../../shared/domain/discharge-rules';
import type { NoticeRecipient, StayKind } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import { scheduleNotice } from '../admissions/arrival';
import { legal, settingValue } from '../settings/legal';

export interface NoticeRow {
  id: number | null;
  kind: string;
  recipient: NoticeRecipient;
  dueOn: string;
  sentOn: string | null;
  reference: string | null;
}

export const noticeColumns = 'n.id, n.kind, n.recipient, n.due_on AS dueOn, n.sent_on AS sentOn, n.reference';

/** Sent after its due date, or not sent and the due date is past. */
export function isLate(n: { dueOn: string; sentOn: string | null }, today: string): boolean {
  return n.sentOn === null ? n.dueOn < today : n.sentOn > n.dueOn;
}

export function noticeView(n: NoticeRow, today: string): NoticeView {
  return { ...n, late: isLate(n, today) };
}

/** Kinds of notice a discharge schedules; undoing the discharge cancels those not sent yet. */
const dischargeNoticeKinds = ['death', 'voluntary_end'] as const;

const isCompulsory = (kind: StayKind) => kind === 'compulsory_adult' || kind === 'compulsory_minor';

/**
 * Notices owed because of how the stay ended: a death to the family, the commune, the court (compulsory stays),
 * the procuracy and the police within the hours in settings; the end of a voluntary stay to the commune within
 * the working days in settings (public holidays skipped).
 */
export function scheduleDischargeNotices(ctx: Ctx, stay: { id: number; kind: StayKind }, reason: ChosenReason, on: string): void {
  if (reason === 'died') {
    const { hours } = legal(ctx.sqlite, 'death.notice_hours', on).value;
    const dueOn = addDays(on, Math.ceil(hours / 24));
    const recipients: NoticeRecipient[] = ['family', 'commune', ...(isCompulsory(stay.kind) ? (['court'] as const) : []), 'procuracy', 'police'];
    for (const recipient of recipients) scheduleNotice(ctx, stay.id, { kind: 'death', recipient, dueOn });
  } else if (reason === 'voluntary_completed' || reason === 'self_terminated') {
    const { days } = legal(ctx.sqlite, 'voluntary.commune_notice_working_days', on).value;
    const dueOn = addWorkingDays(on, days, settingValue<string[]>(ctx.sqlite, 'calendar.holidays'));
    scheduleNotice(ctx, stay.id, { kind: 'voluntary_end', recipient: 'commune', dueOn });
  }
}

export function cancelDischargeNotices(ctx: Ctx, stayId: number): void {
  const open = ctx.sqlite
    .prepare(
      `SELECT id FROM notices WHERE stay_id = ? AND kind IN (${dischargeNoticeKinds.map(() => '?').join(', ')})
       AND sent_on IS NULL AND cancelled_at IS NULL`,
    )
    .all(stayId, ...dischargeNoticeKinds) as { id: number }[];
  const at = ctx.now().toISOString();
  for (const { id } of open) {
    ctx.sqlite.prepare('UPDATE notices SET cancelled_at = ? WHERE id = ?').run(at, id);
    ctx.audit({ entity: 'notice', entityId: id, before: { cancelledAt: null }, after: { cancelledAt: at } });
  }
}
