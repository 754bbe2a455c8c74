import type Database from 'better-sqlite3';
import { formatFileNumber } from '../../shared/domain/file-number';
import { foldForSearch, nameSortKey, normaliseFullName, splitName } from '../../shared/domain/names';
import { isoOf, vnInstant } from './days';
import { areaBeds, type AreaPlan } from './layout';
import { minutesLater, stayMovements, type MovementRow } from './movements';
import type { PersonPlan } from './people';
import type { FacilityPlan } from './plan';
import type { Random } from './random';
import { stayPapersWriter } from './records';
import { clockOf, type StayPlan } from './stays';

/**
 * Writes a planned facility with prepared statements straight on the SQLite handle: this is a bulk loader
 * run once on an empty file inside one transaction, not a user's action, so it does not pass through the
 * router.
 */
export interface WriteOptions {
  today: number;
  fileNumberPattern: string;
  noticeDays: number;
  staff: { officer: number; head: number; medical: number };
}

/** Numbers ids in layout order so bed ids read in the order the bed board shows them. */
function writeLayout(sqlite: Database.Database, areas: AreaPlan[]): void {
  const insertArea = sqlite.prepare('INSERT INTO areas (id, code, name, purpose, sex) VALUES (?, ?, ?, ?, ?)');
  const insertRoom = sqlite.prepare(
    `INSERT INTO rooms (id, area_id, code, name, floor_area_m2, design_capacity, working_capacity)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBed = sqlite.prepare(
    `INSERT INTO beds (id, room_id, code, in_service, out_of_service_reason, out_of_service_since)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  let roomId = 0;
  let bedId = 0;
  areas.forEach((a, i) => {
    a.id = i + 1;
    insertArea.run(a.id, a.code, a.name, a.purpose, a.sex);
    for (const r of a.rooms) {
      r.id = ++roomId;
      insertRoom.run(r.id, a.id, r.code, r.name, r.floorAreaM2, r.designCapacity, r.workingCapacity);
      for (const b of r.beds) {
        b.id = ++bedId;
        const oos = b.outOfService;
        insertBed.run(b.id, r.id, b.code, oos ? 0 : 1, oos?.reason ?? null, oos ? isoOf(oos.since) : null);
      }
    }
  });
}

/** Stored exactly as the admission service stores a typed name (electron/services/admissions/person.ts). */
function writePersons(sqlite: Database.Database, persons: PersonPlan[], firstSeen: Map<PersonPlan, number>): void {
  const insert = sqlite.prepare(
    `INSERT INTO persons (id, full_name, family_name, middle_name, given_name, name_folded, name_sort_key, birth_date,
       birth_year, sex, citizen_id, citizen_id_kind, ethnicity, education, occupation, marital_status,
       permanent_province, permanent_commune, permanent_address, current_province, current_commune, current_address,
       drugs_used, years_of_use, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of persons) {
    const fullName = normaliseFullName(p.fullName);
    const parts = splitName(fullName);
    const birth = isoOf(p.birth);
    const { province, commune, address } = p.residence;
    const d = p.details;
    insert.run(
      p.id,
      fullName,
      parts.family,
      parts.middle,
      parts.given,
      foldForSearch(fullName),
      nameSortKey(fullName),
      birth,
      Number(birth.slice(0, 4)),
      p.sex,
      p.citizenId,
      p.citizenIdKind,
      d.ethnicity,
      d.education,
      d.occupation,
      d.maritalStatus,
      province,
      commune,
      address,
      province,
      commune,
      address,
      d.drugsUsed,
      p.yearsOfUse,
      vnInstant(firstSeen.get(p) ?? 0, 8),
    );
  }
}

/** Stays get ids and file numbers in the order they were admitted; returns the last number used per year. */
function numberStays(stays: StayPlan[], pattern: string): Map<number, number> {
  stays.sort((a, b) => a.admitted - b.admitted || a.seq - b.seq);
  const counters = new Map<number, number>();
  stays.forEach((s, i) => {
    s.id = i + 1;
    const year = Number(isoOf(s.admitted).slice(0, 4));
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    s.fileNumber = formatFileNumber(pattern, year, n);
  });
  return counters;
}

export function writeFacility(sqlite: Database.Database, plan: FacilityPlan, rng: Random, o: WriteOptions): void {
  writeLayout(sqlite, plan.areas);
  const counters = numberStays(plan.stays, o.fileNumberPattern);
  const firstSeen = new Map<PersonPlan, number>();
  for (const s of plan.stays) if (s.person && !firstSeen.has(s.person)) firstSeen.set(s.person, s.admitted);
  writePersons(sqlite, plan.persons, firstSeen);

  const insertStay = sqlite.prepare(
    `INSERT INTO stays (id, person_id, file_number, kind, admitted_on, term_months, held_days_deducted, is_readmission,
       state, current_bed_id, expected_release, discharged_on, discharge_reason, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const papers = stayPapersWriter(sqlite, rng, o.noticeDays, o.staff.head);
  const moves: MovementRow[] = [];
  for (const s of plan.stays) {
    const person = s.person;
    if (!person) throw new Error('demo: a stay without a person');
    const occurredAt = vnInstant(s.admitted, rng.int(8, 15), rng.int(0, 59));
    const recordedAt = minutesLater(occurredAt, rng.int(5, 40));
    // The cached release date, computed as the app computes it: as of discharge, or as of today.
    const expectedRelease = s.termMonths === null ? null : clockOf(s, s.end ?? o.today, o.noticeDays).releaseDate;
    insertStay.run(
      s.id,
      person.id,
      s.fileNumber,
      s.kind,
      isoOf(s.admitted),
      s.termMonths,
      s.held,
      s.readmission ? 1 : 0,
      s.state,
      s.end === null ? (s.move ? s.move.to : s.bed).id : null,
      expectedRelease,
      s.end === null ? null : isoOf(s.end),
      s.reason,
      o.staff.officer,
      recordedAt,
    );
    const { document, moveDecision } = papers(s, person.id, person.residence.commune, recordedAt);
    moves.push(...stayMovements(rng, s, { occurredAt, recordedAt, document, moveDecision }, o.staff));
  }

  // Inserted in the order they happened, as a register filled day by day would hold them.
  moves.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.stayId - b.stayId));
  const insertMove = sqlite.prepare(
    `INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, from_bed_id, to_bed_id, reason,
       document_number, document_date, recorded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of moves) {
    insertMove.run(
      m.stayId,
      m.type,
      m.occurredAt,
      m.occurredOn,
      m.recordedAt,
      m.fromBedId,
      m.toBedId,
      m.reason,
      m.documentNumber,
      m.documentDate,
      m.recordedBy,
      m.recordedAt,
    );
  }

  // The app's next admission takes the number after these (electron/services/admissions/file-number.ts).
  const insertCounter = sqlite.prepare('INSERT INTO file_number_counters (year, last) VALUES (?, ?)');
  for (const [year, last] of counters) insertCounter.run(year, last);
}

export function bedCount(plan: FacilityPlan): number {
  return plan.areas.reduce((n, a) => n + areaBeds(a).length, 0);
}
