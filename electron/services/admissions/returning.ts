import type Database from 'better-sqlite3';
import type { ReturningCandidate } from '../../../shared/contract/admissions';
import { foldForSearch, normaliseFullName } from '../../../shared/domain/names';
import { isCompleteCitizenId, isSearchable, matchReasons, type ReturningProbe } from '../../../shared/domain/returning-person';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';

interface PersonRow {
  personId: number;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: 'male' | 'female';
  citizenId: string | null;
  province: string | null;
  commune: string | null;
  address: string | null;
}

export interface StayRow {
  stayId: number;
  fileNumber: string;
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  dischargedOn: string | null;
  currentBedId: number | null;
}

const MAX_CANDIDATES = 20;

/** A person's stays, newest first. */
export function personStays(sqlite: Database.Database, personId: number): StayRow[] {
  return sqlite
    .prepare(
      `SELECT id AS stayId, file_number AS fileNumber, kind, state, admitted_on AS admittedOn, discharged_on AS dischargedOn,
              current_bed_id AS currentBedId
       FROM stays WHERE person_id = ? ORDER BY admitted_on DESC, id DESC`,
    )
    .all(personId) as StayRow[];
}

/**
 * People who may be the one being admitted, by the pure matching rule. The indexes on citizen_id and
 * (name_folded, birth_year) narrow the rows first; the rule then decides.
 */
export function findReturning(sqlite: Database.Database, probe: ReturningProbe): ReturningCandidate[] {
  if (!isSearchable(probe)) return [];
  const folded = foldForSearch(normaliseFullName(probe.fullName ?? ''));
  const year = probe.birthDate ? Number(probe.birthDate.slice(0, 4)) : (probe.birthYear ?? null);
  const rows = sqlite
    .prepare(
      `SELECT id AS personId, full_name AS fullName, birth_date AS birthDate, birth_year AS birthYear, sex,
              citizen_id AS citizenId, permanent_province AS province, permanent_commune AS commune,
              permanent_address AS address
       FROM persons
       WHERE citizen_id = @citizenId OR (name_folded = @folded AND birth_year = @year)
       ORDER BY id LIMIT ${MAX_CANDIDATES}`,
    )
    .all({ citizenId: isCompleteCitizenId(probe.citizenId) ? probe.citizenId.trim() : null, folded, year }) as PersonRow[];
  const out: ReturningCandidate[] = [];
  for (const r of rows) {
    const reasons = matchReasons(probe, r);
    if (reasons.length === 0) continue;
    out.push({
      personId: r.personId,
      fullName: r.fullName,
      birthDate: r.birthDate,
      birthYear: r.birthYear,
      sex: r.sex,
      citizenId: r.citizenId,
      residence: { province: r.province, commune: r.commune, address: r.address },
      reasons,
      stays: personStays(sqlite, r.personId).map((s) => ({
        stayId: s.stayId,
        fileNumber: s.fileNumber,
        kind: s.kind,
        state: s.state,
        admittedOn: s.admittedOn,
        dischargedOn: s.dischargedOn,
      })),
    });
  }
  return out;
}
