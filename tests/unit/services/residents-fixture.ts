import type { Role } from '../../../shared/contract/roles';
import { foldForSearch, nameSortKey, normaliseFullName, splitName } from '../../../shared/domain/names';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';
import { ADMIN, openTestBackend, type TestBackend } from './test-backend';

/**
 * A small register written straight into a fresh database (the way the demo loader writes), so the list, the
 * profile and corrections are tested on known rows whatever the admission screens look like. Reads and
 * corrections then go through the router like any user.
 */

export interface SeedPerson {
  fullName: string;
  birthDate: string | null;
  birthYear?: number;
  sex: 'male' | 'female';
  citizenId: string;
}

export interface SeedStay {
  personId: number;
  fileNumber: string;
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  bedId?: number | null;
  termMonths?: number | null;
  dischargedOn?: string | null;
}

export interface Register {
  t: TestBackend;
  tokens: Record<Role, string>;
  /** Area A (male, compulsory) and B (female, voluntary), three beds each. */
  areas: { A: number; B: number };
  beds: { A: number[]; B: number[] };
  person(p: SeedPerson): number;
  stay(s: SeedStay): number;
  sql<T>(query: string, ...params: unknown[]): T[];
}

const PASSWORD = 'mat-khau-rat-dai-1';

export function openRegister(): Register {
  const t = openTestBackend();
  const sqlite = t.backend.database.sqlite;
  t.ok('setup.create', {
    facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Tâm', designCapacity: 300 },
    admin: ADMIN,
  });
  const admin = t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password }).token;
  const tokens = { admin } as Record<Role, string>;
  for (const role of ['head', 'officer', 'trainer', 'medical'] as const) {
    t.ok('users.create', { username: role, fullName: `Cán bộ ${role}`, role, password: PASSWORD }, admin);
    tokens[role] = t.ok('auth.login', { username: role, password: PASSWORD }).token;
  }

  const run = (query: string, ...params: unknown[]) => Number(sqlite.prepare(query).run(...params).lastInsertRowid);
  const area = (code: string, purpose: string, sex: string) => {
    const areaId = run('INSERT INTO areas (code, name, purpose, sex) VALUES (?, ?, ?, ?)', code, `Khu ${code}`, purpose, sex);
    const roomId = run(
      'INSERT INTO rooms (area_id, code, name, design_capacity, working_capacity) VALUES (?, ?, ?, 3, 3)',
      areaId,
      'P01',
      'Phòng 1',
    );
    const beds = ['G01', 'G02', 'G03'].map((code) => run('INSERT INTO beds (room_id, code) VALUES (?, ?)', roomId, code));
    return { areaId, beds };
  };
  const a = area('A', 'compulsory', 'male');
  const b = area('B', 'voluntary', 'female');

  return {
    t,
    tokens,
    areas: { A: a.areaId, B: b.areaId },
    beds: { A: a.beds, B: b.beds },
    person(p) {
      const fullName = normaliseFullName(p.fullName);
      const parts = splitName(fullName);
      return run(
        `INSERT INTO persons (full_name, family_name, middle_name, given_name, name_folded, name_sort_key, birth_date,
           birth_year, sex, citizen_id, citizen_id_kind, permanent_province, permanent_commune)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'cccd', 'Tỉnh Đồng Nai', 'Xã Xuân Tâm')`,
        fullName,
        parts.family,
        parts.middle,
        parts.given,
        foldForSearch(fullName),
        nameSortKey(fullName),
        p.birthDate,
        p.birthYear ?? Number(p.birthDate?.slice(0, 4)),
        p.sex,
        p.citizenId,
      );
    },
    stay(s) {
      return run(
        `INSERT INTO stays (person_id, file_number, kind, admitted_on, term_months, state, current_bed_id, discharged_on)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        s.personId,
        s.fileNumber,
        s.kind,
        s.admittedOn,
        s.termMonths ?? null,
        s.state,
        s.bedId ?? null,
        s.dischargedOn ?? null,
      );
    },
    sql: <T>(query: string, ...params: unknown[]) => sqlite.prepare(query).all(...params) as T[],
  };
}
