import { describe, expect, it } from 'vitest';
import {
  allPresent,
  defaultDraft,
  initialDrafts,
  isFuture,
  lineErrors,
  missingReasons,
  setPresent,
  takeLines,
  tally,
  timeRange,
  type Line,
} from './attendance-model';

const line = (enrolmentId: number, over: Partial<Line> = {}): Line => ({
  enrolmentId,
  stayId: 100 + enrolmentId,
  fullName: `Học viên ${enrolmentId}`,
  fileNumber: `HS-${enrolmentId}`,
  present: true,
  reason: null,
  note: null,
  awayByMovement: false,
  ...over,
});

const inHospital = line(3, { present: false, reason: 'hospital', awayByMovement: true, note: 'Bệnh viện tỉnh' });

describe('the attendance sheet as marked', () => {
  const lines = [line(1), line(2), inHospital];

  it('starts with everyone present and the one away by a movement absent with its reason', () => {
    const drafts = initialDrafts(lines);
    expect(drafts.get(1)).toEqual({ present: true, reason: null, note: '' });
    expect(drafts.get(3)).toEqual({ present: false, reason: 'hospital', note: 'Bệnh viện tỉnh' });
    expect(tally(drafts, lines)).toEqual({ present: 2, absent: 1 });
  });

  it('starts from what was saved once taken', () => {
    expect(defaultDraft(line(4, { present: false, reason: 'sick', note: 'Sốt' }))).toEqual({ present: false, reason: 'sick', note: 'Sốt' });
    expect(defaultDraft(line(5, { awayByMovement: true, present: false, reason: null }))).toEqual({ present: false, reason: 'other', note: '' });
  });

  it('never marks present someone away by a movement', () => {
    const drafts = setPresent(initialDrafts(lines), inHospital, true);
    expect(drafts.get(3)).toEqual({ present: false, reason: 'hospital', note: 'Bệnh viện tỉnh' });
  });

  it('asks for a reason when a resident is marked absent, and clears it when he is present again', () => {
    let drafts = setPresent(initialDrafts(lines), lines[0]!, false);
    expect(missingReasons(drafts, lines)).toEqual([1]);
    drafts = new Map(drafts).set(1, { present: false, reason: 'refused', note: 'Không lên xưởng' });
    expect(missingReasons(drafts, lines)).toEqual([]);
    drafts = setPresent(drafts, lines[0]!, true);
    expect(drafts.get(1)).toEqual({ present: true, reason: null, note: 'Không lên xưởng' });
  });

  it('puts everyone back present except those away by a movement', () => {
    let drafts = setPresent(initialDrafts(lines), lines[0]!, false);
    drafts = setPresent(drafts, lines[1]!, false);
    const all = allPresent(drafts, lines);
    expect(tally(all, lines)).toEqual({ present: 2, absent: 1 });
    expect(all.get(3)?.reason).toBe('hospital');
  });

  it('sends a reason only with an absence and a note only when written', () => {
    const drafts = initialDrafts(lines).set(2, { present: false, reason: 'sick', note: '  ' }).set(1, { present: true, reason: null, note: ' Đi muộn ' });
    expect(takeLines(drafts, lines)).toEqual([
      { enrolmentId: 1, present: true, note: 'Đi muộn' },
      { enrolmentId: 2, present: false, reason: 'sick' },
      { enrolmentId: 3, present: false, reason: 'hospital', note: 'Bệnh viện tỉnh' },
    ]);
  });
});

describe('refusals and times', () => {
  it('puts a refusal on the row it names', () => {
    const sent = [{ enrolmentId: 7, present: true }, { enrolmentId: 9, present: false }];
    const split = lineErrors(
      [
        { field: 'lines.1.reason', message: 'Lý do vắng: chọn một lý do' },
        { field: 'lines.0.present', message: 'Đang nằm viện: không thể có mặt' },
        { field: 'sessionId', message: 'Buổi học chưa diễn ra' },
        { field: 'lines.8.note', message: 'lạc' },
      ],
      sent,
    );
    expect(split.rows.get(9)).toEqual({ reason: 'Lý do vắng: chọn một lý do' });
    expect(split.rows.get(7)).toEqual({ reason: 'Đang nằm viện: không thể có mặt' });
    expect(split.general).toEqual(['Buổi học chưa diễn ra', 'lạc']);
  });

  it('tells a session still to come and writes its hours', () => {
    expect(isFuture('2026-05-02', '2026-05-01')).toBe(true);
    expect(isFuture('2026-05-01', '2026-05-01')).toBe(false);
    expect(timeRange('07:30', 4)).toBe('07:30–11:30');
    expect(timeRange('13:00', 3)).toBe('13:00–16:00');
  });
});
