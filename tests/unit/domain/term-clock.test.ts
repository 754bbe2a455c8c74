import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { escapePeriods } from '../../../shared/domain/movements';
import { computeTermClock, type TermInput } from '../../../shared/domain/term-clock';

const base: TermInput = {
  admittedOn: '2026-11-10',
  termMonths: 18,
  heldDaysDeducted: 0,
  escapes: [],
  reductions: [],
  asOf: '2026-11-23',
  noticeDays: 15,
};

describe('term clock', () => {
  it('an 18-month term from 10/11/2026 ends on 10/05/2028, with the notice due 15 days before', () => {
    const c = computeTermClock(base);
    expect(c.releaseDate).toBe('2028-05-10');
    expect(c.daysServed).toBe(13);
    expect(c.daysRemaining).toBe(daysBetween('2026-11-23', '2028-05-10'));
    expect(c.noticeDueDate).toBe('2028-04-25');
    expect(c.halfTermDate).toBe(addDays('2026-11-10', Math.ceil(c.termDays / 2)));
  });

  it('escape days do not count: a 12-day escape moves the release 12 days later (NĐ 116 Điều 56 k4)', () => {
    const c = computeTermClock({ ...base, asOf: '2027-03-01', escapes: [{ from: '2027-01-05', to: '2027-01-17' }] });
    expect(c.releaseDate).toBe('2028-05-22');
    expect(c.daysNotCounted).toBe(12);
    expect(c.adjustments).toContainEqual({ kind: 'escape', days: 12, from: '2027-01-05', to: '2027-01-17' });
  });

  it('an escape still open makes the date provisional and keeps moving it', () => {
    const day1 = computeTermClock({ ...base, asOf: '2027-01-10', escapes: [{ from: '2027-01-05', to: null }] });
    const day2 = computeTermClock({ ...base, asOf: '2027-01-11', escapes: [{ from: '2027-01-05', to: null }] });
    expect(day1.provisional).toBe(true);
    expect(daysBetween(day1.releaseDate, day2.releaseDate)).toBe(1);
  });

  it('days held while the file was prepared are deducted (Điều 44 k3)', () => {
    const c = computeTermClock({ ...base, heldDaysDeducted: 20 });
    expect(c.releaseDate).toBe('2028-04-20');
    expect(c.daysServed).toBe(13 + 20);
  });

  it('a court reduction of 3 months moves the release 3 calendar months earlier', () => {
    const c = computeTermClock({ ...base, reductions: [{ months: 3, decidedOn: '2027-08-01', cause: 'Chấp hành tốt' }] });
    expect(c.releaseDate).toBe('2028-02-10');
  });

  it('pairs escapes with returns and ignores reversed movements', () => {
    const m = (id: number, type: string, on: string, reversesId: number | null = null) => ({
      id, type, occurredOn: on, occurredAt: `${on}T01:00:00.000Z`, reversesId,
    });
    expect(
      escapePeriods([m(1, 'admitted', '2026-01-01'), m(2, 'escaped', '2026-02-01'), m(3, 'returned', '2026-02-10'),
        m(4, 'escaped', '2026-03-01'), m(5, 'reversal', '2026-03-02', 4), m(6, 'escaped', '2026-04-01')]),
    ).toEqual([{ from: '2026-02-01', to: '2026-02-10' }, { from: '2026-04-01', to: null }]);
  });
});

const day = (offset: number) => addDays('2024-01-01', offset);
const escapesArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 60 })), { maxLength: 4 })
  .map((pairs) => {
    // Build non-overlapping escapes in date order, as movements produce them.
    let cursor = 1;
    return [...pairs]
      .sort((a, b) => a[0] - b[0])
      .map(([gap, len]) => {
        const from = cursor + (gap % 200);
        cursor = from + len + 1;
        return { from: day(from), to: day(from + len) };
      });
  });
const inputArb = fc.record({
  admittedOn: fc.constant('2024-01-01'),
  termMonths: fc.integer({ min: 6, max: 24 }),
  heldDaysDeducted: fc.integer({ min: 0, max: 60 }),
  escapes: escapesArb,
  reductions: fc.constant([]),
  asOf: fc.integer({ min: 0, max: 1200 }).map(day),
  noticeDays: fc.constant(15),
});

describe('term clock properties', () => {
  it('days served + days remaining = the term, and every calendar day since admission is served or not counted', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const c = computeTermClock(input);
        if (input.asOf > c.releaseDate) return; // after release nothing remains to account for
        const escapedSoFar = input.escapes.reduce(
          (n, e) => n + (e.from > input.asOf ? 0 : daysBetween(e.from, e.to < input.asOf ? e.to : input.asOf)), 0);
        expect(c.daysNotCounted).toBe(escapedSoFar);
        expect(c.daysServed + c.daysRemaining).toBe(c.termDays);
        expect(daysBetween(input.admittedOn, input.asOf)).toBe(c.daysServed - input.heldDaysDeducted + c.daysNotCounted);
      }),
      { numRuns: 500 },
    );
  });

  it('an escape never moves the release date earlier', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const without = computeTermClock({ ...input, escapes: [] });
        const withEscapes = computeTermClock(input);
        expect(withEscapes.releaseDate >= without.releaseDate).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('working days', () => {
  it('skips weekends and listed holidays', async () => {
    const { addWorkingDays } = await import('../../../shared/domain/dates');
    // Friday 20/11/2026 + 5 working days = Friday 27/11/2026; with Wednesday 25/11 a holiday, Monday 30/11.
    expect(addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-20', 5, ['2026-11-25'])).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
  });
});

describe('time away that still counts', () => {
  it('lists hospital and funeral-leave days as adjustments of 0 days, so the release date does not move', () => {
    const plain = computeTermClock(base);
    const c = computeTermClock({
      ...base,
      asOf: '2027-03-01',
      countedAbsences: [
        { cause: 'hospital', from: '2027-01-05', to: '2027-01-20' },
        { cause: 'funeral_leave', from: '2027-02-10', to: null },
      ],
    });
    expect(c.releaseDate).toBe(plain.releaseDate);
    expect(c.adjustments).toEqual([
      { kind: 'counted', days: 0, cause: 'hospital', from: '2027-01-05', to: '2027-01-20', daysAway: 15 },
      { kind: 'counted', days: 0, cause: 'funeral_leave', from: '2027-02-10', to: null, daysAway: 19 },
    ]);
  });
});
