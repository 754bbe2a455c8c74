import { formatDateVN } from '../dates';
import { foldText } from './text';
import type { ImportedStay, RowResult } from './types';

/**
 * The key the register matches people by: the citizen id when known, else the folded name with the birth year and
 * sex (the same person is written with and without accents across years of registers).
 */
export function personKey(stay: ImportedStay): string {
  if (stay.citizenId) return `cccd:${stay.citizenId}`;
  const year = stay.birthYear ?? (stay.birthDate ? Number(stay.birthDate.slice(0, 4)) : '');
  return `name:${foldText(stay.fullName)}|${year}|${stay.sex}`;
}

function nameKey(stay: ImportedStay): string {
  return personKey({ ...stay, citizenId: null });
}

/**
 * Rows that repeat an earlier row of the file: the same person admitted on the same day. The same person with another
 * admission date is a re-admission (two stays of one person), not a duplicate. Two rows with the same name, birth
 * year and sex but different citizen ids are two people. Maps the later row number to the earlier one.
 */
export function findDuplicatesInFile(results: RowResult[]): Map<number, number> {
  const byId = new Map<string, number>();
  const byName = new Map<string, { rowNumber: number; citizenId: string | null }[]>();
  const duplicates = new Map<number, number>();
  for (const { rowNumber, stay } of results) {
    if (!stay) continue;
    const idKey = stay.citizenId ? `${stay.citizenId}|${stay.admittedOn}` : null;
    const nKey = `${nameKey(stay)}|${stay.admittedOn}`;
    const earlier =
      (idKey ? byId.get(idKey) : undefined) ??
      byName.get(nKey)?.find((e) => !(e.citizenId && stay.citizenId && e.citizenId !== stay.citizenId))?.rowNumber;
    if (earlier !== undefined) {
      duplicates.set(rowNumber, earlier);
      continue;
    }
    if (idKey) byId.set(idKey, rowNumber);
    byName.set(nKey, [...(byName.get(nKey) ?? []), { rowNumber, citizenId: stay.citizenId }]);
  }
  return duplicates;
}

/** The results with each duplicate row turned into an error naming the row it repeats. */
export function markDuplicatesInFile(results: RowResult[]): RowResult[] {
  const duplicates = findDuplicatesInFile(results);
  return results.map((r) => {
    const earlier = duplicates.get(r.rowNumber);
    if (earlier === undefined || !r.stay) return r;
    const message = `Trùng dòng ${earlier}: cùng người, cùng ngày vào ${formatDateVN(r.stay.admittedOn)}`;
    return {
      ...r,
      status: 'error',
      stay: null,
      problems: [
        ...r.problems,
        { column: null, field: null, code: 'duplicate_in_file', severity: 'error', message, action: 'Dòng này sẽ không được nhập' },
      ],
    };
  });
}
