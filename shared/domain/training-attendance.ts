import type { CensusStatus } from './census';
import { stayStateNames } from './placement-messages';
import type { AttendanceReason } from './vocabulary';

/** Who is expected at a session, how each is marked by default, and what a saved sheet may not say (DOMAIN.md §7). */

export const attendanceReasonNames: Record<AttendanceReason, string> = {
  sick: 'ốm',
  hospital: 'nằm viện',
  leave: 'về chịu tang',
  court: 'ra tòa',
  escaped: 'bỏ trốn',
  refused: 'không chịu học',
  other: 'lý do khác',
};

/** The absence reason a movement gives; a suspension has no code of its own. */
export const awayReasons: Record<Exclude<CensusStatus, 'present'>, AttendanceReason> = {
  in_hospital: 'hospital',
  on_leave: 'leave',
  at_court: 'court',
  escaped: 'escaped',
  suspended: 'other',
};

export interface SheetEnrolment {
  enrolmentId: number;
  stayId: number;
  fullName: string;
  fileNumber: string;
  status: 'enrolled' | 'waiting' | 'withdrawn';
  enrolledOn: string;
  withdrawnOn: string | null;
}

/** On the class that day: joined on or before it (not later), and not yet left; the waiting list never is. */
export function onSessionDay(e: Pick<SheetEnrolment, 'status' | 'enrolledOn' | 'withdrawnOn'>, sessionOn: string): boolean {
  if (e.status === 'waiting' || e.enrolledOn > sessionOn) return false;
  return e.status === 'enrolled' || (e.withdrawnOn !== null && e.withdrawnOn > sessionOn);
}

export interface SavedMark {
  present: boolean;
  reason: AttendanceReason | null;
  note: string | null;
}

export interface SheetLine extends SheetEnrolment, SavedMark {
  awayByMovement: boolean;
  /** The state his movements put him in at the session's start. */
  awayStatus: Exclude<CensusStatus, 'present'> | null;
}

/**
 * The sheet of a session: each resident on the class that day and on the books at its start (a discharged one is
 * not), present by default or away by his movement with its reason; once taken, the saved marks.
 */
export function sheetLines(
  enrolments: readonly SheetEnrolment[],
  sessionOn: string,
  statusAtStart: ReadonlyMap<number, CensusStatus>,
  saved: ReadonlyMap<number, SavedMark> | null,
): SheetLine[] {
  const lines: SheetLine[] = [];
  for (const e of enrolments) {
    const status = statusAtStart.get(e.stayId);
    if (status === undefined || !onSessionDay(e, sessionOn)) continue;
    const awayStatus = status === 'present' ? null : status;
    const mark = saved?.get(e.enrolmentId) ?? (awayStatus ? { present: false, reason: awayReasons[awayStatus], note: null } : { present: true, reason: null, note: null });
    lines.push({ ...e, ...mark, awayByMovement: awayStatus !== null, awayStatus });
  }
  return lines;
}

export interface SubmittedMark {
  enrolmentId: number;
  present: boolean;
  reason?: AttendanceReason | undefined;
}

export interface AttendanceProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a sheet as submitted: it must list exactly the sheet's residents, once each; an absence
 * needs a reason; a resident away by a movement is absent with the movement's reason.
 */
export function attendanceProblems(lines: readonly SheetLine[], submitted: readonly SubmittedMark[], startLabel: string): AttendanceProblem[] {
  const problems: AttendanceProblem[] = [];
  const byId = new Map(lines.map((l) => [l.enrolmentId, l]));
  const seen = new Set<number>();
  submitted.forEach((m, i) => {
    const line = byId.get(m.enrolmentId);
    if (!line || seen.has(m.enrolmentId)) {
      const message = line ? `Dòng ${i + 1}: ${line.fullName} được ghi hai lần.` : `Dòng ${i + 1}: học viên này không có trong danh sách của buổi học.`;
      problems.push({ field: `lines.${i}.enrolmentId`, message });
      return;
    }
    seen.add(m.enrolmentId);
    if (line.awayStatus) {
      const state = `${line.fullName} ${stayStateNames[line.awayStatus]} lúc ${startLabel}`;
      if (m.present) problems.push({ field: `lines.${i}.present`, message: `${state}: không thể ghi có mặt.` });
      else if (m.reason !== awayReasons[line.awayStatus]) {
        problems.push({ field: `lines.${i}.reason`, message: `${state}: lý do vắng là "${attendanceReasonNames[awayReasons[line.awayStatus]]}".` });
      }
    } else if (!m.present && !m.reason) {
      problems.push({ field: `lines.${i}.reason`, message: `${line.fullName} vắng: chọn lý do vắng.` });
    }
  });
  const missing = lines.filter((l) => !seen.has(l.enrolmentId));
  if (missing.length > 0) {
    problems.push({ field: 'lines', message: `Danh sách điểm danh còn thiếu: ${missing.map((l) => `${l.fullName} (${l.fileNumber})`).join(', ')}.` });
  }
  return problems;
}
