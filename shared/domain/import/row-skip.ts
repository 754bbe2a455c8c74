import { isHeaderTextOf } from './header-match';
import { cellText, foldText } from './text';
import type { Cell, ColumnMapping, ImportField, RowResult } from './types';

/** Rows a register holds that are not people: blank lines, page and sheet totals, headers repeated on each page. */

// "Cộng", "Cộng trang 45", "Tổng cộng: 45 người", "Tổng số học viên 45"; not a name such as "Tống Văn An".
const SUBTOTAL = /^(?:(?:tong cong|tong so|cong so)(?: [a-z ]*)?(?: \d+.*)?|(?:tong|cong)(?: trang| chung)?(?: \d+.*)?)$/;
const NUMBER_TEXT = /^\(?\d+\)?\.?$/;
/** Fields a real row with a missing name still fills with numbers: such a row is an error, not a total. */
const PERSON_NUMBER_FIELDS: ImportField[] = ['birthDate', 'birthYear', 'admittedOn', 'dischargedOn', 'decisionDate', 'citizenId'];

function isNumeric(cell: Cell): boolean {
  return typeof cell === 'number' || NUMBER_TEXT.test(cellText(cell));
}

function consecutive(cells: Cell[]): boolean {
  const n = cells.map((c) => Number(/\d+/.exec(cellText(c))?.[0]));
  return n.length >= 3 && n.every((v, i) => i === 0 || v === (n[i - 1] ?? NaN) + 1);
}

export function skipReason(cells: Cell[], mapping: ColumnMapping): RowResult['skipReason'] | null {
  const filled = cells.map((cell, column) => ({ cell, column, field: mapping[column] ?? null })).filter((x) => cellText(x.cell) !== '');
  if (filled.length === 0) return 'blank';
  const nameColumn = mapping.indexOf('fullName');
  const nameText = nameColumn >= 0 ? cellText(cells[nameColumn] ?? null) : '';
  const name = /\p{L}/u.test(nameText) ? nameText : ''; // "45" or "(2)" in the name column is no name
  if (name !== '' && isHeaderTextOf('fullName', name)) return 'repeated_header';
  const headerCells = filled.filter((x) => x.field !== null && isHeaderTextOf(x.field, cellText(x.cell)));
  if (headerCells.length >= 2) return 'repeated_header';
  const subtotal = filled.some((x) => SUBTOTAL.test(foldText(cellText(x.cell))));
  if (subtotal && (name === '' || SUBTOTAL.test(foldText(name)))) return 'subtotal';
  if (name !== '' || !filled.every((x) => isNumeric(x.cell))) return null;
  if (filled.every((x) => x.field === 'seq')) return 'blank'; // a pre-numbered line left empty
  if (consecutive(filled.map((x) => x.cell))) return 'repeated_header'; // the printed column numbers (1) (2) (3)…
  if (filled.some((x) => x.field !== null && PERSON_NUMBER_FIELDS.includes(x.field))) return null;
  return 'subtotal';
}
