import { describe, expect, it } from 'vitest';
import { diffRecords } from './json-diff';

describe('the before/after of an audit row, field by field', () => {
  it('marks a corrected field as changed and leaves the others alone', () => {
    const lines = diffRecords({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01' }, { fullName: 'Nguyễn Văn Hưng', birthDate: '1990-05-01' });
    expect(lines).toEqual([
      { key: 'fullName', before: 'Nguyễn Văn Hùng', after: 'Nguyễn Văn Hưng', kind: 'changed' },
      { key: 'birthDate', before: '1990-05-01', after: '1990-05-01', kind: 'same' },
    ]);
  });

  it('shows a new record as added fields and a cleared field as removed', () => {
    expect(diffRecords(null, { bedId: 4 })).toEqual([{ key: 'bedId', before: null, after: '4', kind: 'added' }]);
    expect(diffRecords({ dischargedOn: '2026-11-20' }, { dischargedOn: null })[0]?.kind).toBe('removed');
  });

  it('compares a list whole, and nested values by their content', () => {
    expect(diffRecords(['2026-01-01'], ['2026-01-01', '2026-09-02'])).toEqual([
      { key: null, before: '["2026-01-01"]', after: '["2026-01-01","2026-09-02"]', kind: 'changed' },
    ]);
    expect(diffRecords({ value: { days: 5 } }, { value: { days: 5 } })[0]?.kind).toBe('same');
    expect(diffRecords(null, null)).toEqual([]);
  });
});
