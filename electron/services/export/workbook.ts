import ExcelJS from 'exceljs';
import { zipSync, type Zippable } from 'fflate';

/** A cell: text, a number, a calendar date (YYYY-MM-DD, written as a real Excel date) or empty. */
export type Cell = string | number | { date: string } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format of the column's values, e.g. '#,##0', '0.0', 'dd/mm/yyyy'. */
  numFmt?: string;
}

export interface SheetRow {
  cells: Cell[];
  /** Per-cell number formats overriding the column's (a figure's unit decides it row by row). */
  numFmts?: (string | undefined)[];
  bold?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Lines above the table (title, period), bold; the header row comes after them and a blank line. */
  title?: string[];
  columns: SheetColumn[];
  rows: SheetRow[];
}

const toCell = (c: Cell): ExcelJS.CellValue => {
  if (c !== null && typeof c === 'object') {
    const [y, m, d] = c.date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return c;
};

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const title = spec.title ?? [];
  const headerRow = title.length === 0 ? 1 : title.length + 2;
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  ws.columns = spec.columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  title.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true, size: i === 0 ? 13 : 11 };
  });
  const header = ws.getRow(headerRow);
  header.values = spec.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  spec.rows.forEach((r, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    r.cells.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = toCell(c);
      const fmt = r.numFmts?.[j] ?? spec.columns[j]?.numFmt;
      if (fmt) cell.numFmt = fmt;
    });
    if (r.bold) row.font = { bold: true };
  });
}

interface XlsxInternals {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: unknown, model: unknown): Promise<void>;
  addOfficeRels(zip: unknown, model: unknown): Promise<void>;
  addWorkbookRels(zip: unknown, model: unknown): Promise<void>;
  addWorksheets(zip: unknown, model: unknown): Promise<void>;
  addSharedStrings(zip: unknown, model: unknown): Promise<void>;
  addThemes(zip: unknown, model: unknown): Promise<void>;
  addStyles(zip: unknown, model: unknown): Promise<void>;
  addApp(zip: unknown, model: unknown): Promise<void>;
  addCore(zip: unknown, model: unknown): Promise<void>;
  addWorkbook(zip: unknown, model: unknown): Promise<void>;
}

/**
 * The workbook as .xlsx bytes, synchronously: the router runs every handler in one synchronous call (and a
 * transaction), while exceljs only zips asynchronously. exceljs still renders every part (its add* steps append
 * to the zip without awaiting anything, as long as there are no images); fflate zips them synchronously.
 */
export function workbookBuffer(sheets: SheetSpec[], creator = 'RehabDesk'): Buffer {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  for (const s of sheets) addSheet(wb, s);
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const model = wb.model;
  const entries: Zippable = {};
  const zip = { append: (data: string | Buffer, o: { name: string }) => (entries[o.name] = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8')) };
  xlsx.prepareModel(model, {});
  for (const step of [
    xlsx.addContentTypes,
    xlsx.addOfficeRels,
    xlsx.addWorkbookRels,
    xlsx.addWorksheets,
    xlsx.addSharedStrings,
    xlsx.addThemes,
    xlsx.addStyles,
    xlsx.addApp,
    xlsx.addCore,
    xlsx.addWorkbook,
  ]) {
    void step.call(xlsx, zip, model);
  }
  return Buffer.from(zipSync(entries, { level: 6, mtime: '2020-01-01' }));
}
