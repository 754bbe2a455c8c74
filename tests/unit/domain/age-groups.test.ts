import dayjs from 'dayjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageGroupOf as groupOf, ageGroups, birthRangeOf } from '../../../shared/domain/age-groups';

const ageGroupOf = (date: string | null, year: number, on: string) => groupOf({ date, year }, on);

const today = '2026-11-23';

describe('age groups (age today)', () => {
  it('puts a birthday on its day: 18 today is an adult, 31 and 46 open the next groups', () => {
    expect(ageGroupOf('2008-11-23', 2008, today)).toBe('18to30');
    expect(ageGroupOf('2008-11-24', 2008, today)).toBe('under18');
    expect(ageGroupOf('1995-11-24', 1995, today)).toBe('18to30');
    expect(ageGroupOf('1995-11-23', 1995, today)).toBe('31to45');
    expect(ageGroupOf('1980-11-24', 1980, today)).toBe('31to45');
    expect(ageGroupOf('1980-11-23', 1980, today)).toBe('over45');
  });

  it('counts a person known only by the birth year from 31 December, never older than they may be', () => {
    expect(ageGroupOf(null, 2008, today)).toBe('under18');
    expect(ageGroupOf(null, 2008, '2026-12-31')).toBe('18to30');
  });

  it('counts a leap-day birth as the admission rules do (shared ageOn: a year older on 28 February)', () => {
    expect(ageGroupOf('2008-02-29', 2008, '2026-02-27')).toBe('under18');
    expect(ageGroupOf('2008-02-29', 2008, '2026-02-28')).toBe('18to30');
  });

  it('the birth range of a group holds exactly the people of that group (property)', () => {
    const day = (min: string, max: string) =>
      fc
        .integer({ min: 0, max: dayjs(max).diff(dayjs(min), 'day') })
        .map((n) => dayjs(min).add(n, 'day').format('YYYY-MM-DD'));
    fc.assert(
      fc.property(day('1930-01-01', '2020-12-31'), day('2020-01-01', '2040-12-31'), (birth, on) => {
        const group = ageGroupOf(birth, Number(birth.slice(0, 4)), on);
        for (const g of ageGroups) {
          const { bornAfter, bornOnOrBefore } = birthRangeOf(g, on);
          const inRange = (bornAfter === undefined || birth > bornAfter) && (bornOnOrBefore === undefined || birth <= bornOnOrBefore);
          expect(inRange, `${birth} on ${on}: ${g}`).toBe(g === group);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
