import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/dates';
import { visitBreachMessage, visitBreaches, weekStartOf, type VisitFacts, type VisitLaw } from '../../../shared/domain/visit-rules';

const law: VisitLaw = {
  rules: {
    value: { perWeek: 1, hours: 2, hoursApproved: 4, visitors: 3, visitorsSpecial: 5 },
    citation: 'Nghị định 116/2021/NĐ-CP (thăm gặp học viên)',
    effectiveFrom: '2022-01-01',
  },
  noVisitFirstDays: { value: { days: 15 }, citation: 'Nghị định 116/2021/NĐ-CP (thăm gặp)', effectiveFrom: '2022-01-01' },
};

// Admitted Tuesday 03/11/2026; the visit on Thursday 26/11/2026 (day 24) breaks nothing.
const ok: VisitFacts = {
  visitOn: '2026-11-26',
  admittedOn: '2026-11-03',
  state: 'present',
  durationMinutes: 120,
  visitorCount: 3,
  approvedExtension: false,
  otherVisitDays: [],
  discipline: [],
};
const rules = (v: Partial<VisitFacts>) => visitBreaches({ ...ok, ...v }, law).map((b) => b.rule);

describe('visit rules', () => {
  it('allows a visit within every rule', () => {
    expect(rules({})).toEqual([]);
  });

  it('refuses the first 15 days counted from the day brought in, and allows day 16', () => {
    expect(rules({ visitOn: '2026-11-17' })).toEqual(['first_days']); // day 15
    expect(rules({ visitOn: '2026-11-18' })).toEqual([]); // day 16
    const [breach] = visitBreaches({ ...ok, visitOn: '2026-11-17' }, law);
    expect(breach && visitBreachMessage(breach)).toBe(
      'Không thăm gặp trong 15 ngày đầu sau khi vào cơ sở: ngày thăm là ngày thứ 15, được thăm từ ngày 18/11/2026. Căn cứ: Nghị định 116/2021/NĐ-CP (thăm gặp).',
    );
  });

  it('allows one visit per calendar week, Monday to Sunday', () => {
    // 26/11/2026 is a Thursday: its week runs 23/11–29/11.
    expect(rules({ otherVisitDays: ['2026-11-23'] })).toEqual(['per_week']);
    expect(rules({ otherVisitDays: ['2026-11-29'] })).toEqual(['per_week']);
    expect(rules({ otherVisitDays: ['2026-11-22', '2026-11-30'] })).toEqual([]);
    const [breach] = visitBreaches({ ...ok, otherVisitDays: ['2026-11-23'] }, law);
    expect(breach && visitBreachMessage(breach)).toContain('tuần 23/11/2026–29/11/2026');
  });

  it('allows 2 hours, or 4 with the head’s approval', () => {
    expect(rules({ durationMinutes: 121 })).toEqual(['duration']);
    expect(rules({ durationMinutes: 121, approvedExtension: true })).toEqual([]);
    expect(rules({ durationMinutes: 240, approvedExtension: true })).toEqual([]);
    expect(rules({ durationMinutes: 241, approvedExtension: true })).toEqual(['duration']);
  });

  it('allows 3 relatives, or 5 in special cases with approval', () => {
    expect(rules({ visitorCount: 4 })).toEqual(['visitors']);
    expect(rules({ visitorCount: 5, approvedExtension: true })).toEqual([]);
    expect(rules({ visitorCount: 6, approvedExtension: true })).toEqual(['visitors']);
  });

  it('refuses a visit during a discipline measure, including its first and last day', () => {
    const discipline = [{ measure: 'Cách ly tại khu kỷ luật', fromOn: '2026-11-20', toOn: '2026-11-26' }];
    expect(rules({ discipline })).toEqual(['discipline']);
    expect(rules({ discipline, visitOn: '2026-11-27' })).toEqual([]);
    expect(rules({ discipline: [{ measure: 'Khiển trách', fromOn: '2026-11-26', toOn: null }] })).toEqual(['discipline']);
  });

  it('refuses a resident who is not in the facility that day', () => {
    expect(rules({ state: 'in_hospital' })).toEqual(['not_present']);
    const [breach] = visitBreaches({ ...ok, state: 'escaped' }, law);
    expect(breach && visitBreachMessage(breach)).toContain('đang bỏ trốn');
  });

  it('names every rule broken, each with its citation', () => {
    const breaches = visitBreaches({ ...ok, visitOn: '2026-11-05', durationMinutes: 180, visitorCount: 4 }, law);
    expect(breaches.map((b) => b.rule)).toEqual(['first_days', 'duration', 'visitors']);
    for (const b of breaches) expect(visitBreachMessage(b)).toMatch(/\. Căn cứ: Nghị định 116\/2021\/NĐ-CP \(thăm gặp.*\)\.$/);
  });

  it('week start is the Monday on or before the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (n) => {
        const date = addDays('2024-01-01', n);
        const start = weekStartOf(date);
        const day = new Date(`${start}T00:00:00Z`).getUTCDay();
        return day === 1 && start <= date && addDays(start, 6) >= date;
      }),
    );
  });

  it('approval never adds a breach, it can only lift the duration and visitor limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 10 }), (minutes, count) => {
        const without = rules({ durationMinutes: minutes, visitorCount: count });
        const withApproval = rules({ durationMinutes: minutes, visitorCount: count, approvedExtension: true });
        return withApproval.every((r) => without.includes(r));
      }),
    );
  });
});
