import ExcelJS from 'exceljs';
import type { Cell, Merge, SheetGrid } from '../../../shared/domain/import/types';

type Value = ExcelJS.CellValue;

/** A calendar date from ExcelJS's Date, which holds the cell's day at 00:00 UTC. */
function dayOf(d: Date): Cell {
  return Number.isNaN(d.getTime()) ? null : { date: d.toISOString().slice(0, 10) };
}

/** What the officer sees in the cell: rich text as plain text, a formula as its result, a link as its text. */
function cellOf(v: Value): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dayOf(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || (typeof result === 'object' && result !== null && !(result instanceof Date))) return null;
    return cellOf(result as Value);
  }
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellOf(v.text as Value);
  // An error cell (#N/A, #REF!) holds nothing to import.
  return null;
}

/** The merged ranges, 0-based: ExcelJS keeps them by master cell in `_merges` (ranges with 1-based bounds). */
function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  return Object.values(merges ?? {}).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A cell covered by a merge repeats its master's value in ExcelJS; the grid keeps it empty, as Excel shows it.
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = cellOf(cell.value);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

/** Every sheet of an .xlsx file as a grid; throws on a file that is not a workbook (the caller words the refusal). */
export async function readXlsx(buffer: Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.worksheets.map(gridOf);
}
