import type Database from 'better-sqlite3';
import type { DrillRow, FigureDims } from '../../../shared/contract/reports';
import { roleAllows, type Role } from '../../../shared/contract/roles';
import { reportFigures, type FigureKey } from '../../../shared/domain/report-figures';
import { periodRange, type DateRange, type ReportPeriod } from '../../../shared/domain/report-period';
import { AppError } from '../../../shared/errors';
import { coreDrill } from './core-drill';
import { computeColumns, contextOf } from './engine';
import { rowKey } from './instants';
import { figureLabel } from '../../../shared/domain/report-labels';
import { reportSections } from './sections';

/** Lists on screen stop here; the Excel export has every row. */
export const DRILL_LIMIT = 10_000;

export interface DrillList {
  key: FigureKey;
  dims: FigureDims;
  range: DateRange;
  total: number;
  truncated: boolean;
  rows: DrillRow[];
}

/** Refuses a figure that has no list, and a health figure to a role that may not read health data (NĐ 116 Điều 4). */
export function checkDrill(key: FigureKey, role: Role | null): void {
  const def = reportFigures[key];
  if (!def.drill) throw new AppError('rule_violation', `Chỉ tiêu "${figureLabel(key)}" là số tổng hợp, không có danh sách học viên.`);
  if ('sensitive' in def && def.sensitive && (role === null || !roleAllows(role, 'health.read'))) {
    throw new AppError('forbidden', 'Danh sách học viên theo chỉ tiêu sức khỏe là thông tin y tế: chỉ Tổ Y tế và Trưởng Cơ sở được xem.');
  }
}

const personSql = `
  SELECT s.id AS stayId, p.id AS personId, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, p.sex,
         p.birth_year AS birthYear, s.admitted_on AS admittedOn, s.discharged_on AS dischargedOn, p.name_sort_key AS sortKey
  FROM json_each(?) j JOIN stays s ON s.id = j.value JOIN persons p ON p.id = s.person_id`;

/** The residents behind a figure with their details, sorted by name (tên, họ, tên đệm), then date. */
export function drillList(sqlite: Database.Database, period: ReportPeriod, key: FigureKey, dims: FigureDims, limit = DRILL_LIMIT): DrillList {
  const range = periodRange(period);
  const [column] = computeColumns(sqlite, [range]);
  const hits =
    coreDrill(column!.facts, key, dims) ??
    reportSections.reduce<ReturnType<(typeof reportSections)[number]['drill']>>((found, s) => found ?? s.drill(sqlite, range, key, dims, contextOf(column!.facts)), null) ??
    [];
  const people = sqlite.prepare(personSql).all(JSON.stringify([...new Set(hits.map((h) => h.stayId))])) as (Omit<DrillRow, 'date' | 'detail' | 'value'> & { sortKey: string })[];
  const byStay = new Map(people.map((p) => [p.stayId, p]));
  const rows = hits
    .flatMap((h) => {
      const p = byStay.get(h.stayId);
      return p ? [{ ...p, date: h.date, detail: h.detail, value: h.value }] : [];
    })
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : (a.date ?? '').localeCompare(b.date ?? '') || a.stayId - b.stayId));
  const total = column!.figures.find((f) => rowKey(f.key, f.dims) === rowKey(key, dims))?.value ?? 0;
  return {
    key,
    dims,
    range,
    total,
    truncated: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      stayId: r.stayId,
      personId: r.personId,
      fullName: r.fullName,
      fileNumber: r.fileNumber,
      kind: r.kind,
      sex: r.sex,
      birthYear: r.birthYear,
      admittedOn: r.admittedOn,
      dischargedOn: r.dischargedOn,
      date: r.date,
      detail: r.detail,
      value: r.value,
    })),
  };
}
