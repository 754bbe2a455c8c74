import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToDate, readBirth, readDate } from '../../../shared/domain/import/cells';

const today = '2026-05-01';
const value = (r: ReturnType<typeof readDate>) => (r.ok ? r.value : r.message);

describe('reading dates from a register', () => {
  it('reads every way the issue lists: 15/03/2024, 15-3-2024, an Excel date and a serial that lost its format', () => {
    for (const cell of ['15/03/2024', '15-3-2024', '15.03.2024', '2024-03-15', '15/03/24', ' 15 / 3 / 2024 ', 'ngày 15 tháng 3 năm 2024', { date: '2024-03-15' }, 45366, '45366', '15/03/2024 00:00:00']) {
      expect(value(readDate(cell, 'Ngày vào', today)), JSON.stringify(cell)).toBe('2024-03-15');
    }
  });

  it('counts serials as Excel does, with its non-existent 29/02/1900', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(45292.75)).toBe('2024-01-01'); // a time of day does not move the date
    expect(excelSerialToDate(80_001)).toBeNull();
  });

  it('refuses impossible dates, naming the value', () => {
    expect(readDate('31/02/2020', 'Ngày vào', today)).toEqual({ ok: false, code: 'unreadable_date', message: 'Ngày vào "31/02/2020" không đọc được' });
    expect(readDate('29/02/2023', 'Ngày vào', today).ok).toBe(false);
    expect(value(readDate('29/02/2024', 'Ngày vào', today))).toBe('2024-02-29');
    expect(readDate('15/13/2024', 'Ngày ra', today).ok).toBe(false);
    expect(readDate('không rõ', 'Ngày ra', today).ok).toBe(false);
    expect(readDate(true, 'Ngày ra', today).ok).toBe(false);
  });

  it('takes a bare year for a birth year only: an admission needs its day and month', () => {
    expect(readDate('2024', 'Ngày vào', today)).toEqual({ ok: false, code: 'unreadable_date', message: 'Ngày vào "2024" chỉ có năm, thiếu ngày và tháng' });
    expect(readDate(2024, 'Ngày vào', today).ok).toBe(false);
    expect(readBirth('1985', 'Ngày sinh', today)).toEqual({ ok: true, value: { date: null, year: 1985 } });
    expect(readBirth(1985, 'Năm sinh', today)).toEqual({ ok: true, value: { date: null, year: 1985 } });
    expect(readBirth('15/03/1985', 'Ngày sinh', today)).toEqual({ ok: true, value: { date: '1985-03-15', year: 1985 } });
  });

  it('keeps the year of a birth date it cannot read, and says so', () => {
    expect(readBirth('31/02/1985', 'Ngày sinh', today)).toEqual({
      ok: true,
      value: { date: null, year: 1985 },
      warning: { code: 'unreadable_date', message: 'Ngày sinh "31/02/1985" không đọc được', action: 'Chỉ ghi năm sinh 1985' },
    });
    expect(readBirth('không rõ', 'Ngày sinh', today).ok).toBe(false);
  });

  it('puts a two-digit year in the century that keeps it in the past', () => {
    expect(value(readDate('15/03/24', 'Ngày vào', today))).toBe('2024-03-15');
    expect(value(readDate('01/01/26', 'Ngày vào', today))).toBe('2026-01-01');
    expect(value(readDate('01/01/27', 'Ngày vào', today))).toBe('1927-01-01');
    expect(readBirth('05/06/85', 'Ngày sinh', today)).toMatchObject({ ok: true, value: { date: '1985-06-05' } });
  });
});

/** Excel's serial of a date, counted independently from UTC milliseconds. */
function serialOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = (Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return iso < '1900-03-01' ? days - 1 : days;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2026, 3, 30)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
type Writer = (iso: string) => Parameters<typeof readDate>[0];
const writers: Writer[] = [
  (iso) => { const [y, m, d] = iso.split('-'); return `${d}/${m}/${y}`; },
  (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d}-${m}-${y}`; },
  (iso) => { const [y, m, d] = iso.split('-'); return `${d}.${m}.${y}`; },
  (iso) => iso,
  (iso) => ({ date: iso }),
  (iso) => serialOf(iso),
  (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${pad(d ?? 0)}/${pad(m ?? 0)}/${String(y).slice(2)}`; },
];

describe('date reading, properties', () => {
  it('reads back any date written in any supported form', () => {
    fc.assert(
      fc.property(dateArb, fc.nat(writers.length - 1), (iso, w) => {
        // A two-digit year only stands for the last hundred years.
        fc.pre(w !== writers.length - 1 || iso > '1926-12-31');
        const cell = (writers[w] as Writer)(iso);
        // Numbers that read as a year (1900 to next year) are one: the serials of a few months of 1905.
        fc.pre(typeof cell !== 'number' || cell < 1900 || cell > 2027);
        expect(value(readDate(cell, 'Ngày vào', today))).toBe(iso);
      }),
    );
  });
});
