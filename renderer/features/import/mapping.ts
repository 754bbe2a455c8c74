import type { ColumnMapping, ImportField } from '../../../shared/domain/import/types';

/** The fields a row cannot be imported without: the import refuses to go on until each has a column. */
export const requiredFields: readonly ImportField[] = ['fullName', 'admittedOn', 'sex', 'kind'];

export interface Reassigned {
  /** The mapping with `column` set to `field` and no other column left on that field. */
  mapping: ColumnMapping;
  /** The column that held the field before and was cleared, if any. */
  cleared: number | null;
}

/** Maps one column to a field (or to nothing); a field fills at most one column, so it leaves the column it was on. */
export function assignField(mapping: ColumnMapping, column: number, field: ImportField | null): Reassigned {
  const cleared = field === null ? -1 : mapping.findIndex((f, i) => f === field && i !== column);
  const next = mapping.map((f, i) => (i === column ? field : i === cleared ? null : f));
  return { mapping: next, cleared: cleared >= 0 ? cleared : null };
}

/** The required fields no column is mapped to yet. */
export function missingRequired(mapping: ColumnMapping): ImportField[] {
  return requiredFields.filter((f) => !mapping.includes(f));
}
