import { describe, expect, it } from 'vitest';
import { alertCounts, overviewAlerts, type AlertFacts } from '../../../shared/domain/alerts';
import type { LegalRow } from '../../../shared/domain/legal';

const legal: LegalRow[] = [
  { key: 'assessment.max_days', value: { days: 5 }, citation: 'Thông tư 18/2021/TT-BYT, Điều 5', effectiveFrom: '2022-01-01' },
  { key: 'funeral_leave.max_days', value: { days: 5 }, citation: 'Nghị định 116/2021/NĐ-CP, Điều 70', effectiveFrom: '2022-01-01' },
  { key: 'voluntary.self_termination_working_days', value: { days: 5 }, citation: 'Luật 73/2021/QH14', effectiveFrom: '2022-01-01' },
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

  it('counts the alerts of each kind', () => {
    const list = alerts({
      assessments: [{ ...who(3), admittedOn: '2026-11-01' }],
      areas: [{ areaId: 2, code: 'B', name: 'Khu B', slotsTaken: [] }],
    });
    expect(alertCounts(list)).toEqual({ overdue_return: 0, assessment_overdue: 1, voluntary_self_termination: 0, roll_not_taken: 1 });
  });
});
