import { describe, expect, it } from 'vitest';
import { capsFigures, firstFreeDay, capsValues, entriesPayload, formatDong, parseAmount, rowErrorsOf, type LineDraft, type WorkRow } from './work-model';

function row(stayId: number, extra: Partial<WorkRow> = {}): WorkRow {
  return {
    stayId,
    fullName: `Học viên ${stayId}`,
    fileNumber: `HS-${stayId}`,
    state: 'present',
    ageBand: 'adult',
    capDay: 8,
    capWeek: 48,
    hoursDay: 0,
    hoursWeek: 0,
    exemption: null,
    blocked: null,
    lines: [],
    ...extra,
  };
}

const line = (productId: string, quantity: string, hours: string): LineDraft => ({ productId, quantity, hours });

describe('entriesPayload', () => {
  it('takes every filled line in sheet order, with decimal commas, and remembers the row of each entry', () => {
    const rows = [row(1), row(2), row(3)];
    const drafts = new Map([
      [3, line('7', '12', '4')],
      [1, line('5', '1,5', '7,5')],
    ]);
    const p = entriesPayload(rows, drafts);
    expect(p.entries).toEqual([
      { stayId: 1, productId: 5, quantity: 1.5, hours: 7.5 },
      { stayId: 3, productId: 7, quantity: 12, hours: 4 },
    ]);
    expect(p.stayOf).toEqual([1, 3]);
    expect(p.missing.size).toBe(0);
  });

  it('skips blocked rows and empty lines, and names what a half-filled line lacks', () => {
    const rows = [row(1, { blocked: 'Đang nằm viện' }), row(2), row(3)];
    const drafts = new Map([
      [1, line('5', '3', '4')],
      [2, line('', '', '')],
      [3, line('5', 'abc', '')],
    ]);
    const p = entriesPayload(rows, drafts);
    expect(p.entries).toEqual([]);
    expect(p.missing.get(3)).toEqual({ quantity: 'notANumber', hours: 'hoursRequired' });
    expect(p.missing.has(2)).toBe(false);
  });
});

describe('rowErrorsOf', () => {
  it('puts entries.N.* on the row the entry came from, the rest above the sheet', () => {
    const split = rowErrorsOf(
      [
        { field: 'entries.1.hours', message: 'Vượt 8 giờ/ngày' },
        { field: 'entries.0', message: 'Đang nằm viện' },
        { field: 'date', message: 'Ngày: chưa tới' },
      ],
      [4, 9],
    );
    expect(split.rows.get(9)).toEqual({ hours: 'Vượt 8 giờ/ngày' });
    expect(split.rows.get(4)).toEqual({ row: 'Đang nằm viện' });
    expect(split.general).toEqual(['Ngày: chưa tới']);
  });
});

describe('caps and numbers', () => {
  it('adds the typed hours to those recorded and flags a cap passed', () => {
    const r = row(1, { hoursDay: 3, hoursWeek: 46, capDay: 8, capWeek: 48 });
    expect(capsFigures(r, line('1', '1', '4'))).toEqual({ day: 7, week: 50, overDay: false, overWeek: true });
    expect(capsFigures(r, undefined)).toEqual({ day: 3, week: 46, overDay: false, overWeek: false });
    expect(capsValues(row(1, { hoursDay: 7.5, capDay: 6, hoursWeek: 20, capWeek: 30 }))).toEqual({ day: '7,5', capDay: '6', week: '20', capWeek: '30' });
  });

  it('parses and formats the Vietnamese way', () => {
    expect(parseAmount(' 2,5 ')).toBe(2.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('1e3')).toBeNull();
    expect(formatDong(1_872_000)).toBe('1.872.000 đ');
  });
});

describe('firstFreeDay', () => {
  const product = (dates: string[]) => ({ id: 1, name: 'Đan giỏ', unit: 'piece' as const, active: true, rateDong: 1, rateFrom: null, rates: dates.map((validFrom) => ({ rateDong: 1, validFrom })) });
  it('is today unless a rate already starts today or later', () => {
    expect(firstFreeDay(product(['2026-11-01']), '2026-12-01')).toBe('2026-12-01');
    expect(firstFreeDay(product(['2026-11-01', '2026-12-01']), '2026-12-01')).toBe('2026-12-02');
    expect(firstFreeDay(product(['2026-12-31']), '2026-12-01')).toBe('2027-01-01');
  });
});
