import { notices } from '../../../db/schema';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { NoticeRecipient } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx, Handler } from '../../router/types';
import { legalRows } from '../settings/legal';
import { isLate } from './notices';
import { releaseNoticeDueOn, releaseRecipients } from './release-notices';
import { loadStay, type StayRow } from './stay';

type MarkSent = Parameters<Handler<'notices.markSent'>>[0];

const recipientWords: Record<NoticeRecipient, string> = {
  court: 'Tòa án',
  commune: 'UBND cấp xã',
  family: 'gia đình',
  procuracy: 'Viện kiểm sát',
  police: 'cơ quan Công an',
};

/** A release notice not scheduled yet is recorded as sent, due on the date in force for the stay. */
function insertReleaseNotice(ctx: Ctx, stay: StayRow, input: MarkSent): { id: number; dueOn: string } {
  if (!releaseRecipients(stay.kind).includes(input.recipient)) {
    throw new AppError('rule_violation', `Thông báo trước khi chấp hành xong không gửi ${recipientWords[input.recipient]} đối với lượt này.`, {
      field: 'recipient',
    });
  }
  if (stay.termMonths === null || stay.expectedRelease === null) {
    const message = 'Lượt này không có ngày chấp hành xong nên không có thông báo trước khi chấp hành xong.';
    throw new AppError('rule_violation', message, { field: 'kind' });
  }
  const dueOn = releaseNoticeDueOn(legalRows(ctx.sqlite), stay, stay.expectedRelease);
  const values = {
    stayId: stay.id,
    kind: 'release',
    recipient: input.recipient,
    dueOn,
    sentOn: input.sentOn,
    reference: input.reference ?? null,
    sentBy: ctx.user?.id ?? null,
  };
  const { id } = ctx.db.insert(notices).values(values).returning({ id: notices.id }).get();
  ctx.audit({ entity: 'notice', entityId: id, after: values });
  return { id, dueOn };
}

/** Marks the notice owed to a recipient sent on a day, with its reference; says whether it went late. */
export function markNoticeSent(ctx: Ctx, input: MarkSent): MethodOutput<'notices.markSent'> {
  const stay = loadStay(ctx.sqlite, input.stayId);
  if (input.sentOn > ctx.today()) {
    throw new AppError('invalid_input', `Ngày gửi ${formatDateVN(input.sentOn)} chưa đến: chỉ ghi thông báo đã gửi.`, { field: 'sentOn' });
  }
  const open = ctx.sqlite
    .prepare(
      `SELECT id, due_on AS dueOn FROM notices WHERE stay_id = ? AND kind = ? AND recipient = ? AND sent_on IS NULL AND cancelled_at IS NULL
       ORDER BY due_on, id LIMIT 1`,
    )
    .get(stay.id, input.kind, input.recipient) as { id: number; dueOn: string } | undefined;
  if (open) {
    const change = { sentOn: input.sentOn, reference: input.reference ?? null, sentBy: ctx.user?.id ?? null };
    ctx.sqlite.prepare('UPDATE notices SET sent_on = ?, reference = ?, sent_by = ? WHERE id = ?').run(change.sentOn, change.reference, change.sentBy, open.id);
    ctx.audit({ entity: 'notice', entityId: open.id, before: { sentOn: null }, after: change });
    return { id: open.id, late: isLate({ dueOn: open.dueOn, sentOn: input.sentOn }, ctx.today()) };
  }
  const sent = ctx.sqlite
    .prepare('SELECT sent_on AS sentOn FROM notices WHERE stay_id = ? AND kind = ? AND recipient = ? AND sent_on IS NOT NULL AND cancelled_at IS NULL')
    .get(stay.id, input.kind, input.recipient) as { sentOn: string } | undefined;
  if (sent) {
    throw new AppError('conflict', `Thông báo này đã gửi ${recipientWords[input.recipient]} ngày ${formatDateVN(sent.sentOn)}.`, { field: 'recipient' });
  }
  if (input.kind !== 'release') {
    throw new AppError('not_found', `Không có thông báo nào đang chờ gửi ${recipientWords[input.recipient]} cho học viên này.`, { field: 'kind' });
  }
  const row = insertReleaseNotice(ctx, stay, input);
  return { id: row.id, late: isLate({ dueOn: row.dueOn, sentOn: input.sentOn }, ctx.today()) };
}
