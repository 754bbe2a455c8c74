import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { classSummary, sessionView } from '../../../shared/contract/training';
import type { ScheduleSlot } from '../../../shared/domain/training-sessions';
import type { ClassStatus, TradeLevel } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';

export type ClassSummary = z.input<typeof classSummary>;
export type SessionView = z.input<typeof sessionView>;

/** A class summary as the contract gives it, plus the trade's level for the checks (the output schema drops it). */
export interface ClassRow extends ClassSummary {
  tradeLevel: TradeLevel;
}

export const classStatusNames: Record<ClassStatus, string> = {
  planned: 'chưa khai giảng',
  running: 'đang học',
  finished: 'đã kết thúc',
  cancelled: 'đã hủy',
};

/** A class with its trade, trainer and place counts; callers add WHERE and ORDER BY. */
export const classSelect = `
  SELECT c.id, c.name, c.trade_id AS tradeId, t.name AS tradeName, t.level AS tradeLevel, c.trainer_id AS trainerId,
         u.full_name AS trainerName, c.place, c.starts_on AS startsOn, c.ends_on AS endsOn, c.schedule_json AS scheduleJson,
         c.capacity, c.status, c.partner_school AS partnerSchool,
         (SELECT count(*) FROM enrolments e WHERE e.class_id = c.id AND e.status = 'enrolled') AS enrolled,
         (SELECT count(*) FROM enrolments e WHERE e.class_id = c.id AND e.status = 'waiting') AS waiting
  FROM training_classes c
  JOIN trades t ON t.id = c.trade_id
  JOIN users u ON u.id = c.trainer_id`;

type RawClass = Omit<ClassRow, 'schedule'> & { scheduleJson: string };

export function classRows(sqlite: Database.Database, tail: string, params: Record<string, unknown> = {}): ClassRow[] {
  const rows = sqlite.prepare(`${classSelect} ${tail}`).all(params) as RawClass[];
  return rows.map(({ scheduleJson, ...r }) => ({ ...r, schedule: JSON.parse(scheduleJson) as ScheduleSlot[] }));
}

export function loadClass(sqlite: Database.Database, classId: number, field = 'classId'): ClassRow {
  const row = classRows(sqlite, 'WHERE c.id = @classId', { classId })[0];
  if (!row) throw new AppError('not_found', 'Không tìm thấy lớp học này.', { field });
  return row;
}

/** Sessions with their class, who took them and their counts (null until taken); callers add WHERE and ORDER BY. */
export const sessionSelect = `
  SELECT ts.id, ts.class_id AS classId, c.name AS className, ts.session_on AS sessionOn, ts.start_time AS startTime, ts.hours,
         ts.taken_at AS takenAt, u.full_name AS takenBy,
         CASE WHEN ts.taken_at IS NULL THEN NULL ELSE (SELECT count(*) FROM session_attendance a WHERE a.session_id = ts.id AND a.present = 1) END AS present,
         CASE WHEN ts.taken_at IS NULL THEN NULL ELSE (SELECT count(*) FROM session_attendance a WHERE a.session_id = ts.id) END AS expected
  FROM training_sessions ts
  JOIN training_classes c ON c.id = ts.class_id
  LEFT JOIN users u ON u.id = ts.taken_by`;

export type SessionRow = SessionView & { classId: number; className: string };

export function sessionRows(sqlite: Database.Database, tail: string, params: Record<string, unknown> = {}): SessionRow[] {
  return sqlite.prepare(`${sessionSelect} ${tail}`).all(params) as SessionRow[];
}
