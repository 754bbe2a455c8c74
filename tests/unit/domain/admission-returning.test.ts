import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSearchable, matchReasons, type KnownPerson } from '../../../shared/domain/returning-person';

const hung: KnownPerson = { citizenId: '079090001234', fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', birthYear: 1990 };

describe('finding a returning person', () => {
  it('matches the same citizen ID whatever the name', () => {
    expect(matchReasons({ citizenId: '079090001234', fullName: 'Lê Văn Khác' }, hung)).toEqual(['citizen_id']);
  });

  it('matches the same name without accents and the same date of birth', () => {
    expect(matchReasons({ fullName: '  nguyen  VAN hung ', birthDate: '1990-05-01' }, hung)).toEqual(['name_birth_date']);
    expect(matchReasons({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', citizenId: '079090001234' }, hung)).toEqual(['citizen_id', 'name_birth_date']);
  });

  it('matches on the birth year when either side knows only the year', () => {
    expect(matchReasons({ fullName: 'Nguyễn Văn Hùng', birthYear: 1990 }, hung)).toEqual(['name_birth_year']);
    const yearOnly = { ...hung, birthDate: null };
    expect(matchReasons({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-12-31' }, yearOnly)).toEqual(['name_birth_year']);
    expect(matchReasons({ fullName: 'Nguyễn Văn Hùng', birthYear: 1991 }, hung)).toEqual([]);
  });

  it('does not take two full, different birth dates for one person, nor a different name', () => {
    expect(matchReasons({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-02' }, hung)).toEqual([]);
    expect(matchReasons({ fullName: 'Nguyễn Văn Hải', birthDate: '1990-05-01' }, hung)).toEqual([]);
    expect(matchReasons({ fullName: 'Nguyễn Hùng', birthDate: '1990-05-01' }, hung)).toEqual([]);
  });

  it('ignores an incomplete citizen ID and a probe that says too little', () => {
    expect(matchReasons({ citizenId: '0790900' }, { ...hung, citizenId: '0790900' })).toEqual([]);
    expect(isSearchable({ citizenId: '0790900' })).toBe(false);
    expect(isSearchable({ fullName: 'Nguyễn Văn Hùng' })).toBe(false);
    expect(isSearchable({ fullName: 'Nguyễn Văn Hùng', birthYear: 1990 })).toBe(true);
    expect(isSearchable({ citizenId: '123456789' })).toBe(true);
  });

  const accents: Record<string, string[]> = { a: ['a', 'á', 'ă', 'ằ', 'â', 'ẫ'], e: ['e', 'ê', 'ế'], o: ['o', 'ô', 'ơ', 'ợ'], u: ['u', 'ư', 'ữ'], d: ['d', 'đ'], i: ['i', 'ì'] };
  const plain = fc.array(fc.constantFrom('nguyen', 'van', 'hung', 'tran', 'thi', 'mai', 'le', 'duc', 'anh'), { minLength: 2, maxLength: 4 });
  const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2014-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('always finds a person from their own details however the name is accented, cased or spaced', () => {
    fc.assert(
      fc.property(plain, day, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.boolean(), (words, birthDate, picks, upper) => {
        const registered = words.join(' ');
        let k = 0;
        const typed = words
          .map((w) => [...w].map((ch) => (accents[ch] ? accents[ch][(picks[k++ % picks.length] ?? 0) % accents[ch].length] : ch)).join(''))
          .map((w) => (upper ? w.toUpperCase() : w))
          .join('   ');
        const person = { citizenId: null, fullName: registered, birthDate, birthYear: Number(birthDate.slice(0, 4)) };
        expect(matchReasons({ fullName: typed, birthDate }, person)).toEqual(['name_birth_date']);
      }),
    );
  });

  it('never matches by name when both full birth dates differ, and always by an equal complete citizen ID', () => {
    fc.assert(
      fc.property(day, day, fc.stringMatching(/^\d{12}$/), (a, b, id) => {
        fc.pre(a !== b);
        const person = { citizenId: id, fullName: 'Trần Văn An', birthDate: a, birthYear: Number(a.slice(0, 4)) };
        expect(matchReasons({ fullName: 'Trần Văn An', birthDate: b }, person)).toEqual([]);
        expect(matchReasons({ citizenId: id, fullName: 'Ai Đó', birthDate: b }, person)).toEqual(['citizen_id']);
      }),
    );
  });
});
