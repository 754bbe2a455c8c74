import { overCapacityBy } from './capacity';
import type { CensusRow, CensusStatus } from './census';

/** How an officer marks each expected resident; every mark but 'present' must be explained. */
export const rollStatuses = ['present', 'away', 'escaped', 'absent'] as const;
export type RollStatus = (typeof rollStatuses)[number];

export interface RollTime {
  slot: string;
  time: string;
}

/** The roll times in settings, checked; the migration's default (morning 06:30, evening 21:00) if unreadable. */
export function parseRollTimes(json: string | null | undefined): RollTime[] {
  const fallback = [
    { slot: 'morning', time: '06:30' },
    { slot: 'evening', time: '21:00' },
  ];
  if (!json) return fallback;
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return fallback;
    const times = value.filter(
      (v): v is RollTime =>
        typeof v === 'object' && v !== null && typeof v.slot === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(String(v.time)),
    );
    return times.length > 0 ? times.sort((a, b) => a.time.localeCompare(b.time)) : fallback;
  } catch {
    return fallback;
  }
}

export interface ExpectedEntry {
  stayId: number;
  /** Present by default, or away by a known movement (hospital, leave, court, escape, suspension). */
  expected: 'present' | 'away';
  awayStatus: Exclude<CensusStatus, 'present'> | null;
  movementId: number | null;
}

/** The residents a roll expects: everyone on the books with a bed in the area at the roll instant. */
export function expectedFromCensus(rows: CensusRow[]): ExpectedEntry[] {
  return rows.map((r) =>
    r.status === 'present'
      ? { stayId: r.stayId, expected: 'present', awayStatus: null, movementId: null }
      : { stayId: r.stayId, expected: 'away', awayStatus: r.status, movementId: r.movementId },
  );
}

export interface MarkedEntry {
  stayId: number;
  status: RollStatus;
  reason?: string | null | undefined;
  searchDecisionNumber?: string | null | undefined;
  searchDecisionDate?: string | null | undefined;
}

export interface RollProblem {
  stayId: number | null;
  field: 'entries' | 'reason' | 'searchDecisionNumber' | 'searchDecisionDate' | 'status';
  message: string;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * What is wrong with a roll before it is saved: everyone expected must be marked once and no one else; 'away'
 * only with a known movement; an escape only for someone expected present and with the head's search decision
 * (number and date, not after the roll's day); an absence needs a reason.
 */
export function rollProblems(expected: ExpectedEntry[], marked: MarkedEntry[], rollDate: string): RollProblem[] {
  const problems: RollProblem[] = [];
  const byStay = new Map(expected.map((e) => [e.stayId, e]));
  const seen = new Set<number>();
  for (const m of marked) {
    const e = byStay.get(m.stayId);
    if (!e) {
      problems.push({ stayId: m.stayId, field: 'entries', message: 'Học viên này không thuộc buổi điểm danh của khu.' });
      continue;
    }
    if (seen.has(m.stayId)) problems.push({ stayId: m.stayId, field: 'entries', message: 'Học viên được điểm danh hai lần.' });
    seen.add(m.stayId);
    if (e.expected === 'away' && m.status !== 'away') {
      problems.push({
        stayId: m.stayId,
        field: 'status',
        message: 'Học viên đang vắng theo diễn biến đã ghi; ghi diễn biến trở về trước khi điểm danh có mặt.',
      });
    }
    if (e.expected === 'present' && m.status === 'away') {
      problems.push({
        stayId: m.stayId,
        field: 'status',
        message: 'Không có diễn biến nào cho việc vắng mặt này: ghi là bỏ trốn hoặc vắng có lý do.',
      });
    }
    if (m.status === 'absent' && blank(m.reason)) {
      problems.push({ stayId: m.stayId, field: 'reason', message: 'Vắng mặt: ghi lý do.' });
    }
    if (m.status === 'escaped' && e.expected === 'present') {
      if (blank(m.searchDecisionNumber)) {
        problems.push({ stayId: m.stayId, field: 'searchDecisionNumber', message: 'Bỏ trốn: ghi số quyết định truy tìm.' });
      }
      if (blank(m.searchDecisionDate)) {
        problems.push({ stayId: m.stayId, field: 'searchDecisionDate', message: 'Bỏ trốn: ghi ngày quyết định truy tìm.' });
      } else if ((m.searchDecisionDate ?? '') > rollDate) {
        problems.push({
          stayId: m.stayId,
          field: 'searchDecisionDate',
          message: 'Ngày quyết định truy tìm không được sau ngày điểm danh.',
        });
      }
    }
  }
  const missing = expected.filter((e) => !seen.has(e.stayId)).length;
  if (missing > 0) {
    problems.push({ stayId: null, field: 'entries', message: `Còn ${missing} học viên chưa được điểm danh.` });
  }
  return problems;
}

export interface HeadcountCounts {
  onBooks: number;
  present: number;
  inHospital: number;
  onLeave: number;
  atCourt: number;
  escaped: number;
  suspended: number;
  overCapacity: number;
}

const field: Record<CensusStatus, keyof HeadcountCounts> = {
  present: 'present',
  in_hospital: 'inHospital',
  on_leave: 'onLeave',
  at_court: 'atCourt',
  escaped: 'escaped',
  suspended: 'suspended',
};

/**
 * Counts of a set of census rows; over capacity is the residents above each room's working capacity, counting
 * everyone who holds a bed there (away residents keep theirs).
 */
export function headcountOf(rows: { status: CensusStatus; roomId: number | null }[], working: Map<number, number>): HeadcountCounts {
  const counts: HeadcountCounts = { onBooks: 0, present: 0, inHospital: 0, onLeave: 0, atCourt: 0, escaped: 0, suspended: 0, overCapacity: 0 };
  const perRoom = new Map<number, number>();
  for (const r of rows) {
    counts.onBooks++;
    counts[field[r.status]]++;
    if (r.roomId !== null) perRoom.set(r.roomId, (perRoom.get(r.roomId) ?? 0) + 1);
  }
  for (const [roomId, n] of perRoom) counts.overCapacity += overCapacityBy(n, working.get(roomId) ?? n);
  return counts;
}
