import type Database from 'better-sqlite3';
import type { ResidentRow } from '../../../shared/contract/residents';
import { registerColumns, registerValueLabels } from '../../../shared/domain/import/register-columns';
import type { ImportField } from '../../../shared/domain/import/types';
import type { DischargeReason } from '../../../shared/domain/vocabulary';
import type { Cell, SheetColumn } from '../export/workbook';
import { listResidents, type ListQuery } from '../residents/queries';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

/** What the register has beyond the list's row: where the person lives, the decision, the end, the bed. */
interface StayDetails {
  stayId: number;
  termMonths: number | null;
  dischargedOn: string | null;
  dischargeReason: DischargeReason | null;
  address: string | null;
  commune: string | null;
  oldDistrict: string | null;
  province: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  court: string | null;
  areaCode: string | null;
  roomCode: string | null;
}

/**
 * The decision is the court's for a compulsory stay, the commune's management decision for one held while the file
 * is prepared; the first one recorded (a later court decision moving the release date is an adjustment, not this).
 * The bed is the current one: a past stay has none.
 */
function detailsOf(sqlite: Database.Database, stayIds: number[]): Map<number, StayDetails> {
  const rows = sqlite
    .prepare(
      `SELECT s.id AS stayId, s.term_months AS termMonths, s.discharged_on AS dischargedOn, s.discharge_reason AS dischargeReason,
              p.permanent_address AS address, p.permanent_commune AS commune, p.permanent_old_district AS oldDistrict,
              p.permanent_province AS province,
              coalesce(cd.decision_number, md.decision_number) AS decisionNumber,
              coalesce(cd.decision_date, md.decision_date) AS decisionDate, cd.court,
              a.code AS areaCode, r.code AS roomCode
       FROM json_each(?) j
       JOIN stays s ON s.id = j.value
       JOIN persons p ON p.id = s.person_id
       LEFT JOIN court_decisions cd ON cd.id = (SELECT min(id) FROM court_decisions WHERE stay_id = s.id)
       LEFT JOIN management_decisions md ON md.id = (SELECT min(id) FROM management_decisions WHERE stay_id = s.id)
       LEFT JOIN beds b ON b.id = s.current_bed_id
       LEFT JOIN rooms r ON r.id = b.room_id
       LEFT JOIN areas a ON a.id = r.area_id`,
    )
    .all(JSON.stringify(stayIds)) as StayDetails[];
  return new Map(rows.map((r) => [r.stayId, r]));
}

const residenceOf = (d: StayDetails): string | null =>
  [d.address, d.commune, d.oldDistrict, d.province].filter((x): x is string => !!x && x.trim() !== '').join(', ') || null;

function registerCells(seq: number, r: ResidentRow, d: StayDetails): Record<ImportField, Cell> {
  return {
    seq,
    fullName: r.fullName,
    birthDate: date(r.birthDate),
    birthYear: r.birthYear,
    sex: registerValueLabels.sex[r.sex],
    citizenId: r.citizenId,
    residence: residenceOf(d),
    admittedOn: date(r.admittedOn),
    kind: registerValueLabels.kind[r.kind],
    fileNumber: r.fileNumber,
    decisionNumber: d.decisionNumber,
    decisionDate: date(d.decisionDate),
    court: d.court,
    termMonths: d.termMonths,
    dischargedOn: date(d.dischargedOn),
    dischargeReason: d.dischargeReason ? registerValueLabels.dischargeReason[d.dischargeReason] : null,
    area: d.areaCode,
    room: d.roomCode,
    note: null,
  };
}

const widths: Partial<Record<ImportField, number>> = { seq: 6, fullName: 28, residence: 40, kind: 30, court: 36, dischargeReason: 36, note: 24 };
const formats: Partial<Record<ImportField, string>> = {
  seq: '0',
  birthDate: DATE,
  birthYear: '0',
  admittedOn: DATE,
  decisionDate: DATE,
  termMonths: COUNT,
  dischargedOn: DATE,
};

/** The filters of the list screen, or the whole register: every stay ever recorded, past ones included. */
export type RegisterScope = { allStays: true } | { allStays: false; filters: Omit<ListQuery, 'limit' | 'offset'> };

/**
 * The residents list as the register, one row per stay, in the list's own order. The stays are chosen by the list's
 * query itself (the same filters, every page), so the file holds what the screen shows.
 */
export function registerWorkbook(sqlite: Database.Database, scope: RegisterScope, today: string): XlsxFile {
  const query: ListQuery = scope.allStays
    ? { scope: 'all', limit: Number.MAX_SAFE_INTEGER, offset: 0 }
    : { ...scope.filters, limit: Number.MAX_SAFE_INTEGER, offset: 0 };
  const { rows } = listResidents(sqlite, query, today);
  const details = detailsOf(
    sqlite,
    rows.map((r) => r.stayId),
  );
  const columns: SheetColumn[] = registerColumns.map((c) => ({
    header: c.header,
    width: widths[c.field] ?? 14,
    ...(formats[c.field] ? { numFmt: formats[c.field] } : {}),
  }));
  const list = scope.allStays ? 'Sổ quản lý người cai nghiện (mọi lượt, kể cả đã ra cơ sở)' : 'Danh sách học viên';
  return xlsxFile(scope.allStays ? 'so-quan-ly-hoc-vien' : 'hoc-vien', today, [
    {
      name: 'Học viên',
      title: listTitle(sqlite, list, today, [`Số lượt: ${rows.length.toLocaleString('vi-VN')}`]),
      columns,
      rows: rows.map((r, i) => {
        const cells = registerCells(i + 1, r, details.get(r.stayId)!);
        return { cells: registerColumns.map((c) => cells[c.field]) };
      }),
    },
  ]);
}
