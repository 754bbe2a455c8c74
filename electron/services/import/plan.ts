import type Database from 'better-sqlite3';
import { formatDateVN } from '../../../shared/domain/dates';
import { termKeyOf } from '../../../shared/domain/admission-rules';
import { writtenPlace } from '../../../shared/domain/import/places';
import { interpretRow, markDuplicatesInFile } from '../../../shared/domain/import/rows';
import type { ColumnMapping, ImportedStay, RowContext, RowProblem, RowResult, SheetGrid } from '../../../shared/domain/import/types';
import { legalInForce } from '../../../shared/domain/legal';
import { legalRows } from '../settings/legal';
import { bedPlanner } from './beds';
import { addPerson, matchPerson, readRegister, type KnownPerson } from './register-view';

const LEFT_OUT = 'Dòng này sẽ không được nhập';

/** A row read against the register: who it is (a person of the register, or one the file creates) and its stay. */
export interface PlannedRow {
  result: RowResult;
  /** The person of the register the row is matched to; null for a new person or a row not imported. */
  matched: KnownPerson | null;
  /** The person the row's stay goes to: an id of the register (> 0), or a new person of the file (< 0). */
  personRef: number | null;
  /** The person already had a stay before this one (in the register or the file). */
  readmission: boolean;
  /** The bed a present resident is placed in, from the area and room the register names. */
  bed: { bedId: number; label: string } | null;
}

export interface Plan {
  rows: PlannedRow[];
  summary: { rows: number; ok: number; warnings: number; errors: number; skipped: number; newPersons: number; matchedPersons: number };
}

export function rowContext(sqlite: Database.Database, today: string): RowContext {
  const legal = legalRows(sqlite);
  return {
    today,
    termRange: (kind, on) => {
      const key = termKeyOf(kind);
      if (!key) return null;
      const { minMonths, maxMonths } = legalInForce(legal, key, on).value;
      return { min: minMonths, max: maxMonths };
    },
    ages: (on) => {
      const figure = (key: 'age.adult' | 'age.minimum') => {
        const row = legalInForce(legal, key, on);
        return { value: row.value.years, citation: row.citation };
      };
      return { adult: figure('age.adult'), minimum: figure('age.minimum') };
    },
  };
}

function withProblem(r: RowResult, p: RowProblem): RowResult {
  const problems = [...r.problems, p];
  const error = problems.some((x) => x.severity === 'error');
  return { ...r, problems, status: error ? 'error' : 'warning', stay: error ? null : r.stay };
}

const error = (code: RowProblem['code'], message: string, column: number | null = null, field: RowProblem['field'] = null): RowProblem => ({
  column,
  field,
  code,
  severity: 'error',
  message,
  action: LEFT_OUT,
});

const overlaps = (a: { admittedOn: string; dischargedOn: string | null }, b: { admittedOn: string; dischargedOn: string | null }) =>
  a.admittedOn < (b.dischargedOn ?? '9999-12-31') && b.admittedOn < (a.dischargedOn ?? '9999-12-31');

const period = (s: { admittedOn: string; dischargedOn: string | null }) =>
  `${formatDateVN(s.admittedOn)}–${s.dischargedOn ? formatDateVN(s.dischargedOn) : 'nay'}`;

/** The register's rules the row alone cannot know: people already in it, file numbers taken, stays overlapping. */
function checkAgainstRegister(results: RowResult[], mapping: ColumnMapping, sqlite: Database.Database, placeBed: ReturnType<typeof bedPlanner>): PlannedRow[] {
  const view = readRegister(sqlite);
  const col = (f: RowProblem['field']) => mapping.findIndex((m) => m === f);
  const planned: PlannedRow[] = results.map((result) => ({ result, matched: null, personRef: null, readmission: false, bed: null }));
  // A person's stays in date order, so a later admission is the one told it overlaps an earlier one.
  const order = planned.filter((p) => p.result.stay).sort((a, b) => a.result.stay!.admittedOn.localeCompare(b.result.stay!.admittedOn) || a.result.rowNumber - b.result.rowNumber);
  const fileNumbers = new Map<string, number>();
  let nextNew = -1;
  for (const p of order) {
    const stay = p.result.stay as ImportedStay;
    if (stay.birthDate === null && stay.birthYear === null) {
      p.result = withProblem(p.result, error('unreadable_date', 'Thiếu ngày sinh hoặc năm sinh', col('birthDate') >= 0 ? col('birthDate') : col('birthYear'), 'birthDate'));
      continue;
    }
    if (stay.fileNumber) {
      const taken = view.fileNumbers.has(stay.fileNumber) ? 'đã có trong sổ' : fileNumbers.has(stay.fileNumber) ? `đã dùng ở dòng ${fileNumbers.get(stay.fileNumber)}` : null;
      if (taken) {
        p.result = withProblem(p.result, error('file_number_taken', `Số hồ sơ ${stay.fileNumber} ${taken}`, col('fileNumber'), 'fileNumber'));
        continue;
      }
    }
    const person = matchPerson(view, stay);
    const clash = person?.stays.find((s) => overlaps(s, stay));
    if (person && clash) {
      const where = clash.fromRow ? `theo dòng ${clash.fromRow} của tệp` : `theo hồ sơ ${clash.fileNumber}`;
      p.result = withProblem(
        p.result,
        error('overlapping_stay', `${stay.fullName} đang ở cơ sở ${where} (${period(clash)}): một người không thể có hai lượt cùng lúc`, col('admittedOn'), 'admittedOn'),
      );
      continue;
    }
    if (stay.fileNumber) fileNumbers.set(stay.fileNumber, p.result.rowNumber);
    let who = person;
    if (!who) {
      who = { id: nextNew--, fullName: stay.fullName, citizenId: stay.citizenId, stays: [] };
      addPerson(view, who, stay);
    } else if (who.id > 0) {
      p.matched = who;
      const files = registerFiles(who).join(', ');
      p.result = withProblem(p.result, {
        column: null,
        field: null,
        code: 'matches_existing_person',
        severity: 'warning',
        message: `Đã có trong sổ: ${who.fullName}${who.citizenId ? `, CCCD ${who.citizenId}` : ''}${files ? `, hồ sơ ${files}` : ''}`,
        action: 'Ghép vào người đã có trong sổ, không tạo người mới',
      });
    }
    p.personRef = who.id;
    p.readmission = who.stays.length > 0;
    who.stays.push({ fileNumber: stay.fileNumber ?? '', admittedOn: stay.admittedOn, dischargedOn: stay.dischargedOn, fromRow: p.result.rowNumber });
    const bed = placeBed(stay);
    if (bed && bed.bedId !== null) p.bed = bed;
    else if (bed && bed.bedId === null) {
      const place = writtenPlace(stay.area, stay.room);
      p.result = withProblem(p.result, {
        column: col(stay.room && !stay.area ? 'room' : 'area'),
        field: stay.room && !stay.area ? 'room' : 'area',
        code: 'bed_not_assigned',
        severity: 'warning',
        message: `Sổ ghi ${place}: ${bed.reason}`,
        action: 'Chưa xếp giường: xếp giường trên sơ đồ giường sau khi nhập',
      });
    }
  }
  return planned;
}

/** Reads every data row of the sheet as it would be imported today, with each problem named per row and cell. */
export function planImport(sqlite: Database.Database, grid: SheetGrid, dataStart: number, mapping: ColumnMapping, today: string): Plan {
  const ctx = rowContext(sqlite, today);
  const results: RowResult[] = [];
  for (let r = dataStart; r < grid.rows.length; r++) results.push(interpretRow(grid.rows[r] ?? [], mapping, r + 1, ctx));
  const placeBed = bedPlanner(sqlite, today, ctx.ages(today).adult.value);
  const rows = checkAgainstRegister(markDuplicatesInFile(results), mapping, sqlite, placeBed);
  const count = (s: RowResult['status']) => rows.filter((p) => p.result.status === s).length;
  const imported = rows.filter((p) => p.result.stay && p.personRef !== null);
  return {
    rows,
    summary: {
      rows: rows.length,
      ok: count('ok'),
      warnings: count('warning'),
      errors: count('error'),
      skipped: count('skipped'),
      newPersons: new Set(imported.filter((p) => (p.personRef as number) < 0).map((p) => p.personRef)).size,
      matchedPersons: new Set(imported.filter((p) => (p.personRef as number) > 0).map((p) => p.personRef)).size,
    },
  };
}

/** The file numbers the register holds for a person (not those of the file's rows). */
export function registerFiles(person: KnownPerson): string[] {
  return person.stays.filter((s) => !s.fromRow).map((s) => s.fileNumber);
}
