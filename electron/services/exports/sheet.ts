import type Database from 'better-sqlite3';
import { formatDateVN } from '../../../shared/domain/dates';
import { workbookBuffer, type Cell, type SheetSpec } from '../export/workbook';

export const DATE = 'dd/mm/yyyy';
export const COUNT = '#,##0';
export const DECIMAL = '#,##0.0#';

export const date = (d: string | null | undefined): Cell => (d ? { date: d } : null);

export interface XlsxFile {
  fileName: string;
  base64: string;
}

/** The facility's name as registered at setup, for the first line of every exported sheet. */
export function facilityName(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT name FROM facility WHERE id = 1').get() as { name: string } | undefined;
  return row?.name ?? '';
}

/** The title lines every exported list starts with: the facility, the list and what it shows, the day it was taken. */
export function listTitle(sqlite: Database.Database, list: string, today: string, details: string[] = []): string[] {
  return [facilityName(sqlite).toUpperCase(), list, ...details, `Xuất ngày ${formatDateVN(today)}`];
}

/** The workbook of one or more sheets as the file the renderer saves: `<slug>-<day>.xlsx`. */
export function xlsxFile(slug: string, day: string, sheets: SheetSpec[]): XlsxFile {
  return { fileName: `${slug}-${day}.xlsx`, base64: workbookBuffer(sheets).toString('base64') };
}
