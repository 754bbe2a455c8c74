import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admissionDueDates, type DueDateRules } from '../../../shared/domain/admission-due-dates';
import { daysBetween } from '../../../shared/domain/dates';

const rules: DueDateRules = {
  noVisitFirstDays: { value: 15, citation: 'NĐ 116/2021 (thăm gặp)' },
  communeNoticeWorkingDays: { value: 5, citation: 'Luật 73/2021 (thông báo cấp xã)' },
  assessmentMaxDays: { value: 5, citation: 'TT 18/2021/TT-BYT Điều 5' },
  holidays: [],
};

describe('due dates an admission sets running', () => {
  it('allows visits from the 16th day: the day brought in is the first of the 15 without visits', () => {
    expect(admissionDueDates({ kind: 'compulsory_adult', admittedOn: '2026-11-10' }, rules).visitsFrom).toEqual({
      date: '2026-11-25',
      citation: 'NĐ 116/2021 (thăm gặp)',
    });
  });

  it('gives the commune notice of a voluntary admission 5 working days, skipping the weekend', () => {
    // Thursday 12/11/2026 → Fri 13, Mon 16, Tue 17, Wed 18, Thu 19.
    const due = admissionDueDates({ kind: 'voluntary', admittedOn: '2026-11-12' }, rules);
    expect(due.communeNotice).toEqual({ date: '2026-11-19', citation: 'Luật 73/2021 (thông báo cấp xã)' });
    expect(due.assessmentResult).toBeNull();
  });

  it('skips the public holidays in settings as well', () => {
    // Tết 2027: admitted Friday 05/02; 08–12/02 are holidays, so the 5 working days are 15–19/02.
    const tet = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
    expect(admissionDueDates({ kind: 'voluntary', admittedOn: '2027-02-05' }, { ...rules, holidays: tet }).communeNotice?.date).toBe('2027-02-19');
  });

  it('owes no commune notice for other kinds, and an assessment its result within 5 days and no visit date', () => {
    expect(admissionDueDates({ kind: 'compulsory_minor', admittedOn: '2026-11-12' }, rules).communeNotice).toBeNull();
    expect(admissionDueDates({ kind: 'assessment', admittedOn: '2026-11-20' }, rules)).toEqual({
      visitsFrom: null,
      communeNotice: null,
      assessmentResult: { date: '2026-11-25', citation: 'TT 18/2021/TT-BYT Điều 5' },
    });
  });

  it('never lands the commune notice on a weekend or holiday, and never sooner than the working days allow', () => {
    const holidays = ['2026-12-31', '2027-01-01', '2027-04-30', '2027-05-01'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 15 }), (offset, n) => {
        const admittedOn = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const due = admissionDueDates({ kind: 'voluntary', admittedOn }, { ...rules, holidays, communeNoticeWorkingDays: { value: n, citation: 'x' } }).communeNotice!.date;
        const weekday = new Date(`${due}T00:00:00Z`).getUTCDay();
        expect(weekday === 0 || weekday === 6 || holidays.includes(due)).toBe(false);
        expect(daysBetween(admittedOn, due)).toBeGreaterThanOrEqual(n);
      }),
    );
  });
});
