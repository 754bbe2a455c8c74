import dayjs from 'dayjs';
import { cellText, isDateCell, type Read } from './text';
import type { Cell } from './types';

/**
 * Dates as registers hold them: Excel dates, serial numbers that lost their date format, and text typed in any of the
 * usual ways (15/03/2024, 15-3-2024, 15.03.2024, 2024-03-15, 15/03/24, ngày 15 tháng 3 năm 2024).
 */

/** Excel numbers days from 1899-12-30 and wrongly counts 29/02/1900 as serial 60 (the Lotus 1-2-3 leap-year bug). */
const EXCEL_EPOCH = '1899-12-30';
const FAKE_LEAP_DAY = 60;
/** Serial 80000 is in 2119: a larger number in a date column is not a date. */
const MAX_SERIAL = 80_000;
const MIN_YEAR = 1900;

/** The calendar date of an Excel serial number, or null for 60 (the day that does not exist) and out-of-range numbers. */
export function excelSerialToDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === FAKE_LEAP_DAY) return null;
  // Before the fake leap day the serials run one day ahead of the real calendar.
  const offset = day < FAKE_LEAP_DAY ? day + 1 : day;
  return dayjs(EXCEL_EPOCH).add(offset, 'day').format('YYYY-MM-DD');
}

/**
 * A two-digit year is put in the century that makes it no later than this year: '24' is 2024 and '85' is 1985 when
 * read in 2026. Registers use it for birth and admission dates, neither of which can be in the future.
 */
function fullYear(yy: string, today: string): number {
  if (yy.length === 4) return Number(yy);
  const thisYear = Number(today.slice(0, 4));
  const inThisCentury = Math.floor(thisYear / 100) * 100 + Number(yy);
  return inThisCentury <= thisYear ? inThisCentury : inThisCentury - 100;
}

function realDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const d = dayjs(iso);
  return d.isValid() && d.format('YYYY-MM-DD') === iso ? iso : null;
}

function textDate(text: string, today: string): string | null {
  const t = text.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '').trim();
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(t);
  if (dmy) return realDate(fullYear(dmy[3] ?? '', today), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  if (ymd) return realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const words = /^ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})$/iu.exec(t.normalize('NFC'));
  if (words) return realDate(Number(words[3]), Number(words[2]), Number(words[1]));
  return null;
}

/** A cell that reads as a date, a bare year, or nothing readable. */
type Parsed = { date: string } | { year: number } | null;

function parse(cell: Cell, today: string): Parsed {
  if (isDateCell(cell)) {
    const [y, m, d] = cell.date.slice(0, 10).split('-').map(Number);
    const date = realDate(y ?? 0, m ?? 0, d ?? 0);
    return date ? { date } : null;
  }
  const text = cellText(cell);
  const n = typeof cell === 'number' ? cell : /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
  if (n !== null) {
    // Numbers that look like a year are one (a birth year typed as 1985), not the serial of a day in 1905.
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= Number(today.slice(0, 4)) + 1) return { year: n };
    const date = excelSerialToDate(n);
    return date ? { date } : null;
  }
  const date = textDate(text, today);
  return date ? { date } : null;
}

const unreadable = (label: string, cell: Cell) => `${label} "${cellText(cell)}" không đọc được`;

/** A full date (admission, discharge, decision): a bare year is refused, the day and month being unknown. */
export function readDate(cell: Cell, label: string, today: string): Read<string> {
  const p = parse(cell, today);
  if (p && 'date' in p) return { ok: true, value: p.date };
  if (p) return { ok: false, code: 'unreadable_date', message: `${label} "${cellText(cell)}" chỉ có năm, thiếu ngày và tháng` };
  return { ok: false, code: 'unreadable_date', message: unreadable(label, cell) };
}

export interface BirthRead {
  date: string | null;
  year: number;
}

/**
 * A birth date or year. Registers often know only the year, which is kept as such; a date that cannot be read but
 * carries a plausible year ("31/02/1985") keeps the year, with a warning, rather than losing the row.
 */
export function readBirth(cell: Cell, label: string, today: string): Read<BirthRead> {
  const p = parse(cell, today);
  if (p && 'date' in p) return { ok: true, value: { date: p.date, year: Number(p.date.slice(0, 4)) } };
  if (p) return { ok: true, value: { date: null, year: p.year } };
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(cellText(cell))?.[1];
  if (year && Number(year) <= Number(today.slice(0, 4))) {
    return {
      ok: true,
      value: { date: null, year: Number(year) },
      warning: { code: 'unreadable_date', message: unreadable(label, cell), action: `Chỉ ghi năm sinh ${year}` },
    };
  }
  return { ok: false, code: 'unreadable_date', message: unreadable(label, cell) };
}
