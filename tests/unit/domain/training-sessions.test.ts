import { describe, expect, it } from 'vitest';
import { durationProblem, scheduleProblems, sessionDates } from '../../../shared/domain/training-sessions';

describe('sessions from a weekly schedule', () => {
  it('gives every Monday and Thursday of December 2026, less the holiday, in order', () => {
    const schedule = [
      { weekday: 4, start: '07:30', hours: 4 },
      { weekday: 1, start: '07:30', hours: 4 },
    ];
    // Mondays 7, 14, 21, 28 and Thursdays 3, 10, 17, 24, 31; the 24th is a holiday.
    const sessions = sessionDates(schedule, '2026-12-01', '2026-12-31', ['2026-12-24', '2027-01-01']);
    expect(sessions.map((s) => s.sessionOn)).toEqual(['2026-12-03', '2026-12-07', '2026-12-10', '2026-12-14', '2026-12-17', '2026-12-21', '2026-12-28', '2026-12-31']);
    expect(sessions[0]).toEqual({ sessionOn: '2026-12-03', startTime: '07:30', hours: 4 });
  });

  it('gives two sessions on a day with a morning and an afternoon slot, morning first, and includes both end dates', () => {
    const schedule = [
      { weekday: 1, start: '13:30', hours: 3 },
      { weekday: 1, start: '07:30', hours: 2 },
    ];
    const sessions = sessionDates(schedule, '2026-12-07', '2026-12-14', []);
    expect(sessions).toEqual([
      { sessionOn: '2026-12-07', startTime: '07:30', hours: 2 },
      { sessionOn: '2026-12-07', startTime: '13:30', hours: 3 },
      { sessionOn: '2026-12-14', startTime: '07:30', hours: 2 },
      { sessionOn: '2026-12-14', startTime: '13:30', hours: 3 },
    ]);
  });

  it('gives nothing when no scheduled weekday falls between the dates', () => {
    expect(sessionDates([{ weekday: 6, start: '07:30', hours: 4 }], '2026-12-07', '2026-12-11', [])).toEqual([]);
  });

  it('refuses two overlapping slots on one weekday and a slot running past midnight, naming the slots', () => {
    expect(scheduleProblems([{ weekday: 1, start: '07:30', hours: 4 }, { weekday: 1, start: '13:30', hours: 4 }, { weekday: 2, start: '08:00', hours: 4 }])).toEqual([]);
    expect(scheduleProblems([{ weekday: 1, start: '07:30', hours: 4 }, { weekday: 2, start: '08:00', hours: 4 }, { weekday: 1, start: '11:00', hours: 2 }])).toEqual([
      { index: 2, message: 'Lịch học: hai buổi thứ Hai chồng giờ nhau (07:30, 4 giờ và 11:00, 2 giờ).' },
    ]);
    // Back to back is not an overlap.
    expect(scheduleProblems([{ weekday: 3, start: '07:30', hours: 4 }, { weekday: 3, start: '11:30', hours: 2 }])).toEqual([]);
    expect(scheduleProblems([{ weekday: 7, start: '20:00', hours: 5 }])[0]?.message).toBe('Lịch học: buổi Chủ nhật 20:00, 5 giờ phải kết thúc trong ngày.');
  });

  it('keeps an under-3-months class before start + 3 months and a sơ cấp class under a year', () => {
    expect(durationProblem('under_3_months', 'May', '2026-12-01', '2027-02-28')).toBeNull();
    expect(durationProblem('under_3_months', 'May', '2026-12-01', '2027-03-01')).toBe(
      'Nghề May dạy dưới 3 tháng: khai giảng 01/12/2026 thì ngày kết thúc phải trước 01/03/2027.',
    );
    expect(durationProblem('so_cap', 'Hàn', '2026-12-01', '2027-11-30')).toBeNull();
    expect(durationProblem('so_cap', 'Hàn', '2026-12-01', '2027-12-01')).toMatch(/trước 01\/12\/2027/);
  });
});
