import { describe, expect, it } from 'vitest';
import { changedCount, formatMonthVN, initialDrafts, monthOf, previousMonth, rowErrors, saveEntries, setAllGrades, shiftMonth, type SheetRow } from './rating-model';

const row = (stayId: number, grade: string | null = null, note: string | null = null): SheetRow => ({
  stayId,
  fullName: `Học viên ${stayId}`,
  fileNumber: `HS-${stayId}`,
  grade,
  note,
  previous: [],
});

describe('months', () => {
  it('moves across year ends both ways', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
    expect(shiftMonth('2026-03', 0)).toBe('2026-03');
  });

  it('rates the month before today by default', () => {
    expect(previousMonth('2026-01-05')).toBe('2025-12');
    expect(previousMonth('2026-03-31')).toBe('2026-02');
    expect(monthOf('2026-03-31')).toBe('2026-03');
  });

  it('writes a month as mm/yyyy', () => {
    expect(formatMonthVN('2026-03')).toBe('03/2026');
  });
});

describe('the rating sheet as typed and as sent', () => {
  const rows = [row(1, 'tot', 'Chăm chỉ'), row(2), row(3)];

  it('starts from what is saved and sends only rows with a grade, without empty notes', () => {
    const drafts = initialDrafts(rows);
    drafts.set(3, { grade: 'kha', note: '  ' });
    expect(saveEntries(rows, drafts)).toEqual([
      { stayId: 1, grade: 'tot', note: 'Chăm chỉ' },
      { stayId: 3, grade: 'kha' },
    ]);
    expect(changedCount(rows, drafts)).toBe(1);
  });

  it('sets every row at once and keeps the notes', () => {
    const all = setAllGrades(initialDrafts(rows), rows, 'kha');
    expect([...all.values()]).toEqual([
      { grade: 'kha', note: 'Chăm chỉ' },
      { grade: 'kha', note: '' },
      { grade: 'kha', note: '' },
    ]);
    expect(changedCount(rows, all)).toBe(3);
  });

  it('puts a refusal on the row of the entry it names', () => {
    const sent = [{ stayId: 7, grade: 'x' }, { stayId: 9, grade: 'kha', note: 'n' }];
    const split = rowErrors(
      [
        { field: 'entries.1.grade', message: 'Xếp loại: không hợp lệ' },
        { field: 'entries.1.note', message: 'Ghi chú: tối đa 300 ký tự' },
        { field: 'month', message: 'Tháng đã được xác nhận' },
        { field: 'entries.5.grade', message: 'lạc' },
      ],
      sent,
    );
    expect(split.rows.get(9)).toEqual({ grade: 'Xếp loại: không hợp lệ', note: 'Ghi chú: tối đa 300 ký tự' });
    expect(split.rows.has(7)).toBe(false);
    expect(split.general).toEqual(['Tháng đã được xác nhận', 'lạc']);
  });
});
