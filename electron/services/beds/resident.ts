import type Database from 'better-sqlite3';
import type { ResidentForPlacement } from '../../../shared/domain/placement';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';

export interface StayForPlacement {
  stayId: number;
  fullName: string;
  fileNumber: string;
  state: StayState;
  admittedOn: string;
  currentBedId: number | null;
  resident: ResidentForPlacement;
}

interface Row {
  stayId: number;
  fullName: string;
  fileNumber: string;
  state: StayState;
  admittedOn: string;
  currentBedId: number | null;
  kind: StayKind;
  sex: 'male' | 'female';
  physicalSex: 'male' | 'female' | null;
  birthDate: string | null;
  birthYear: number;
  infectious: number | null;
}

/**
 * A stay as the placement rules read it. The group A/B flag is the latest health record on or before the date
 * (the medical team records it; the rules use it without showing it to other roles).
 */
export function stayForPlacement(sqlite: Database.Database, stayId: number, on: string): StayForPlacement | undefined {
  const row = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.state, s.admitted_on AS admittedOn,
              s.current_bed_id AS currentBedId, s.kind, p.sex, p.physical_sex AS physicalSex,
              p.birth_date AS birthDate, p.birth_year AS birthYear,
              (SELECT h.infectious_group_ab FROM health_records h WHERE h.person_id = p.id AND h.recorded_on <= @on
               ORDER BY h.recorded_on DESC, h.id DESC LIMIT 1) AS infectious
       FROM stays s JOIN persons p ON p.id = s.person_id WHERE s.id = @stayId`,
    )
    .get({ stayId, on }) as Row | undefined;
  if (!row) return undefined;
  return {
    stayId: row.stayId,
    fullName: row.fullName,
    fileNumber: row.fileNumber,
    state: row.state,
    admittedOn: row.admittedOn,
    currentBedId: row.currentBedId,
    resident: {
      sex: row.sex,
      kind: row.kind,
      birthDate: row.birthDate,
      birthYear: row.birthYear,
      infectiousGroupAB: row.infectious === 1,
      physicalSexDiffers: row.physicalSex !== null && row.physicalSex !== row.sex,
    },
  };
}
