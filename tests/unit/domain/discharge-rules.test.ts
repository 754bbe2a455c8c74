import { describe, expect, it } from 'vitest';
import {
  certificateFor,
  dischargeIssues,
  needsHandover,
  reasonOptions,
  type ChosenReason,
  type DischargeChoice,
  type DischargeFacts,
} from '../../../shared/domain/discharge-rules';
import { certificateHandoverIssue, itemIssues, roadMealIssue, settlementAmounts } from '../../../shared/domain/settlement';
import type { StayKind } from '../../../shared/domain/vocabulary';

const TODAY = '2026-11-23';
const kinds: StayKind[] = ['compulsory_adult', 'compulsory_minor', 'voluntary', 'pending_decision', 'assessment'];

const facts = (over: Partial<DischargeFacts> = {}): DischargeFacts => ({
  kind: 'compulsory_adult',
  state: 'present',
  admittedOn: '2025-11-01',
  dischargedOn: null,
  releaseDate: '2026-11-01',
  releaseProvisional: false,
  contractEndsOn: null,
  hasReduction: false,
  hasExemption: false,
  isMinor: false,
  ...over,
});

const issuesOf = (f: DischargeFacts, c: Partial<DischargeChoice> & { reason: ChosenReason }) =>
  dischargeIssues(f, { on: TODAY, ...c }, TODAY);
const fields = (f: DischargeFacts, c: Partial<DischargeChoice> & { reason: ChosenReason }) => issuesOf(f, c).map((i) => i.field);

interface ReasonCase {
  reason: ChosenReason;
  kinds: StayKind[];
  /** Facts that make the reason apply to its kind. */
  fits: Partial<DischargeFacts>;
  /** Every field it requires, filled. */
  full: Partial<DischargeChoice>;
  required: string[];
}

const decision = { decisionNumber: '01/QĐ', decisionDate: '2026-11-20' };
const cases: ReasonCase[] = [
  { reason: 'completed', kinds: ['compulsory_adult', 'compulsory_minor'], fits: {}, full: {}, required: [] },
  { reason: 'reduced', kinds: ['compulsory_adult', 'compulsory_minor'], fits: { hasReduction: true }, full: {}, required: [] },
  { reason: 'exempted', kinds: ['compulsory_adult', 'compulsory_minor'], fits: { hasExemption: true }, full: decision, required: ['decisionNumber'] },
  { reason: 'voluntary_completed', kinds: ['voluntary'], fits: { contractEndsOn: '2026-11-01' }, full: {}, required: [] },
  { reason: 'self_terminated', kinds: ['voluntary'], fits: {}, full: { note: 'Bỏ về ngày 10/11' }, required: ['note'] },
  {
    reason: 'suspended',
    kinds: ['compulsory_adult', 'compulsory_minor'],
    fits: {},
    full: { ...decision, note: 'Bệnh nặng' },
    required: ['decisionNumber', 'decisionDate', 'note'],
  },
  { reason: 'transferred', kinds, fits: {}, full: { ...decision, destination: 'Cơ sở số 2' }, required: ['destination', 'decisionNumber'] },
  {
    reason: 'to_education',
    kinds: ['compulsory_adult', 'compulsory_minor'],
    fits: {},
    full: { ...decision, destination: 'Trường giáo dưỡng số 4' },
    required: ['destination', 'decisionNumber'],
  },
  { reason: 'criminal_proceedings', kinds, fits: {}, full: { ...decision, issuer: 'Cơ quan CSĐT' }, required: ['issuer', 'decisionNumber'] },
  { reason: 'died', kinds, fits: {}, full: { deathCause: 'Suy tim' }, required: ['deathCause'] },
  { reason: 'no_decision', kinds: ['pending_decision'], fits: {}, full: decision, required: ['decisionNumber'] },
  { reason: 'not_addicted', kinds: ['assessment'], fits: {}, full: {}, required: [] },
  { reason: 'community_rehab', kinds: ['assessment'], fits: {}, full: {}, required: [] },
];

describe('each discharge reason', () => {
  for (const c of cases) {
    describe(c.reason, () => {
      it('applies only to its kinds of stay', () => {
        for (const kind of kinds) {
          const f = facts({ kind, ...c.fits });
          const refused = fields(f, { reason: c.reason, ...c.full }).includes('reason');
          expect(refused, `${c.reason} for ${kind}`).toBe(!c.kinds.includes(kind));
        }
      });

      it('asks for each required field', () => {
        const f = facts({ kind: c.kinds[0], ...c.fits });
        expect(issuesOf(f, { reason: c.reason, ...c.full })).toEqual([]);
        for (const field of c.required) {
          const missing = { ...c.full, [field]: undefined };
          expect(fields(f, { reason: c.reason, ...missing }), `${c.reason} without ${field}`).toEqual([field]);
          expect(fields(f, { reason: c.reason, ...c.full, [field]: '   ' })).toEqual([field]);
        }
      });

      it('is offered by prepare exactly when record accepts it', () => {
        for (const kind of kinds) {
          const f = facts({ kind, ...c.fits });
          const option = reasonOptions(f, TODAY).find((o) => o.reason === c.reason);
          expect(option?.available).toBe(!fields(f, { reason: c.reason, ...c.full }).includes('reason'));
          expect(option?.why === null).toBe(option?.available);
          for (const field of c.required) expect(option?.needs).toContain(field);
        }
      });
    });
  }
});

describe('the term must be served first', () => {
  it('refuses completing a compulsory term before its date, and allows it on the day and after', () => {
    const f = facts({ releaseDate: '2026-11-24' });
    const refused = issuesOf(f, { reason: 'completed' });
    expect(refused[0]?.message).toBe('Chưa đến ngày chấp hành xong (24/11/2026): không thể ghi ra cơ sở ngày 23/11/2026.');
    expect(issuesOf(facts({ releaseDate: TODAY }), { reason: 'completed' })).toEqual([]);
    expect(issuesOf(facts({ releaseDate: '2026-11-22' }), { reason: 'completed' })).toEqual([]);
  });

  it('refuses completing while an open escape makes the date provisional', () => {
    const f = facts({ state: 'escaped', releaseProvisional: true });
    expect(issuesOf(f, { reason: 'completed' })[0]?.message).toMatch(/đang bỏ trốn/);
    expect(issuesOf(f, { reason: 'died', deathCause: 'Tai nạn' })).toEqual([]);
  });

  it('a reduced term: needs the reduction and its new date, and then completed is not the reason', () => {
    expect(fields(facts(), { reason: 'reduced' })).toEqual(['reason']);
    expect(fields(facts({ hasReduction: true, releaseDate: '2026-12-01' }), { reason: 'reduced' })).toEqual(['reason']);
    expect(fields(facts({ hasReduction: true }), { reason: 'reduced' })).toEqual([]);
    expect(issuesOf(facts({ hasReduction: true }), { reason: 'completed' })[0]?.message).toMatch(/Được giảm thời hạn/);
  });

  it('a voluntary contract completes on its end date, not before', () => {
    const f = facts({ kind: 'voluntary', contractEndsOn: '2026-11-24' });
    expect(issuesOf(f, { reason: 'voluntary_completed' })[0]?.message).toMatch(/^Chưa đến ngày hết hạn hợp đồng \(24\/11\/2026\)/);
    expect(dischargeIssues(f, { reason: 'voluntary_completed', on: '2026-11-24' }, '2026-11-24')).toEqual([]);
  });

  it('an exemption needs the court decision recorded', () => {
    expect(fields(facts(), { reason: 'exempted', decisionNumber: '01/QĐ' })).toEqual(['reason']);
  });
});

describe('every reason', () => {
  it('refuses a departure in the future or before the admission, and a decision date in the future or after it', () => {
    const f = facts();
    expect(fields(f, { reason: 'died', deathCause: 'x', on: '2026-11-24' })).toEqual(['occurredAt']);
    expect(fields(f, { reason: 'died', deathCause: 'x', on: '2025-10-31' })).toEqual(['occurredAt']);
    expect(fields(f, { reason: 'transferred', destination: 'Cơ sở 2', decisionNumber: '1', decisionDate: '2026-11-24' })).toEqual(['decisionDate']);
    expect(fields(f, { reason: 'transferred', destination: 'Cơ sở 2', decisionNumber: '1', decisionDate: '2026-11-23', on: '2026-11-20' })).toEqual([
      'decisionDate',
    ]);
  });

  it('refuses a stay already discharged, and a state the machine does not discharge from', () => {
    expect(issuesOf(facts({ dischargedOn: '2026-11-01', state: 'discharged' }), { reason: 'died', deathCause: 'x' })[0]?.message).toBe(
      'Học viên đã ra cơ sở ngày 01/11/2026.',
    );
    expect(issuesOf(facts({ state: 'on_leave' }), { reason: 'died', deathCause: 'x' })[0]?.message).toMatch(/chịu tang/);
  });

  it('a minor going home is handed over (Mẫu 47); a minor transferred is not', () => {
    const minor = facts({ kind: 'compulsory_minor', isMinor: true });
    expect(fields(minor, { reason: 'completed' })).toEqual(['handedTo']);
    expect(fields(minor, { reason: 'completed', handedTo: { to: 'family', name: 'Lê Thị Hoa', relation: 'Mẹ' } })).toEqual([]);
    expect(fields(minor, { reason: 'transferred', destination: 'Cơ sở 2', decisionNumber: '1' })).toEqual([]);
    const handed: ChosenReason[] = ['completed', 'reduced', 'exempted', 'voluntary_completed', 'suspended', 'no_decision', 'not_addicted', 'community_rehab'];
    for (const r of cases.map((c) => c.reason)) expect(needsHandover(r, true)).toBe(handed.includes(r));
    expect(needsHandover('completed', false)).toBe(false);
  });

  it('certificates: Mẫu 46 for compulsory completions, Mẫu 26b for voluntary, none otherwise', () => {
    const kinds = Object.fromEntries(cases.map((c) => [c.reason, certificateFor(c.reason)]));
    expect(kinds).toEqual({
      completed: 'mau46',
      reduced: 'mau46',
      exempted: 'mau46',
      voluntary_completed: 'mau26b',
      self_terminated: null,
      suspended: null,
      transferred: null,
      to_education: null,
      criminal_proceedings: null,
      died: null,
      no_decision: null,
      not_addicted: null,
      community_rehab: null,
    });
  });
});

describe('settlement', () => {
  const rule = { dongPerDay: 70_000, maxDays: 3, citation: 'Thông tư 62/2022/TT-BTC, Điều 5 khoản 11' };

  it('road meals are days × rate up to the maximum; more days are refused with the citation', () => {
    expect(settlementAmounts({ roadMealDays: 3, fareDong: 150_000 }, rule)).toEqual({ roadMealDong: 210_000, totalDong: 360_000 });
    expect(settlementAmounts({ roadMealDays: 0, fareDong: 0 }, rule)).toEqual({ roadMealDong: 0, totalDong: 0 });
    expect(roadMealIssue(3, rule)).toBeNull();
    expect(roadMealIssue(4, rule)?.message).toBe('Tiền ăn đường tối đa 3 ngày (Thông tư 62/2022/TT-BTC, Điều 5 khoản 11).');
  });

  it('every listed item answered once; an item kept back needs a reason', () => {
    const expected = [
      { source: 'handover' as const, itemId: 1, description: 'Điện thoại' },
      { source: 'handed_in' as const, itemId: 1, description: 'Áo ấm' },
    ];
    const all = [
      { source: 'handover' as const, itemId: 1, returned: true },
      { source: 'handed_in' as const, itemId: 1, returned: false, note: 'Gia đình nhận thay' },
    ];
    expect(itemIssues(expected, all)).toEqual([]);
    expect(itemIssues(expected, all.slice(0, 1)).map((i) => i.message)).toEqual(['Đồ vật "Áo ấm": ghi đã trả hay chưa.']);
    expect(itemIssues(expected, [all[0]!, { source: 'handed_in', itemId: 1, returned: false }]).map((i) => i.message)).toEqual([
      'Đồ vật "Áo ấm": chưa trả thì ghi lý do.',
    ]);
    expect(itemIssues(expected, [...all, { source: 'handover', itemId: 9, returned: true }])).toHaveLength(1);
    expect(itemIssues(expected, [...all, all[0]!]).map((i) => i.message)).toEqual(['Đồ vật "Điện thoại": ghi hai lần.']);
  });

  it('a certificate not handed over needs a note', () => {
    expect(certificateHandoverIssue(true, false, undefined)?.field).toBe('settlement.certificateHandedOver');
    expect(certificateHandoverIssue(true, false, 'Học viên nhận sau')).toBeNull();
    expect(certificateHandoverIssue(false, false, undefined)).toBeNull();
  });
});
