import { cellText, type Read } from './text';
import type { Cell } from './types';

/**
 * A CCCD (12 digits) or an old CMND (9 digits), written with spaces or dots or as a number. A number cell drops the
 * leading zeros of the province code every CCCD begins with (001 Hà Nội … 096 Cà Mau), so 10 or 11 digits (8 for a
 * CMND of Hà Nội, 01…) from a number get them back, with a warning. Any other value is left empty with a warning: the id does not decide whether the stay can be
 * recorded, and refusing the row for it would lose more than it protects; the person is then matched by name,
 * birth year and sex.
 */
export function readCitizenId(cell: Cell, label: string): Read<string | null> {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: null };
  const digits = typeof cell === 'number' && Number.isSafeInteger(cell) ? String(cell) : text.replace(/[\s.-]/g, '');
  if (/^(\d{9}|\d{12})$/.test(digits)) return { ok: true, value: digits };
  if (typeof cell === 'number' && /^(\d{8}|\d{10,11})$/.test(digits)) {
    const padded = digits.padStart(digits.length === 8 ? 9 : 12, '0');
    return {
      ok: true,
      value: padded,
      warning: { code: 'bad_citizen_id', message: `${label} ${digits} mất các số 0 ở đầu (ô kiểu số)`, action: `Ghi là ${padded}` },
    };
  }
  return {
    ok: true,
    value: null,
    warning: { code: 'bad_citizen_id', message: `${label} "${text}" không phải 9 hoặc 12 chữ số`, action: 'Để trống số CCCD' },
  };
}
