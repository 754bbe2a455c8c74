import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalDateIssue, legalKeys, legalValueIssues } from '../../../shared/domain/legal-edit';

const rows = [
  { key: 'release.notice_days', value: { days: 15 }, citation: 'NĐ 116/2021', effectiveFrom: '2022-01-01' },
  { key: 'release.notice_days', value: { days: 20 }, citation: 'NĐ sửa đổi', effectiveFrom: '2025-07-01' },
  { key: 'release.notice_days', value: { days: 30 }, citation: 'NĐ sửa đổi 2027', effectiveFrom: '2027-01-01' },
];
const today = '2026-11-23';

describe('effective date of a new legal value', () => {
  it('accepts today, a later date, or a past date after the value in force', () => {
    for (const date of [today, '2026-12-01', '2027-06-01', '2025-07-02']) {
      expect(legalDateIssue(rows, 'release.notice_days', date, today), date).toBeNull();
    }
  });

  it('refuses a date a value already has, and one that would slip under the value in force', () => {
    expect(legalDateIssue(rows, 'release.notice_days', '2027-01-01', today)?.message).toContain('đã có giá trị hiệu lực từ 01/01/2027');
    expect(legalDateIssue(rows, 'release.notice_days', '2024-01-01', today)?.message).toContain('phải sau 01/07/2025');
  });

  it('accepts any date for a figure with no value yet', () => {
    expect(legalDateIssue(rows, 'funeral_leave.max_days', '2019-01-01', today)).toBeNull();
  });

  it('never refuses a date strictly after every recorded one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), (n) => {
        const date = new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        expect(legalDateIssue(rows, 'release.notice_days', date, today)).toBeNull();
      }),
    );
  });
});

describe('value of a legal figure', () => {
  it('knows every figure the settings hold', () => {
    expect(legalKeys).toContain('work.hour_caps');
    expect(legalValueIssues('aftercare.years', { adultCompulsory: 2, other: 1 })).toEqual([]);
  });

  it('names the part that is wrong in Vietnamese', () => {
    expect(legalValueIssues('room.m2_per_person', { standard: 'sáu', care24h: 8 })).toEqual([
      { field: 'standard', message: 'Diện tích phòng thường (m²/người): bắt buộc, nhập một số' },
    ]);
    expect(legalValueIssues('term.voluntary', { minMonths: 13, maxMonths: 12 })).toEqual([
      { field: 'maxMonths', message: 'Số tháng tối đa không được nhỏ hơn số tháng tối thiểu' },
    ]);
  });
});
