import type { DischargeReason, StayKind } from '../vocabulary';
import type { LegalFigure } from '../admission-rules';

/**
 * The shapes the Excel import works on (issue 10). A workbook is read into plain grids by the back end; the pure
 * functions beside this file find the header, propose a mapping and read each row into a stay to import.
 */

/** A date cell Excel itself typed as a date (a serial number with a date format), as a calendar date. */
export interface DateCell {
  date: string;
}
/** What a cell holds once read: typed text, a number, a boolean, an Excel date, or nothing. */
export type Cell = string | number | boolean | DateCell | null;

/** A merged range, 0-based and inclusive, as Excel keeps it for a header spanning several columns or rows. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row by row from the sheet's first row; ragged rows are fine. */
  rows: Cell[][];
  merges: Merge[];
}

/** The fields a column can be mapped to (the Sổ quản lý người cai nghiện's usual columns). */
export const importFields = [
  'seq',
  'fullName',
  'birthDate',
  'birthYear',
  'sex',
  'citizenId',
  'residence',
  'admittedOn',
  'kind',
  'fileNumber',
  'decisionNumber',
  'decisionDate',
  'court',
  'termMonths',
  'dischargedOn',
  'dischargeReason',
  'area',
  'room',
  'note',
] as const;
export type ImportField = (typeof importFields)[number];

/** One entry per column of the sheet: the field it fills, or null when the column is ignored. */
export type ColumnMapping = (ImportField | null)[];

export interface HeaderGuess {
  /** 0-based index of the first row of data (the row after the header, merged header rows included). */
  dataStart: number;
  /** 0-based index of the header's first row; equals dataStart - 1 for a one-row header. */
  headerTop: number;
  /** The header text of each column, parent and child of a merged two-row header joined ("Ngày sinh - Nam"). */
  headers: string[];
}

/** A stay read from one row, as it will be written. */
export interface ImportedStay {
  fullName: string;
  birthDate: string | null;
  /** Kept when only the year is known (many registers write "1985"). */
  birthYear: number | null;
  sex: 'male' | 'female';
  citizenId: string | null;
  residence: string | null;
  admittedOn: string;
  kind: StayKind;
  fileNumber: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  court: string | null;
  termMonths: number | null;
  dischargedOn: string | null;
  dischargeReason: DischargeReason | null;
  area: string | null;
  room: string | null;
  note: string | null;
}

export const problemCodes = [
  'missing_name',
  'missing_admission_date',
  'unreadable_date',
  'future_date',
  'unknown_sex',
  'unknown_kind',
  'bad_citizen_id',
  'term_out_of_range',
  'unreadable_term',
  'discharge_before_admission',
  'unknown_discharge_reason',
  'birth_after_admission',
  /** Younger on the admission date than the youngest age a facility may take in. */
  'under_minimum_age',
  /** The decision is dated after the admission (the admission screen refuses it; an old register may say so). */
  'decision_after_admission',
  /** A decision number without its court, date or term: imported with what the preview says in their place. */
  'decision_incomplete',
  'duplicate_in_file',
  'matches_existing_person',
  'file_number_taken',
  /** The person already has a stay (in the register or earlier in the file) open over this one's dates. */
  'overlapping_stay',
  /** A present resident with an area/room written: kept in the import source, not placed in a bed. */
  'bed_not_assigned',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** A problem with one cell (or the row, column null), what it means, and what the import will do about it. */
export interface RowProblem {
  /** 0-based column of the cell, or null when the problem is the row's. */
  column: number | null;
  field: ImportField | null;
  code: ProblemCode;
  /** An error keeps the row out; a warning imports it as `action` says. */
  severity: 'error' | 'warning';
  /** Vietnamese, naming the value: "Ngày vào "31/02/2020" không đọc được". */
  message: string;
  /** Vietnamese: "Dòng này sẽ không được nhập" or "Chỉ ghi năm sinh 1985". */
  action: string;
}

export type RowStatus = 'ok' | 'warning' | 'error' | 'skipped';

export interface RowResult {
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  status: RowStatus;
  /** Why a row is left out without being an error: nothing in it, or a subtotal/total line ("Cộng", "Tổng số"). */
  skipReason?: 'blank' | 'subtotal' | 'repeated_header';
  /** The stay to write; null when the row is skipped or has an error. */
  stay: ImportedStay | null;
  problems: RowProblem[];
}

/** What reading a row needs to know beyond the row. */
export interface RowContext {
  /** Today (YYYY-MM-DD), for dates in the future. */
  today: string;
  /**
   * The legal term range in months by kind, as in force on the row's admission date: the back end reads the
   * settings 'term.compulsory_adult', 'term.compulsory_minor', 'term.voluntary' (with their citations).
   */
  termRange: (kind: StayKind, on: string) => { min: number; max: number } | null;
  /** The ages of the settings 'age.adult' and 'age.minimum' in force on a date, with their citations. */
  ages: (on: string) => { adult: LegalFigure<number>; minimum: LegalFigure<number> };
}
