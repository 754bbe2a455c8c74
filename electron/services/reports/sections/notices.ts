import type Database from 'better-sqlite3';
import type { FigureKey } from '../../../../shared/domain/report-figures';
import type { DateRange } from '../../../../shared/domain/report-period';
import type { DrillHit, ReportSectionModule } from '../types';
import { figure } from './rows';

/**
 * Notices still owed (not cancelled): those due in the range sent by their due date or after it, and those due by
 * the end of the range and not sent by then (however long ago they fell due). Dated by the due date.
 */
const conditions = {
  'notices.onTime': 'due_on BETWEEN @from AND @to AND sent_on IS NOT NULL AND sent_on <= due_on',
  'notices.late': 'due_on BETWEEN @from AND @to AND sent_on > due_on',
  'notices.overdue': 'due_on <= @to AND (sent_on IS NULL OR sent_on > @to)',
} as const;
type NoticeKey = keyof typeof conditions;
const isNoticeKey = (key: FigureKey): key is NoticeKey => key in conditions;

const list = (sqlite: Database.Database, range: DateRange, key: NoticeKey) =>
  sqlite
    .prepare(
      `SELECT stay_id AS stayId, due_on AS date, recipient AS detail, NULL AS value
       FROM notices WHERE cancelled_at IS NULL AND ${conditions[key]} ORDER BY due_on, id`,
    )
    .all({ from: range.from, to: range.to }) as DrillHit[];

/** Notices to the court, commune and family: on time, late, overdue. */
export const noticesSection: ReportSectionModule = {
  figures(sqlite, range) {
    const columns = (Object.entries(conditions) as [NoticeKey, string][]).map(([key, where]) => `count(CASE WHEN ${where} THEN 1 END) AS "${key}"`);
    const counts = sqlite
      .prepare(`SELECT ${columns.join(', ')} FROM notices WHERE cancelled_at IS NULL AND due_on <= @to`)
      .get({ from: range.from, to: range.to }) as Record<NoticeKey, number>;
    return (Object.keys(conditions) as NoticeKey[]).map((key) => figure(key, counts[key]));
  },
  drill(sqlite, range, key) {
    return isNoticeKey(key) ? list(sqlite, range, key) : null;
  },
};
