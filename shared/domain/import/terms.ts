import type { StayKind } from '../vocabulary';
import { cellText, foldText, type Read } from './text';
import type { Cell, RowContext } from './types';

/** The term in months: 24, "24 tháng", "2 năm", "1 năm 6 tháng", or 18.0 from a number column. */
export function readTerm(cell: Cell, label: string): Read<number> {
  const text = cellText(cell);
  const f = foldText(text.replace(/^(\d+)[.,]0+(?!\d)/, '$1'));
  const m = /^(?:(\d+) nam)? ?(?:(\d+)(?: thang)?)?$/.exec(f);
  const months = m && (m[1] || m[2]) && !text.startsWith('-') ? Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) : NaN;
  if (!Number.isInteger(months) || months <= 0) {
    return { ok: false, code: 'unreadable_term', message: `${label} "${text}" không đọc được` };
  }
  return { ok: true, value: months };
}

const kindWords: Partial<Record<StayKind, string>> = {
  compulsory_adult: 'cai nghiện bắt buộc người thành niên',
  compulsory_minor: 'cai nghiện bắt buộc người từ đủ 12 đến dưới 18 tuổi',
  voluntary: 'cai nghiện tự nguyện',
};

/** The term against the legal range of the kind in force on the admission date; null when it is inside. */
export function termProblem(months: number, kind: StayKind, on: string, ctx: RowContext): string | null {
  const range = ctx.termRange(kind, on);
  if (!range || (months >= range.min && months <= range.max)) return null;
  return `Thời hạn ${months} tháng ngoài khoảng ${range.min}–${range.max} tháng của ${kindWords[kind] ?? kind}`;
}
