import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { effectiveBirthDate } from '../../../shared/domain/admission-rules';
import { ageOn } from '../../../shared/domain/dates';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';

export interface StayRow {
  id: number;
  personId: number;
  fullName: string;
  fileNumber: string;
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  termMonths: number | null;
  heldDaysDeducted: number;
  dischargedOn: string | null;
  dischargeReason: string | null;
  expectedRelease: string | null;
  currentBedId: number | null;
  birthDate: string | null;
  birthYear: number;
  bedLabel: string | null;
}

export type StaySummary = MethodOutput<'discharge.prepare'>['stay'];

/** A stay with its person and bed label; callers add WHERE and ORDER BY. */
export const staySelect = `
  SELECT s.id, s.person_id AS personId, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, s.state,
         s.admitted_on AS admittedOn, s.term_months AS termMonths, s.held_days_deducted AS heldDaysDeducted,
         s.discharged_on AS dischargedOn, s.discharge_reason AS dischargeReason, s.expected_release AS expectedRelease,
         s.current_bed_id AS currentBedId, p.birth_date AS birthDate, p.birth_year AS birthYear,
         CASE WHEN b.id IS NULL THEN NULL ELSE a.code || '-' || r.code || '-' || b.code END AS bedLabel
  FROM stays s
  JOIN persons p ON p.id = s.person_id
  LEFT JOIN beds b ON b.id = s.current_bed_id
  LEFT JOIN rooms r ON r.id = b.room_id
  LEFT JOIN areas a ON a.id = r.area_id`;

export function loadStay(sqlite: Database.Database, stayId: number): StayRow {
  const row = sqlite.prepare(`${staySelect} WHERE s.id = ?`).get(stayId) as StayRow | undefined;
  if (!row) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  return row;
}

/** A compulsory minor, or a person under the adult age on the day. */
export function isMinorOn(stay: StayRow, on: string, adultYears: number): boolean {
  if (stay.kind === 'compulsory_minor') return true;
  return ageOn(effectiveBirthDate({ date: stay.birthDate, year: stay.birthYear }), on) < adultYears;
}

export function staySummary(stay: StayRow, isMinor: boolean): StaySummary {
  return {
    stayId: stay.id,
    fullName: stay.fullName,
    fileNumber: stay.fileNumber,
    kind: stay.kind,
    state: stay.state,
    admittedOn: stay.admittedOn,
    releaseDate: stay.termMonths === null ? null : stay.expectedRelease,
    isMinor,
    bedLabel: stay.bedLabel,
  };
}
