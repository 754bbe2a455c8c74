import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlace, placeKeys, writtenPlace } from '../../../shared/domain/import/places';

const areas = [
  { id: 1, code: 'A', name: 'Khu A' },
  { id: 2, code: 'B', name: 'Khu B - cai nghiện tự nguyện' },
  { id: 3, code: 'N', name: 'Khu nữ' },
];
const rooms = [
  { id: 10, code: 'P01', name: 'Phòng 1' },
  { id: 11, code: 'P02', name: 'Phòng 2' },
  { id: 12, code: 'P12', name: 'Phòng 12' },
];
const found = (r: { found: { id: number } | null }) => r.found?.id ?? null;

describe('the area and room a register names', () => {
  it('finds an area by its code or name, whatever the case, accents and the word "khu"', () => {
    for (const t of ['A', 'a', 'Khu A', 'KHU A', 'khu  a']) expect(found(findPlace(t, areas, 'area')), t).toBe(1);
    for (const t of ['Khu nữ', 'KHU NU', 'nữ', 'N']) expect(found(findPlace(t, areas, 'area')), t).toBe(3);
    expect(found(findPlace('Khu C', areas, 'area'))).toBeNull();
  });

  it('finds a room by its number with or without "Phòng", "P." and leading zeros', () => {
    for (const t of ['Phòng 1', 'phong 01', 'P01', 'P.1', 'p1', '1', '01', 'Buồng 1']) expect(found(findPlace(t, rooms, 'room')), t).toBe(10);
    expect(found(findPlace('12', rooms, 'room'))).toBe(12);
    expect(found(findPlace('Phòng 3', rooms, 'room'))).toBeNull();
  });

  it('does not read "phong" as "p" + "hong", and names both places of an ambiguous text', () => {
    expect(placeKeys('Phòng Hồng', 'room')).toEqual(['phonghong', 'hong']);
    const twin = [
      { id: 1, code: '1', name: 'Phòng 1' },
      { id: 2, code: 'P1', name: 'Phòng một' },
    ];
    expect(findPlace('1', twin, 'room')).toEqual({ found: twin[0] });
    expect(findPlace('phòng 01', [{ id: 1, code: 'A1', name: 'Phòng 1' }, { id: 2, code: 'B1', name: 'Phòng 01' }], 'room')).toMatchObject({ found: null });
  });

  it('finds every room by its own code and by its own name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 20 }), (numbers) => {
        const list = numbers.map((n) => ({ id: n, code: `P${String(n).padStart(2, '0')}`, name: `Phòng ${n}` }));
        for (const r of list) {
          expect(found(findPlace(r.code, list, 'room'))).toBe(r.id);
          expect(found(findPlace(r.name, list, 'room'))).toBe(r.id);
          expect(found(findPlace(String(r.id), list, 'room'))).toBe(r.id);
        }
      }),
    );
  });

  it('writes the place back as the register did, without doubling "khu" or "phòng"', () => {
    expect(writtenPlace('Khu A', 'Phòng 3')).toBe('Khu A, Phòng 3');
    expect(writtenPlace('A', '3')).toBe('khu A, phòng 3');
    expect(writtenPlace(null, 'P.03')).toBe('P.03');
    expect(writtenPlace('Khu nữ', null)).toBe('Khu nữ');
  });
});
