import { importFieldLabels as label } from './field-labels';
import { cellText, type Read } from './text';
import type { Cell, ColumnMapping, ImportedStay, ImportField, RowProblem } from './types';

const LEFT_OUT = 'Dòng này sẽ không được nhập';
export type Sex = 'male' | 'female';
/** A stay as read, before the fields every stay needs are known to be there. */
export type Draft = { [K in keyof ImportedStay]: ImportedStay[K] | null };

/** One row being read: its cells by field, and every problem found (the officer fixes them all at once). */
export class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly cells: Cell[],
    private readonly mapping: ColumnMapping,
  ) {}

  columns(field: ImportField): number[] {
    return this.mapping.flatMap((f, c) => (f === field ? [c] : []));
  }

  /** The first filled cell of the columns mapped to the field (an officer may map two columns to one field). */
  find(field: ImportField): { column: number; cell: Cell } | null {
    for (const column of this.columns(field)) {
      const cell = this.cells[column] ?? null;
      if (cellText(cell) !== '') return { column, cell };
    }
    return null;
  }

  text(field: ImportField): string | null {
    const found = this.find(field);
    return found ? cellText(found.cell) : null;
  }

  problem(column: number | null, field: ImportField | null, p: Omit<RowProblem, 'column' | 'field'>): void {
    this.problems.push({ column, field, ...p });
  }

  error(column: number | null, field: ImportField | null, code: RowProblem['code'], message: string): void {
    this.problem(column, field, { code, severity: 'error', message, action: LEFT_OUT });
  }

  /** Reads the field's cell; null when it is empty or unreadable (the problem is recorded). */
  read<T>(field: ImportField, reader: (cell: Cell) => Read<T>): { value: T; column: number } | null {
    const found = this.find(field);
    return found ? this.take(found.column, field, reader(found.cell)) : null;
  }

  take<T>(column: number, field: ImportField, r: Read<T>): { value: T; column: number } | null {
    if (!r.ok) {
      this.error(column, field, r.code, r.message);
      return null;
    }
    if (r.warning) this.problem(column, field, { severity: 'warning', ...r.warning });
    return { value: r.value, column };
  }

  /**
   * A field split over a "… Nam" | "… Nữ" pair of columns (see proposeMapping): the filled one gives the sex.
   * Null when the field is not split or neither is filled.
   */
  split(field: ImportField): { column: number; cell: Cell; sex: Sex } | null {
    const cols = this.columns(field);
    if (cols.length !== 2) return null;
    const [male, female] = cols.map((c) => ({ column: c, cell: this.cells[c] ?? null })) as [
      { column: number; cell: Cell },
      { column: number; cell: Cell },
    ];
    const filled = (x: { cell: Cell }) => !['', '0'].includes(cellText(x.cell));
    if (filled(male) && filled(female)) {
      this.error(null, field, 'unknown_sex', `${label[field]} ghi ở cả cột Nam và cột Nữ`);
      return null;
    }
    if (filled(male)) return { ...male, sex: 'male' };
    if (filled(female)) return { ...female, sex: 'female' };
    return null;
  }
}
