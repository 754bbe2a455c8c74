import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVietnameseNames,
  foldForSearch,
  nameSortKey,
  normaliseFullName,
  splitName,
} from '../../../shared/domain/names';

const collator = new Intl.Collator('vi');
/** What an officer expects: tên, then họ, then tên đệm, each in Vietnamese alphabetical order (ICU's vi rules). */
function expectedOrder(a: string, b: string): number {
  const pa = splitName(a);
  const pb = splitName(b);
  return (
    collator.compare(pa.given, pb.given) || collator.compare(pa.family, pb.family) || collator.compare(pa.middle, pb.middle)
  );
}

const bases = ['a', 'an', 'anh', 'ba', 'bao', 'binh', 'cuong', 'dung', 'duong', 'giang', 'ha', 'hai', 'hoa', 'hung', 'huy', 'lan', 'long', 'minh', 'nam', 'ngoc', 'son', 'tam', 'thu', 'trung', 'tu', 'uyen', 'y'];
const letterVariants: Record<string, string[]> = { a: ['a', 'ă', 'â'], d: ['d', 'đ'], e: ['e', 'ê'], o: ['o', 'ô', 'ơ'], u: ['u', 'ư'] };
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** A syllable from a base spelling with letter variants (a/ă/â, d/đ…) and a tone chosen by the picks. */
function dress(base: string, picks: number[], tone: string, upper: boolean): string {
  let s = [...base].map((ch, i) => (letterVariants[ch] ? letterVariants[ch][(picks[i] ?? 0) % letterVariants[ch].length] : ch)).join('');
  s = s.replace(/[aăâeêioôơuưy]/, (v) => (v + tone).normalize('NFC'));
  const word = s.charAt(0).toUpperCase() + s.slice(1);
  return upper ? word.toUpperCase() : word;
}

const dressing = fc.tuple(fc.array(fc.nat(2), { minLength: 6, maxLength: 6 }), fc.constantFrom(...tones), fc.boolean());
const skeleton = fc.array(fc.constantFrom(...bases), { minLength: 2, maxLength: 4 });
const dressName = (sk: string[], ds: [number[], string, boolean][]) =>
  sk.map((base, i) => dress(base, ...(ds[i] ?? [[], '', false]))).join(' ');
const fullName = fc
  .tuple(skeleton, fc.array(dressing, { minLength: 4, maxLength: 4 }))
  .map(([sk, ds]) => dressName(sk, ds));
/** Two names with the same letters but other tones and variants: where the secondary order decides. */
const closePair = fc
  .tuple(skeleton, fc.array(dressing, { minLength: 4, maxLength: 4 }), fc.array(dressing, { minLength: 4, maxLength: 4 }))
  .map(([sk, d1, d2]) => [dressName(sk, d1), dressName(sk, d2)] as const);

describe('Vietnamese name order', () => {
  it('sorts by tên, then họ, then tên đệm', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An', 'Nguyễn Văn Đức', 'Nguyễn Văn Dũng', 'Phạm Anh'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Lê Văn An',
      'Nguyễn Thị An',
      'Phạm Anh',
      'Trần Văn Bình',
      'Nguyễn Văn Dũng',
      'Nguyễn Văn Đức',
    ]);
  });

  it('puts đ after d, ă and â after a, ư after u, and orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['Lê Đạt', 'Lê Dũng'].sort(compareVietnameseNames)).toEqual(['Lê Dũng', 'Lê Đạt']);
    expect(['Lê Ân', 'Lê Ăn', 'Lê An'].sort(compareVietnameseNames)).toEqual(['Lê An', 'Lê Ăn', 'Lê Ân']);
    expect(['Lê Hưng', 'Lê Hùng', 'Lê Hung', 'Lê Huy'].sort(compareVietnameseNames)).toEqual(['Lê Hung', 'Lê Hùng', 'Lê Huy', 'Lê Hưng']);
    expect(['Lê Bạ', 'Lê Bá', 'Lê Bã', 'Lê Bả', 'Lê Bà', 'Lê Ba'].sort(compareVietnameseNames)).toEqual([
      'Lê Ba', 'Lê Bà', 'Lê Bả', 'Lê Bã', 'Lê Bá', 'Lê Bạ',
    ]);
  });

  it('the stored sort key orders any two names as Vietnamese collation does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(fullName, fullName), closePair), ([a, b]) => {
        const ka = nameSortKey(a);
        const kb = nameSortKey(b);
        const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
        const expected = Math.sign(expectedOrder(normaliseFullName(a), normaliseFullName(b)));
        expect(byKey).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('accent-free search form', () => {
  it('folds diacritics, đ and case', () => {
    expect(foldForSearch('Nguyễn Văn Hùng')).toBe('nguyen van hung');
    expect(foldForSearch('ĐẶNG  Thị   Ánh')).toBe('dang thi anh');
  });

  it('folding is idempotent and leaves only ASCII letters, digits and single spaces', () => {
    fc.assert(
      fc.property(fullName, (name) => {
        const f = foldForSearch(name);
        expect(foldForSearch(f)).toBe(f);
        expect(f).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
      }),
    );
  });
});

describe('name parts', () => {
  it('splits họ, tên đệm and tên and normalises spacing and case', () => {
    expect(splitName('  NGUYỄN  văn   hùng ')).toEqual({ family: 'Nguyễn', middle: 'Văn', given: 'Hùng' });
    expect(splitName('Tôn Nữ Thị Hoa')).toEqual({ family: 'Tôn', middle: 'Nữ Thị', given: 'Hoa' });
    expect(normaliseFullName('lê   đức')).toBe('Lê Đức');
  });
});
