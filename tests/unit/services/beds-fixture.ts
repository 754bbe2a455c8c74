import { foldForSearch, nameSortKey, splitName } from '../../../shared/domain/names';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';
import { ADMIN, openTestBackend, setupFacility, type TestBackend } from './test-backend';

/**
 * A facility for the bed tests: the administrator's male compulsory area A (room P01, 10 beds), a head and an
 * officer account, and residents written straight into the register as an earlier admission left them, so
 * these tests do not depend on the admission form.
 */
export interface BedsWorld {
  t: TestBackend;
  admin: string;
  head: string;
  officer: string;
  areaA: number;
  bedsA: number[];
}

export function openBedsWorld(): BedsWorld {
  const t = openTestBackend();
  const { token, bedIds, areaId } = setupFacility(t);
  const login = (username: string, fullName: string, role: string) => {
    const password = `${username}-mat-khau-dai`;
    t.ok('users.create', { username, fullName, role, password }, token);
    return t.ok('auth.login', { username, password }).token;
  };
  return {
    t,
    admin: token,
    head: login('truongcoso', 'Phạm Văn Trưởng', 'head'),
    officer: login('canbo', 'Lê Thị Cán Bộ', 'officer'),
    areaA: areaId,
    bedsA: bedIds,
  };
}

export interface ResidentSeed {
  fullName: string;
  bedId: number | null;
  sex?: 'male' | 'female';
  physicalSex?: 'male' | 'female';
  birthDate?: string;
  kind?: StayKind;
  state?: StayState;
  admittedOn?: string;
  infectiousGroupAB?: boolean;
}

let seq = 0;

/** A person with one stay in a bed and its 'admitted' movement. */
export function seedResident(t: TestBackend, r: ResidentSeed): number {
  const sqlite = t.backend.database.sqlite;
  const parts = splitName(r.fullName);
  const birthDate = r.birthDate ?? '1990-05-01';
  const admittedOn = r.admittedOn ?? '2026-10-01';
  seq += 1;
  const personId = sqlite
    .prepare(
      `INSERT INTO persons (full_name, family_name, middle_name, given_name, name_folded, name_sort_key, birth_date, birth_year, sex, physical_sex, citizen_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(r.fullName, parts.family, parts.middle, parts.given, foldForSearch(r.fullName), nameSortKey(r.fullName), birthDate, Number(birthDate.slice(0, 4)), r.sex ?? 'male', r.physicalSex ?? null, `0790900${String(seq).padStart(5, '0')}`)
    .lastInsertRowid as number;
  const stayId = sqlite
    .prepare(
      `INSERT INTO stays (person_id, file_number, kind, admitted_on, term_months, state, current_bed_id)
       VALUES (?, ?, ?, ?, 18, ?, ?)`,
    )
    .run(personId, `2026/9${String(seq).padStart(3, '0')}`, r.kind ?? 'compulsory_adult', admittedOn, r.state ?? 'present', r.bedId)
    .lastInsertRowid as number;
  sqlite
    .prepare(
      `INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, to_bed_id)
       VALUES (?, 'admitted', ?, ?, ?, ?)`,
    )
    .run(stayId, `${admittedOn}T01:00:00.000Z`, admittedOn, `${admittedOn}T01:00:00.000Z`, r.bedId);
  if (r.infectiousGroupAB !== undefined) {
    sqlite
      .prepare('INSERT INTO health_records (person_id, recorded_on, infectious_group_ab) VALUES (?, ?, ?)')
      .run(personId, admittedOn, r.infectiousGroupAB ? 1 : 0);
  }
  return stayId;
}

/** An area with one room; returns its bed ids. */
export function addArea(
  w: BedsWorld,
  area: { code: string; purpose: string; sex: 'male' | 'female' },
  room: { beds?: number; working?: number; separateRoom?: boolean } = {},
): number[] {
  const areaId = w.t.ok('beds.createArea', { ...area, name: `Khu ${area.code}` }, w.admin).id;
  return w.t.ok(
    'beds.createRoom',
    {
      areaId,
      code: 'P01',
      name: 'Phòng 1',
      designCapacity: room.beds ?? 4,
      workingCapacity: room.working ?? room.beds ?? 4,
      bedCount: room.beds ?? 4,
      separateRoom: room.separateRoom ?? false,
    },
    w.admin,
  ).bedIds;
}

export { ADMIN };
