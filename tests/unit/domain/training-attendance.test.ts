import { describe, expect, it } from 'vitest';
import type { CensusStatus } from '../../../shared/domain/census';
import { attendanceProblems, onSessionDay, sheetLines, type SheetEnrolment } from '../../../shared/domain/training-attendance';

const e = (enrolmentId: number, fullName: string, o: Partial<SheetEnrolment> = {}): SheetEnrolment => ({
  enrolmentId,
  stayId: enrolmentId * 10,
  fullName,
  fileNumber: `2026/000${enrolmentId}`,
  status: 'enrolled',
  enrolledOn: '2026-11-02',
  withdrawnOn: null,
  ...o,
});

describe('who is on a session’s sheet', () => {
  it('lists those who joined on or before the day and had not left by it; never the waiting list', () => {
    expect(onSessionDay(e(1, 'A'), '2026-11-02')).toBe(true);
    expect(onSessionDay(e(1, 'A', { enrolledOn: '2026-11-19' }), '2026-11-18')).toBe(false);
    expect(onSessionDay(e(1, 'A', { status: 'withdrawn', withdrawnOn: '2026-11-20' }), '2026-11-18')).toBe(true);
    expect(onSessionDay(e(1, 'A', { status: 'withdrawn', withdrawnOn: '2026-11-18' }), '2026-11-18')).toBe(false);
    expect(onSessionDay(e(1, 'A', { status: 'waiting' }), '2026-11-18')).toBe(false);
  });

  it('marks everyone present except those away by a movement, with its reason; a discharged one is not listed', () => {
    const statuses = new Map<number, CensusStatus>([
      [10, 'present'],
      [20, 'in_hospital'],
      [30, 'suspended'],
    ]);
    const lines = sheetLines([e(1, 'An'), e(2, 'Bình'), e(3, 'Cường'), e(4, 'Dũng')], '2026-11-20', statuses, null);
    expect(lines.map((l) => [l.fullName, l.present, l.reason, l.awayByMovement])).toEqual([
      ['An', true, null, false],
      ['Bình', false, 'hospital', true],
      ['Cường', false, 'other', true],
    ]);
  });

  it('shows the saved marks once taken, still knowing who was away by a movement', () => {
    const statuses = new Map<number, CensusStatus>([
      [10, 'present'],
      [20, 'in_hospital'],
    ]);
    const saved = new Map([
      [1, { present: false, reason: 'sick' as const, note: 'Sốt' }],
      [2, { present: false, reason: 'hospital' as const, note: null }],
    ]);
    const lines = sheetLines([e(1, 'An'), e(2, 'Bình')], '2026-11-20', statuses, saved);
    expect(lines.map((l) => [l.present, l.reason, l.note, l.awayByMovement])).toEqual([
      [false, 'sick', 'Sốt', false],
      [false, 'hospital', null, true],
    ]);
  });
});

describe('what a submitted sheet may not say', () => {
  const statuses = new Map<number, CensusStatus>([
    [10, 'present'],
    [20, 'in_hospital'],
  ]);
  const lines = sheetLines([e(1, 'Nguyễn Văn An'), e(2, 'Trần Văn Bình')], '2026-11-20', statuses, null);
  const at = '13:30 ngày 20/11/2026';

  it('accepts the sheet as given, or an absence with a reason', () => {
    expect(attendanceProblems(lines, [{ enrolmentId: 1, present: true }, { enrolmentId: 2, present: false, reason: 'hospital' }], at)).toEqual([]);
    expect(attendanceProblems(lines, [{ enrolmentId: 1, present: false, reason: 'refused' }, { enrolmentId: 2, present: false, reason: 'hospital' }], at)).toEqual([]);
  });

  it('refuses an absence without a reason, a resident away by a movement marked present or with another reason', () => {
    expect(attendanceProblems(lines, [{ enrolmentId: 1, present: false }, { enrolmentId: 2, present: false, reason: 'hospital' }], at)).toEqual([
      { field: 'lines.0.reason', message: 'Nguyễn Văn An vắng: chọn lý do vắng.' },
    ]);
    expect(attendanceProblems(lines, [{ enrolmentId: 1, present: true }, { enrolmentId: 2, present: true }], at)).toEqual([
      { field: 'lines.1.present', message: 'Trần Văn Bình đang nằm viện lúc 13:30 ngày 20/11/2026: không thể ghi có mặt.' },
    ]);
    expect(attendanceProblems(lines, [{ enrolmentId: 1, present: true }, { enrolmentId: 2, present: false, reason: 'sick' }], at)[0]?.message).toBe(
      'Trần Văn Bình đang nằm viện lúc 13:30 ngày 20/11/2026: lý do vắng là "nằm viện".',
    );
  });

  it('refuses a missing, an extra or a repeated resident', () => {
    expect(attendanceProblems(lines, [{ enrolmentId: 1, present: true }], at)).toEqual([
      { field: 'lines', message: 'Danh sách điểm danh còn thiếu: Trần Văn Bình (2026/0002).' },
    ]);
    const extra = attendanceProblems(lines, [{ enrolmentId: 1, present: true }, { enrolmentId: 2, present: false, reason: 'hospital' }, { enrolmentId: 7, present: true }], at);
    expect(extra).toEqual([{ field: 'lines.2.enrolmentId', message: 'Dòng 3: học viên này không có trong danh sách của buổi học.' }]);
    const twice = attendanceProblems(lines, [{ enrolmentId: 1, present: true }, { enrolmentId: 1, present: true }, { enrolmentId: 2, present: false, reason: 'hospital' }], at);
    expect(twice).toEqual([{ field: 'lines.1.enrolmentId', message: 'Dòng 2: Nguyễn Văn An được ghi hai lần.' }]);
  });
});
