import type Database from 'better-sqlite3';
import { addDays } from '../../../shared/domain/dates';
import { legalInForce, type LegalRow } from '../../../shared/domain/legal';
import type { NoticeRecipient, StayKind } from '../../../shared/domain/vocabulary';
import { noticeColumns, type NoticeRow } from './notices';

/** Who is told before a release: the court for compulsory stays, then the commune and the family. */
export function releaseRecipients(kind: StayKind): NoticeRecipient[] {
  return kind === 'compulsory_adult' || kind === 'compulsory_minor' ? ['court', 'commune', 'family'] : ['commune', 'family'];
}

/** The release date less the notice days in force on the admission, as the term clock counts it. */
export function releaseNoticeDueOn(legalRows: LegalRow[], stay: { admittedOn: string }, releaseDate: string): string {
  return addDays(releaseDate, -legalInForce(legalRows, 'release.notice_days', stay.admittedOn).value.days);
}

/** Release notice rows of some stays, the sent one first per recipient. */
export function releaseNoticeRows(sqlite: Database.Database, stayIds: readonly number[]): Map<number, NoticeRow[]> {
  const byStay = new Map<number, NoticeRow[]>();
  if (stayIds.length === 0) return byStay;
  const rows = sqlite
    .prepare(
      `SELECT n.stay_id AS stayId, ${noticeColumns} FROM notices n
       WHERE n.kind = 'release' AND n.cancelled_at IS NULL AND n.stay_id IN (SELECT value FROM json_each(?))
       ORDER BY n.sent_on IS NULL, n.id`,
    )
    .all(JSON.stringify(stayIds)) as (NoticeRow & { stayId: number })[];
  for (const { stayId, ...n } of rows) byStay.set(stayId, [...(byStay.get(stayId) ?? []), n]);
  return byStay;
}

/** One notice per recipient: the row recorded, or the one owed (id null) due on `dueOn`. */
export function releaseNotices(kind: StayKind, dueOn: string, rows: readonly NoticeRow[]): NoticeRow[] {
  return releaseRecipients(kind).map(
    (recipient) => rows.find((r) => r.recipient === recipient) ?? { id: null, kind: 'release', recipient, dueOn, sentOn: null, reference: null },
  );
}
