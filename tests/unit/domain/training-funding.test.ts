import { describe, expect, it } from 'vitest';
import { fundingFlag, fundingRefusal, type PastTraining } from '../../../shared/domain/training-funding';

const now = { id: 9, kind: 'compulsory_adult' as const, admittedOn: '2026-11-10' };
const course = (o: Partial<PastTraining> = {}): PastTraining => ({
  stayId: 3,
  stayKind: 'compulsory_adult',
  admittedOn: '2024-02-01',
  fileNumber: '2024/0012',
  trade: 'Hàn',
  className: 'Lớp Hàn K3',
  result: 'pass',
  ...o,
});

describe('the one-time funding of vocational training', () => {
  it('flags a compulsory stay when an earlier compulsory stay completed a course (pass or fail)', () => {
    expect(fundingFlag(now, [course()], 1)).toEqual(course());
    expect(fundingFlag({ ...now, kind: 'compulsory_minor' }, [course({ result: 'fail' })], 1)?.result).toBe('fail');
  });

  it('does not flag a voluntary stay, a dropped course, a voluntary earlier stay, or the stay itself and later ones', () => {
    expect(fundingFlag({ ...now, kind: 'voluntary' }, [course()], 1)).toBeNull();
    expect(fundingFlag(now, [course({ result: 'dropped' }), course({ result: null })], 1)).toBeNull();
    expect(fundingFlag(now, [course({ stayKind: 'voluntary' })], 1)).toBeNull();
    expect(fundingFlag(now, [course({ stayId: 9, admittedOn: '2026-11-10' }), course({ stayId: 12, admittedOn: '2027-01-01' })], 1)).toBeNull();
  });

  it('flags only once the number of funded courses in settings is used up, naming the latest', () => {
    const older = course({ stayId: 1, admittedOn: '2021-05-01', fileNumber: '2021/0007', trade: 'May' });
    expect(fundingFlag(now, [course()], 2)).toBeNull();
    expect(fundingFlag(now, [older, course()], 2)?.fileNumber).toBe('2024/0012');
  });

  it('says who trained where and cites the rule', () => {
    expect(fundingRefusal('Nguyễn Văn Hùng', course(), 'TT 62/2022 Điều 5 k6')).toBe(
      'Nguyễn Văn Hùng đã học nghề Hàn ở lượt 2024/0012 (đạt): ghi lý do vẫn cho học (TT 62/2022 Điều 5 k6).',
    );
  });
});
