import { describe, expect, it } from 'vitest';
import { expectedFromCensus, parseRollTimes, rollProblems, type ExpectedEntry } from '../../../shared/domain/roll-rules';

const expected: ExpectedEntry[] = expectedFromCensus([
  { stayId: 1, status: 'present', bedId: 1, movementId: 11, since: '' },
  { stayId: 2, status: 'present', bedId: 2, movementId: 12, since: '' },
  { stayId: 3, status: 'in_hospital', bedId: 3, movementId: 13, since: '' },
]);
const allPresent = [
  { stayId: 1, status: 'present' as const },
  { stayId: 2, status: 'present' as const },
  { stayId: 3, status: 'away' as const },
];

describe('expected roll', () => {
  it('expects the present and lists the away ones with the movement that explains them', () => {
    expect(expected[0]).toEqual({ stayId: 1, expected: 'present', awayStatus: null, movementId: null });
    expect(expected[2]).toEqual({ stayId: 3, expected: 'away', awayStatus: 'in_hospital', movementId: 13 });
  });

  it('reads the roll times from settings, earliest first, with the default when unreadable', () => {
    expect(parseRollTimes('[{"slot":"evening","time":"21:00"},{"slot":"morning","time":"06:30"}]').map((t) => t.slot)).toEqual(['morning', 'evening']);
    expect(parseRollTimes('not json')).toEqual([{ slot: 'morning', time: '06:30' }, { slot: 'evening', time: '21:00' }]);
  });
});

describe('every absence is explained', () => {
  it('accepts everyone present and the hospitalised resident away', () => {
    expect(rollProblems(expected, allPresent, '2026-11-23')).toEqual([]);
  });

  it('refuses a roll that leaves someone out or adds a stranger', () => {
    expect(rollProblems(expected, allPresent.slice(0, 2), '2026-11-23')).toEqual([
      { stayId: null, field: 'entries', message: 'Còn 1 học viên chưa được điểm danh.' },
    ]);
    expect(rollProblems(expected, [...allPresent, { stayId: 9, status: 'present' }], '2026-11-23')[0]?.field).toBe('entries');
  });

  it("refuses 'away' without a known movement, and 'present' for someone a movement says is away", () => {
    const problems = rollProblems(expected, [{ stayId: 1, status: 'away' }, allPresent[1]!, { stayId: 3, status: 'present' }], '2026-11-23');
    expect(problems.map((p) => [p.stayId, p.field])).toEqual([[1, 'status'], [3, 'status']]);
  });

  it('needs a reason for an absence', () => {
    const marked = [{ stayId: 1, status: 'absent' as const, reason: '  ' }, allPresent[1]!, allPresent[2]!];
    expect(rollProblems(expected, marked, '2026-11-23')).toEqual([{ stayId: 1, field: 'reason', message: 'Vắng mặt: ghi lý do.' }]);
    marked[0] = { stayId: 1, status: 'absent', reason: 'Đang làm việc tại xưởng' };
    expect(rollProblems(expected, marked, '2026-11-23')).toEqual([]);
  });

  it('needs the search decision (number and date, not after the roll) for an escape', () => {
    const escape = (n?: string, d?: string) => [{ stayId: 1, status: 'escaped' as const, searchDecisionNumber: n, searchDecisionDate: d }, allPresent[1]!, allPresent[2]!];
    expect(rollProblems(expected, escape(), '2026-11-23').map((p) => p.field)).toEqual(['searchDecisionNumber', 'searchDecisionDate']);
    expect(rollProblems(expected, escape('15/QĐ-CSCN', '2026-11-24'), '2026-11-23').map((p) => p.field)).toEqual(['searchDecisionDate']);
    expect(rollProblems(expected, escape('15/QĐ-CSCN', '2026-11-23'), '2026-11-23')).toEqual([]);
  });
});
