import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandOn, capProblem, capReached, isoWeekOf, type HourCaps } from '../../../shared/domain/work-caps';
import { lineAmount, payTotals } from '../../../shared/domain/work-pay';

const caps: HourCaps = { adult: { day: 8, week: 48 }, age15to18: { day: 6, week: 30 }, age12to15: { day: 4, week: 20 } };
const citation = 'Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74';

describe('age band on the work date', () => {
  it('changes on the 15th and the 18th birthday, not the day before', () => {
    expect(ageBandOn('2011-11-23', '2026-11-22', 18)).toEqual({ age: 14, band: 'age12to15' });
    expect(ageBandOn('2011-11-23', '2026-11-23', 18)).toEqual({ age: 15, band: 'age15to18' });
    expect(ageBandOn('2008-11-23', '2026-11-22', 18)).toEqual({ age: 17, band: 'age15to18' });
    expect(ageBandOn('2008-11-23', '2026-11-23', 18)).toEqual({ age: 18, band: 'adult' });
  });
});

describe('ISO week', () => {
  it('runs Monday to Sunday', () => {
    expect(isoWeekOf('2026-11-23')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(isoWeekOf('2026-11-29')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(isoWeekOf('2026-11-22')).toEqual({ monday: '2026-11-16', sunday: '2026-11-22' });
  });
});

describe('caps', () => {
  it('names the cap, the band and the citation', () => {
    const base = { fullName: 'Trần Văn Nam', age: 16, band: 'age15to18' as const, workOn: '2026-11-23', caps, adultAge: 18, citation };
    expect(capProblem({ ...base, hoursDay: 7, hoursWeek: 7 })).toBe(
      'Trần Văn Nam (16 tuổi): 7 giờ ngày 23/11/2026 vượt giới hạn 6 giờ/ngày của người từ đủ 15 đến dưới 18 tuổi (Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74).',
    );
    expect(capProblem({ ...base, hoursDay: 5.5, hoursWeek: 30.5 })).toBe(
      'Trần Văn Nam (16 tuổi): 30,5 giờ trong tuần 23/11/2026–29/11/2026 vượt giới hạn 30 giờ/tuần của người từ đủ 15 đến dưới 18 tuổi (Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74).',
    );
    expect(capProblem({ ...base, hoursDay: 6, hoursWeek: 30 })).toBeNull();
    expect(capReached({ ...base, hoursDay: 6, hoursWeek: 6 })).toContain('Đã đủ 6 giờ/ngày');
  });

  it('property: a day total is refused exactly above the cap of the band, and a week total likewise', () => {
    fc.assert(
      fc.property(fc.constantFrom('adult', 'age15to18', 'age12to15' as const), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1000 }), (band, tenthsDay, tenthsWeek) => {
        const hoursDay = tenthsDay / 10;
        const hoursWeek = Math.max(hoursDay, tenthsWeek / 10);
        const p = capProblem({ fullName: 'A', age: 20, band, workOn: '2026-11-23', hoursDay, hoursWeek, caps, adultAge: 18, citation });
        expect(p !== null).toBe(hoursDay > caps[band].day || hoursWeek > caps[band].week);
      }),
    );
  });

  it('sums of fractions at the cap are within it', () => {
    const base = { fullName: 'A', age: 20, band: 'adult' as const, workOn: '2026-11-23', caps, adultAge: 18, citation };
    expect(capProblem({ ...base, hoursDay: 0.1 + 0.2 + 7.7, hoursWeek: 8 })).toBeNull();
  });
});

describe('pay', () => {
  it('rounds quantity × rate to the đồng, a reversal mirrors its line', () => {
    expect(lineAmount(2.5, 1333)).toBe(3333);
    expect(lineAmount(-2.5, 1333)).toBe(-3333);
    expect(lineAmount(0, 1500)).toBe(0);
  });
  it('totals the lines', () => {
    expect(payTotals([{ stayId: 1, hours: 8, amountDong: 100 }, { stayId: 2, hours: 4, amountDong: 50 }])).toEqual({ totalDong: 150, residents: 2 });
  });
});
