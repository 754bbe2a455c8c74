import { foldForSearch } from '../names';
import type { Cell, DateCell, ProblemCode } from './types';

/** A value read after a repair the officer must know about: what was wrong and what the import does instead. */
export interface ReadWarning {
  code: ProblemCode;
  message: string;
  action: string;
}

/** What a cell reader gives: the value (with a warning when it had to be repaired), or why it cannot be read. */
export type Read<T> = { ok: true; value: T; warning?: ReadWarning } | { ok: false; code: ProblemCode; message: string };

/**
 * Header and vocabulary matching text: folded as for name search (lower case, no accents, đ → d), then every run of
 * punctuation or spaces made one space, so "Số CMND/CCCD", "so cmnd cccd" and "SỐ CMND - CCCD" compare equal.
 */
export function foldText(s: string): string {
  return foldForSearch(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null;
}

/** The cell as the officer sees it, trimmed; an Excel date as dd/mm/yyyy. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) {
    const [y, m, d] = cell.date.slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  return String(cell).normalize('NFC').trim();
}

export function isBlankCell(cell: Cell): boolean {
  return cellText(cell) === '';
}
