import { describe, expect, it } from 'vitest';
import { alertCounts, overviewAlerts, type AlertFacts } from '../../../shared/domain/alerts';
import type { LegalRow } from '../../../shared/domain/legal';

const legal: LegalRow[] = [
  { key: 'assessment.max_days', value: { days: 5 }, citation: 'Thông tư 18/2021/TT-BYT, Điều 5', effectiveFrom: '2022-01-01' },
  { key: 'funeral_leave.max_days', value: { days: 5 }, citation: 'Nghị định 116/2021/NĐ-CP, Điều 70', effectiveFrom: '2022-01-01' },
  { key: 'voluntary.self_termination_working_days', value: { days: 5 }, citation: 'Luật 73/2021/QH14', effectiveFrom: '2022-01-01' },
  { key: 'release.notice_days', value: { days: 15 }, citation: 'Nghị định 116/2021/NĐ-CP (thông báo trước khi chấp hành xong)', effectiveFrom: '2022-01-01' },
  { key: 'death.notice_hours', value: { hours: 24 }, citation: 'Nghị định 116/2021/NĐ-CP (thông báo khi học viên chết)', effectiveFrom: '2022-01-01' },
  {
    key: 'reduction.rules',
    value: { goodMonths: 3, monthsMin: 1, monthsMax: 3, meritMonthsMin: 3, meritMonthsMax: 6, reviewEveryMonths: 3, postingWorkingDays: 5 },
    citation: 'Nghị định 116/2021/NĐ-CP, Điều 58 khoản 1',
    effectiveFrom: '2022-01-01',
  },
];
const who = (stayId: number) => ({ stayId, fullName: `Học viên ${stayId}`, fileNumber: `2026/000${stayId}` });

// Monday 23/11/2026, 10:00 in Vietnam.
const empty: AlertFacts = {
  today: '2026-11-23',
  nowTime: '10:00',
  away: [],
  assessments: [],
  absentVoluntary: [],
  areas: [],
  rollTimes: [
    { slot: 'morning', time: '06:30' },
    { slot: 'evening', time: '21:00' },
  ],
  legal,
  holidays: [],
  releases: [],
  notices: [],
  lastReviewOn: null,
};
const alerts = (f: Partial<AlertFacts>) => overviewAlerts({ ...empty, ...f });

describe('overdue alerts', () => {
  it('flags a resident not back by the expected return, not on the return day itself', () => {
    const away = (expectedReturnOn: string | null) => [
      { ...who(1), state: 'in_hospital' as const, leftOn: '2026-11-10', expectedReturnOn, documentNumber: 'GCV 12/BV' },
    ];
    expect(alerts({ away: away('2026-11-23') })).toEqual([]);
    expect(alerts({ away: away(null) })).toEqual([]);
    expect(alerts({ away: away('2026-11-20') })).toEqual([
      expect.objectContaining({ kind: 'overdue_return', stay: who(1), since: '2026-11-10', dueOn: '2026-11-20', overdueDays: 3, state: 'in_hospital', citation: 'GCV 12/BV' }),
    ]);
  });

  it('cites the funeral leave limit for a resident late back from leave', () => {
    const [alert] = alerts({ away: [{ ...who(2), state: 'on_leave', leftOn: '2026-11-15', expectedReturnOn: '2026-11-22', documentNumber: null }] });
    expect(alert).toMatchObject({ kind: 'overdue_return', overdueDays: 1, citation: 'Nghị định 116/2021/NĐ-CP, Điều 70' });
  });

  it('flags an assessment past its 5 days: admitted 6 days ago yes, 5 days ago not yet', () => {
    expect(alerts({ assessments: [{ ...who(3), admittedOn: '2026-11-18' }] })).toEqual([]);
    expect(alerts({ assessments: [{ ...who(3), admittedOn: '2026-11-17' }] })).toEqual([
      expect.objectContaining({ kind: 'assessment_overdue', since: '2026-11-17', dueOn: '2026-11-22', overdueDays: 1, limit: 5, citation: 'Thông tư 18/2021/TT-BYT, Điều 5' }),
    ]);
  });

  it('counts the voluntary absence in working days, skipping the weekend', () => {
    // Absent since Monday 16/11: Tue–Fri is 4 working days, Monday 23/11 the fifth.
    const absent = [{ ...who(4), absentSince: '2026-11-16' }];
    expect(alerts({ absentVoluntary: absent, today: '2026-11-22' })).toEqual([]);
    expect(alerts({ absentVoluntary: absent })).toEqual([
      expect.objectContaining({ kind: 'voluntary_self_termination', dueOn: '2026-11-23', limit: 5, citation: 'Luật 73/2021/QH14' }),
    ]);
  });

  it('skips public holidays when counting the working days', () => {
    const absent = [{ ...who(4), absentSince: '2026-11-16' }];
    expect(alerts({ absentVoluntary: absent, holidays: ['2026-11-19'] })).toEqual([]);
    expect(alerts({ absentVoluntary: absent, holidays: ['2026-11-19'], today: '2026-11-24' })).toEqual([
      expect.objectContaining({ kind: 'voluntary_self_termination', dueOn: '2026-11-24' }),
    ]);
  });

  it('flags each roll time passed today with no roll for an area that has residents', () => {
    const areas = [
      { areaId: 1, code: 'A', name: 'Khu A', slotsTaken: ['morning'] },
      { areaId: 2, code: 'B', name: 'Khu B', slotsTaken: [] },
    ];
    expect(alerts({ areas })).toEqual([
      expect.objectContaining({ kind: 'roll_not_taken', area: { id: 2, code: 'B', name: 'Khu B' }, slot: 'morning', time: '06:30' }),
    ]);
    expect(alerts({ areas, nowTime: '06:29' })).toEqual([]);
    expect(alerts({ areas, nowTime: '21:00' }).map((a) => `${a.area?.code} ${a.slot}`)).toEqual(['A evening', 'B morning', 'B evening']);
  });

  it('flags a term stay on its release date and after, not the day before, nor while the resident is escaped', () => {
    const stay = (expectedRelease: string, state: 'present' | 'in_hospital' | 'escaped' = 'present') => [
      { ...who(5), state, admittedOn: '2025-11-01', expectedRelease, decisionNumber: '12/2025/QĐ-TA' },
    ];
    expect(alerts({ releases: stay('2026-11-24') })).toEqual([]);
    expect(alerts({ releases: stay('2026-11-23') })).toEqual([
      expect.objectContaining({ kind: 'release_due', stay: who(5), since: '2025-11-01', dueOn: '2026-11-23', overdueDays: 0, state: 'present', citation: '12/2025/QĐ-TA' }),
    ]);
    expect(alerts({ releases: stay('2026-11-01', 'in_hospital') })).toEqual([
      expect.objectContaining({ kind: 'release_due', dueOn: '2026-11-01', overdueDays: 22, state: 'in_hospital' }),
    ]);
    // An open escape stops the clock: the cached date moves once he is back.
    expect(alerts({ releases: stay('2026-11-01', 'escaped') })).toEqual([]);
  });

  it('flags a notice not sent by its due date, one per recipient, with the figure behind the deadline', () => {
    const notice = (dueOn: string, sentOn: string | null, recipient: 'court' | 'family' = 'court', kind = 'release') => ({ ...who(6), kind, recipient, dueOn, sentOn });
    expect(alerts({ notices: [notice('2026-11-23', null)] })).toEqual([]);
    expect(alerts({ notices: [notice('2026-11-22', '2026-11-22')] })).toEqual([]);
    expect(alerts({ notices: [notice('2026-11-22', null), notice('2026-11-22', null, 'family')] })).toEqual([
      expect.objectContaining({
        kind: 'notice_overdue',
        stay: who(6),
        dueOn: '2026-11-22',
        overdueDays: 1,
        noticeKind: 'release',
        recipient: 'court',
        citation: 'Nghị định 116/2021/NĐ-CP (thông báo trước khi chấp hành xong)',
      }),
      expect.objectContaining({ kind: 'notice_overdue', recipient: 'family' }),
    ]);
    expect(alerts({ notices: [notice('2026-11-20', null, 'family', 'death')] })).toEqual([
      expect.objectContaining({ noticeKind: 'death', overdueDays: 3, citation: 'Nghị định 116/2021/NĐ-CP (thông báo khi học viên chết)' }),
    ]);
    // A kind with no legal figure behind it still shows, with no citation; so does one whose figure is not recorded.
    expect(alerts({ notices: [notice('2026-11-20', null, 'family', 'other')] })).toEqual([expect.objectContaining({ noticeKind: 'other', citation: null })]);
    expect(alerts({ notices: [notice('2026-11-20', null, 'family', 'voluntary_end')] })).toEqual([expect.objectContaining({ citation: null })]);
  });

  it('reminds of the periodic reduction review from the day it falls due, once, for the whole facility', () => {
    expect(alerts({ lastReviewOn: null })).toEqual([]);
    expect(alerts({ lastReviewOn: '2026-08-24' })).toEqual([]);
    expect(alerts({ lastReviewOn: '2026-08-23' })).toEqual([
      {
        kind: 'reduction_review_due',
        stay: null,
        area: null,
        since: '2026-08-23',
        dueOn: '2026-11-23',
        overdueDays: 0,
        state: null,
        limit: 3,
        slot: null,
        time: null,
        noticeKind: null,
        recipient: null,
        citation: 'Nghị định 116/2021/NĐ-CP, Điều 58 khoản 1',
      },
    ]);
    expect(alerts({ lastReviewOn: '2026-08-01' })).toEqual([expect.objectContaining({ dueOn: '2026-11-01', overdueDays: 22 })]);
  });

  it('counts the alerts of each kind', () => {
    const list = alerts({
      assessments: [{ ...who(3), admittedOn: '2026-11-01' }],
      areas: [{ areaId: 2, code: 'B', name: 'Khu B', slotsTaken: [] }],
    });
    expect(alertCounts(list)).toEqual({
      overdue_return: 0,
      assessment_overdue: 1,
      voluntary_self_termination: 0,
      roll_not_taken: 1,
      release_due: 0,
      notice_overdue: 0,
      reduction_review_due: 0,
    });
  });
});
