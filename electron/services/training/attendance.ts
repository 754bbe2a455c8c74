import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { censusAt, vnInstantOf, type CensusFact, type CensusStatus } from '../../../shared/domain/census';
import { formatDateVN } from '../../../shared/domain/dates';
import { attendanceProblems, sheetLines, type SavedMark, type SheetEnrolment, type SheetLine } from '../../../shared/domain/training-attendance';
import type { AttendanceReason } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { classStatusNames, loadClass, sessionRows, type SessionRow } from './class-rows';
import type { Input } from './input';

function loadSession(sqlite: Database.Database, sessionId: number): SessionRow {
  const session = sessionRows(sqlite, 'WHERE ts.id = @sessionId', { sessionId })[0];
  if (!session) throw new AppError('not_found', 'Không tìm thấy buổi học này.', { field: 'sessionId' });
  return session;
}

function classEnrolments(sqlite: Database.Database, classId: number): SheetEnrolment[] {
  return sqlite
    .prepare(
      `SELECT e.id AS enrolmentId, e.stay_id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, e.status,
              e.enrolled_on AS enrolledOn, e.withdrawn_on AS withdrawnOn
       FROM enrolments e JOIN stays s ON s.id = e.stay_id JOIN persons p ON p.id = s.person_id
       WHERE e.class_id = ? ORDER BY p.name_sort_key, e.id`,
    )
    .all(classId) as SheetEnrolment[];
}

/** Where the class's residents were at an instant, by the census engine the roll uses; the discharged are absent. */
function statusesAt(sqlite: Database.Database, classId: number, instant: string): Map<number, CensusStatus> {
  const facts = sqlite
    .prepare(
      `SELECT m.stay_id AS stayId, m.id, m.type, m.occurred_on AS occurredOn, m.occurred_at AS occurredAt,
              m.reverses_id AS reversesId, m.to_bed_id AS toBedId
       FROM movements m WHERE m.stay_id IN (SELECT stay_id FROM enrolments WHERE class_id = ?)`,
    )
    .all(classId) as CensusFact[];
  return new Map(censusAt(facts, instant).map((r) => [r.stayId, r.status]));
}

function savedMarks(sqlite: Database.Database, session: SessionRow): Map<number, SavedMark> | null {
  if (session.takenAt === null) return null;
  const rows = sqlite
    .prepare('SELECT enrolment_id AS enrolmentId, present, reason, note FROM session_attendance WHERE session_id = ?')
    .all(session.id) as { enrolmentId: number; present: number; reason: AttendanceReason | null; note: string | null }[];
  return new Map(rows.map((r) => [r.enrolmentId, { present: r.present === 1, reason: r.reason, note: r.note }]));
}

/** The session's lines: who was on the class that day and on the books at its start, with their marks. */
function sheetOf(sqlite: Database.Database, session: SessionRow): SheetLine[] {
  const statuses = statusesAt(sqlite, session.classId, vnInstantOf(session.sessionOn, session.startTime));
  return sheetLines(classEnrolments(sqlite, session.classId), session.sessionOn, statuses, savedMarks(sqlite, session));
}

const lineView = (l: SheetLine) => ({
  enrolmentId: l.enrolmentId,
  stayId: l.stayId,
  fullName: l.fullName,
  fileNumber: l.fileNumber,
  present: l.present,
  reason: l.reason,
  note: l.note,
  awayByMovement: l.awayByMovement,
});

export function sessionSheet(sqlite: Database.Database, sessionId: number): MethodOutput<'sessions.sheet'> {
  const session = loadSession(sqlite, sessionId);
  return { session, classId: session.classId, className: session.className, lines: sheetOf(sqlite, session).map(lineView) };
}

/**
 * Saves a session's attendance whole, every check before the first write: a session already held, of a class
 * that has started, with exactly the sheet's residents. Saving again corrects it, audited with the marks before.
 */
export function takeAttendance(ctx: Ctx, input: Input<'sessions.take'>): MethodOutput<'sessions.take'> {
  const session = loadSession(ctx.sqlite, input.sessionId);
  const c = loadClass(ctx.sqlite, session.classId);
  if (c.status !== 'running' && c.status !== 'finished') {
    throw new AppError('rule_violation', `Lớp ${c.name} ${classStatusNames[c.status]}: chỉ điểm danh lớp đã bắt đầu.`, { field: 'sessionId' });
  }
  if (session.sessionOn > ctx.today()) {
    throw new AppError('rule_violation', `Buổi học ngày ${formatDateVN(session.sessionOn)} chưa diễn ra: chỉ điểm danh từ ngày học.`, { field: 'sessionId' });
  }
  const sheet = sheetOf(ctx.sqlite, session);
  const problem = attendanceProblems(sheet, input.lines, `${session.startTime} ngày ${formatDateVN(session.sessionOn)}`)[0];
  if (problem) throw new AppError('invalid_input', problem.message, { field: problem.field });

  const before = session.takenAt === null ? null : { takenAt: session.takenAt, takenBy: session.takenBy, lines: sheet.map(lineView) };
  const marks = input.lines.map((l) => ({ enrolmentId: l.enrolmentId, present: l.present, reason: l.present ? null : (l.reason ?? null), note: l.note || null }));
  // Rows of residents no longer on the sheet (a back-dated withdrawal) go, so the counts match the sheet.
  ctx.sqlite
    .prepare('DELETE FROM session_attendance WHERE session_id = ? AND enrolment_id NOT IN (SELECT value FROM json_each(?))')
    .run(session.id, JSON.stringify(marks.map((m) => m.enrolmentId)));
  const upsert = ctx.sqlite.prepare(
    `INSERT INTO session_attendance (session_id, enrolment_id, present, reason, note) VALUES (@sessionId, @enrolmentId, @present, @reason, @note)
     ON CONFLICT (session_id, enrolment_id) DO UPDATE SET present = excluded.present, reason = excluded.reason, note = excluded.note`,
  );
  for (const m of marks) upsert.run({ ...m, sessionId: session.id, present: m.present ? 1 : 0 });
  const takenAt = ctx.now().toISOString();
  ctx.sqlite.prepare('UPDATE training_sessions SET taken_at = ?, taken_by = ? WHERE id = ?').run(takenAt, ctx.user?.id ?? null, session.id);
  ctx.audit({ entity: 'training_session', entityId: session.id, before, after: { takenAt, lines: marks } });
  const present = marks.filter((m) => m.present).length;
  return { present, absent: marks.length - present };
}
