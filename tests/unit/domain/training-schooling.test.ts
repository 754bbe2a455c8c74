import { describe, expect, it } from 'vitest';
import { completedGrade, needsSchooling } from '../../../shared/domain/schooling';

describe('primary schooling of minors', () => {
  it('reads the grade completed from the education text as officers write it', () => {
    const cases: [string | null, number | null][] = [
      ['9/12', 9],
      [' 4 / 12 ', 4],
      ['Lớp 7/12', 7],
      ['5', 5],
      ['lớp 4', 4],
      ['Học hết lớp 3', 3],
      ['12/12', 12],
      ['3/10', 3],
      ['Không biết chữ', 0],
      ['Mù chữ', 0],
      ['Tốt nghiệp tiểu học', 5],
      ['THCS', 9],
      ['Cao đẳng, đại học', 12],
      ['Trung cấp', 12],
      ['13/12', null],
      ['lớp 15', null],
      ['', null],
      [null, null],
      ['biết đọc biết viết', null],
    ];
    for (const [text, grade] of cases) expect([text, completedGrade(text)]).toEqual([text, grade]);
  });

  it('lists a minor below primary grade or whose education is unknown; never an adult', () => {
    expect(needsSchooling(16, 18, '4/12', 5)).toBe(true);
    expect(needsSchooling(16, 18, 'Không biết chữ', 5)).toBe(true);
    expect(needsSchooling(16, 18, null, 5)).toBe(true);
    expect(needsSchooling(16, 18, '5/12', 5)).toBe(false);
    expect(needsSchooling(18, 18, '2/12', 5)).toBe(false);
  });
});
