import type Database from 'better-sqlite3';
import type { FigureDims } from '../../../shared/contract/reports';
import type { FigureKey } from '../../../shared/domain/report-figures';
import type { DateRange } from '../../../shared/domain/report-period';

/** One figure of one column: the engine and every section produce these, the handlers lay them out in columns. */
export interface FigureValue {
  key: FigureKey;
  dims: FigureDims;
  itemName: string | null;
  itemUnit: string | null;
  value: number;
}

/** A resident behind a figure; the handler adds the person's details (name, file number, kind, sex…). */
export interface DrillHit {
  stayId: number;
  date: string | null;
  detail: string | null;
  value: number | null;
}

/** What the engine already knows of a column, so a section need not count it again. */
export interface ColumnContext {
  /** Stays on the books at the end of the range, by the effective movements. */
  onBooksAtEnd: number[];
}

/** A part of the report computed on its own: its figures for a range, and the residents behind one of them. */
export interface ReportSectionModule {
  figures(sqlite: Database.Database, range: DateRange, column: ColumnContext): FigureValue[];
  /** Null when the key is not this section's. */
  drill(sqlite: Database.Database, range: DateRange, key: FigureKey, dims: FigureDims, column: ColumnContext): DrillHit[] | null;
}
