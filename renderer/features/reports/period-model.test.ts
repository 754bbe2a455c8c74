import { describe, expect, it } from 'vitest';
import { defaultForm, lastCompletedMonth, periodEnded, periodOf, rangeText } from './period-model';

describe('the default report period', () => {
  it('is the month before under the calendar convention, across the new year', () => {
    expect(lastCompletedMonth('2026-11-03', 'calendar')).toEqual({ year: 2026, month: 10 });
    expect(lastCompletedMonth('2026-01-20', 'calendar')).toEqual({ year: 2025, month: 12 });
  });

  it('under the 15th–14th cut-off is this month once its 14th has passed', () => {
    // On 15/11 the month 15/10–14/11 has just ended; on 14/11 it is still running, so 15/09–14/10 is the last.
    expect(lastCompletedMonth('2026-11-15', 'cutoff15')).toEqual({ year: 2026, month: 11 });
    expect(lastCompletedMonth('2026-11-14', 'cutoff15')).toEqual({ year: 2026, month: 10 });
    expect(lastCompletedMonth('2026-01-10', 'cutoff15')).toEqual({ year: 2025, month: 12 });
  });

  it('shows the dates the head will report on', () => {
    expect(rangeText(periodOf(defaultForm('2026-11-20', 'cutoff15')))).toBe('15/10/2026 – 14/11/2026');
    expect(rangeText(periodOf(defaultForm('2026-11-20', 'calendar')))).toBe('01/10/2026 – 31/10/2026');
  });
});

describe('the period sent to the back end', () => {
  const form = defaultForm('2026-11-20', 'cutoff15');

  it('carries only the fields of its kind', () => {
    expect(periodOf({ ...form, kind: 'quarter', quarter: 1 })).toEqual({ kind: 'quarter', convention: 'cutoff15', year: 2026, quarter: 1 });
    expect(periodOf({ ...form, kind: 'year' })).toEqual({ kind: 'year', convention: 'cutoff15', year: 2026 });
    // The cut-off year runs 15/12 of the year before to 14/12.
    expect(rangeText(periodOf({ ...form, kind: 'half', half: 1 }))).toBe('15/12/2025 – 14/06/2026');
  });

  it('leaves out a date still being typed, so the back end asks for it', () => {
    const custom = periodOf({ ...form, kind: 'custom', from: '2026-03-01', to: null });
    expect(custom).toEqual({ kind: 'custom', from: '2026-03-01', to: undefined });
    expect(rangeText(custom)).toBeNull();
  });

  it('knows a period that has not ended yet', () => {
    expect(periodEnded({ kind: 'month', convention: 'calendar', year: 2026, month: 11 }, '2026-11-30')).toBe(false);
    expect(periodEnded({ kind: 'month', convention: 'calendar', year: 2026, month: 11 }, '2026-12-01')).toBe(true);
  });
});
