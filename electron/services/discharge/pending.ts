import type { MethodOutput } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import type { StayKind } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import { legalRows } from '../settings/legal';
import { noticeColumns, noticeView, type NoticeRow } from './notices';
import { releaseNoticeDueOn, releaseNoticeRows, releaseNotices } from './release-notices';

type PendingNotice = MethodOutput<'notices.pending'>['notices'][number];

/** Release notices not recorded yet are listed this many days before they fall due. */
const RELEASE_LOOKAHEAD_DAYS = 30;

interface OpenStay {
  stayId: number;
  fullName: string;
  fileNumber: string;
  kind: StayKind;
  admittedOn: string;
  expectedRelease: string;
}

/** Every notice owed and not sent: the scheduled rows, and the release notices coming due (or overdue). */
export function pendingNotices(ctx: Ctx): MethodOutput<'notices.pending'> {
  const today = ctx.today();
  const scheduled = ctx.sqlite
    .prepare(
      `SELECT n.stay_id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, ${noticeColumns}
       FROM notices n JOIN stays s ON s.id = n.stay_id JOIN persons p ON p.id = s.person_id
       WHERE n.sent_on IS NULL AND n.cancelled_at IS NULL`,
    )
    .all() as (NoticeRow & { stayId: number; fullName: string; fileNumber: string })[];
  const open = ctx.sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, s.admitted_on AS admittedOn,
              s.expected_release AS expectedRelease
       FROM stays s JOIN persons p ON p.id = s.person_id
       WHERE s.state <> 'discharged' AND s.term_months IS NOT NULL AND s.expected_release IS NOT NULL`,
    )
    .all() as OpenStay[];
  const rules = legalRows(ctx.sqlite);
  const horizon = addDays(today, RELEASE_LOOKAHEAD_DAYS);
  const coming = open
    .map((s) => ({ stay: s, dueOn: releaseNoticeDueOn(rules, s, s.expectedRelease) }))
    .filter((c) => c.dueOn <= horizon);
  const recorded = releaseNoticeRows(
    ctx.sqlite,
    coming.map((c) => c.stay.stayId),
  );
  const virtual = coming.flatMap(({ stay, dueOn }) =>
    releaseNotices(stay.kind, dueOn, recorded.get(stay.stayId) ?? [])
      .filter((n) => n.id === null)
      .map((n) => ({ ...n, stayId: stay.stayId, fullName: stay.fullName, fileNumber: stay.fileNumber })),
  );
  const notices: PendingNotice[] = [...scheduled, ...virtual]
    .map((n) => ({ ...n, late: noticeView(n, today).late }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.stayId - b.stayId || a.recipient.localeCompare(b.recipient));
  return { notices };
}
