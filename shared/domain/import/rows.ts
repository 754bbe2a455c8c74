import { splitName } from '../names';
import type { StayKind } from '../vocabulary';
import { readBirth, readDate, type BirthRead } from './dates';
import { importFieldLabels as label } from './field-labels';
import { readCitizenId } from './ids';
import { compulsoryKind, readDischargeReason, readKind, readSex } from './kinds';
import { readName } from './names';
import { skipReason } from './row-skip';
import { readTerm, termProblem } from './terms';
import { cellText, type Read } from './text';
import { checkDates } from './row-dates';
import { checkDecision } from './row-decision';
import { RowReader, type Draft, type Sex } from './row-reader';
import type { Cell, ColumnMapping, ImportField, RowContext, RowResult } from './types';

export { findDuplicatesInFile, markDuplicatesInFile, personKey } from './duplicates';

function readBirthOf(row: RowReader, today: string): { birth: BirthRead | null; sex: Sex | null } {
  for (const field of ['birthDate', 'birthYear'] as const) {
    const s = row.split(field);
    if (s) return { birth: row.take(s.column, field, readBirth(s.cell, label.birthDate, today))?.value ?? null, sex: s.sex };
    if (row.columns(field).length === 2) continue;
    const r = row.read(field, (c) => readBirth(c, label[field], today));
    if (r || row.find(field)) return { birth: r?.value ?? null, sex: null };
  }
  return { birth: null, sex: null };
}

const middleSex: Record<string, Sex> = { thị: 'female', văn: 'male' };

/** The sex column, else the Nam | Nữ column the birth date is in, else the middle name Thị or Văn (with a warning). */
function readSexOf(row: RowReader, fullName: string, fromBirth: Sex | null): Sex | null {
  const split = row.split('sex');
  const col = row.columns('sex').length === 2 ? (split ? { value: split.sex, column: split.column } : null) : row.read('sex', (c) => readSex(c, label.sex));
  if (col && fromBirth && col.value !== fromBirth) {
    row.error(col.column, 'sex', 'unknown_sex', `${label.sex} không khớp với cột Nam/Nữ của ngày sinh`);
    return null;
  }
  if (col) return col.value;
  if (row.find('sex')) return null; // unreadable, already reported
  if (fromBirth) return fromBirth;
  const middle = splitName(fullName).middle.split(' ');
  const word = middle.find((w) => middleSex[w.toLocaleLowerCase('vi')]);
  const guess = word ? middleSex[word.toLocaleLowerCase('vi')] : undefined;
  if (guess) {
    const sexWord = guess === 'male' ? 'nam' : 'nữ';
    row.problem(row.columns('sex')[0] ?? null, 'sex', {
      code: 'unknown_sex',
      severity: 'warning',
      message: `${label.sex} trống`,
      action: `Ghi là ${sexWord} theo tên đệm "${word}"`,
    });
    return guess;
  }
  row.error(row.columns('sex')[0] ?? null, 'sex', 'unknown_sex', `Thiếu ${label.sex.toLowerCase()}`);
  return null;
}

/** The kind from its column; an empty one with a court decision on the row is compulsory. */
function readKindOf(row: RowReader, birth: BirthRead | null, admittedOn: string | null, ctx: RowContext): StayKind | null {
  const facts = { birth, admittedOn, adultAge: ctx.ages(admittedOn ?? ctx.today).adult.value };
  const r = row.read('kind', (c) => readKind(c, label.kind, facts));
  if (r) return r.value;
  if (row.find('kind')) return null;
  const column = row.columns('kind')[0] ?? null;
  if (row.find('decisionNumber') || row.find('court')) {
    row.problem(column, 'kind', {
      code: 'unknown_kind',
      severity: 'warning',
      message: `${label.kind} trống`,
      action: 'Ghi là cai nghiện bắt buộc vì có quyết định của Tòa án',
    });
    return compulsoryKind(facts);
  }
  row.error(column, 'kind', 'unknown_kind', `Thiếu ${label.kind.toLowerCase()} (bắt buộc, tự nguyện…)`);
  return null;
}

/**
 * Reads one row of the register into the stay it will create, with every problem named by cell and what the import
 * does about it. Blank lines, totals and repeated headers are skipped, not errors.
 */
export function interpretRow(cells: Cell[], mapping: ColumnMapping, rowNumber: number, ctx: RowContext): RowResult {
  const skip = skipReason(cells, mapping);
  if (skip) return { rowNumber, status: 'skipped', skipReason: skip, stay: null, problems: [] };
  const row = new RowReader(cells, mapping);
  const cols: Partial<Record<ImportField, number>> = {};
  const get = <T>(field: ImportField, reader: (cell: Cell) => Read<T>): T | null => {
    const r = row.read(field, reader);
    if (r) cols[field] = r.column;
    return r?.value ?? null;
  };

  const fullName = readName(row.find('fullName')?.cell ?? null);
  if (fullName === '') row.error(row.columns('fullName')[0] ?? null, 'fullName', 'missing_name', 'Thiếu họ và tên');
  const { birth, sex: sexFromBirth } = readBirthOf(row, ctx.today);
  cols.birthDate = row.find('birthDate')?.column;
  cols.birthYear = row.find('birthYear')?.column;
  const admittedOn = get('admittedOn', (c) => readDate(c, label.admittedOn, ctx.today));
  if (!row.find('admittedOn')) {
    row.error(row.columns('admittedOn')[0] ?? null, 'admittedOn', 'missing_admission_date', 'Thiếu ngày vào');
  }
  const sex = readSexOf(row, fullName, sexFromBirth);
  const kind = readKindOf(row, birth, admittedOn, ctx);
  const termMonths = get('termMonths', (c) => readTerm(c, label.termMonths));
  // A birth not before the admission is reported as such; the kind and term it implies would only add noise.
  const bornBefore = !birth || !admittedOn || (birth.date ? birth.date < admittedOn : birth.year <= Number(admittedOn.slice(0, 4)));
  if (termMonths !== null && kind && admittedOn && bornBefore) {
    const out = termProblem(termMonths, kind, admittedOn, ctx);
    if (out) row.error(cols.termMonths ?? null, 'termMonths', 'term_out_of_range', out);
  }
  const dischargedOn = get('dischargedOn', (c) => readDate(c, label.dischargedOn, ctx.today));
  let dischargeReason = get('dischargeReason', (c) => readDischargeReason(c, label.dischargeReason, kind));
  const reasonCell = row.find('dischargeReason');
  if (reasonCell && !row.find('dischargedOn')) {
    dischargeReason = null;
    row.problem(reasonCell.column, 'dischargeReason', {
      code: 'unknown_discharge_reason',
      severity: 'warning',
      message: `Có ${label.dischargeReason.toLowerCase()} "${cellText(reasonCell.cell)}" nhưng không có ngày ra`,
      action: 'Bỏ qua lý do ra',
    });
  }
  const stay: Draft = {
    fullName,
    birthDate: birth?.date ?? null,
    birthYear: birth?.year ?? null,
    sex,
    citizenId: get('citizenId', (c) => readCitizenId(c, label.citizenId)),
    residence: row.text('residence'),
    admittedOn,
    kind,
    fileNumber: row.text('fileNumber'),
    decisionNumber: row.text('decisionNumber'),
    decisionDate: get('decisionDate', (c) => readDate(c, label.decisionDate, ctx.today)),
    court: row.text('court'),
    termMonths,
    dischargedOn,
    dischargeReason,
    area: row.text('area'),
    room: row.text('room'),
    note: row.text('note'),
  };
  checkDates(row, stay, cols, ctx);
  checkDecision(row, stay);
  const problems = row.problems;
  const status = problems.some((p) => p.severity === 'error') ? 'error' : problems.length > 0 ? 'warning' : 'ok';
  const { sex: s, admittedOn: a, kind: k } = stay;
  const written = status !== 'error' && s && a && k && fullName ? { ...stay, fullName, sex: s, admittedOn: a, kind: k } : null;
  return { rowNumber, status, stay: written, problems };
}
