import { openReleaseWorld, type ReleaseWorld } from './release-fixture';
import { admissionOf } from './test-backend';

export interface WorkWorld extends ReleaseWorld {
  teamId: number;
  /** "Đan giỏ" (piece), 1.500 đ from 01/01/2026. */
  productId: number;
  /** An adult admitted on a day and put in the team that day. */
  member(fullName: string, broughtInOn?: string): number;
  /** Trần Văn Nam, a compulsory minor born 01/06/2010 (16 on 23/11/2026), admitted 10/11/2026, in the team. */
  minor(fullName?: string, birthDate?: string): number;
  /** Changes a stay's birth date (to put a resident on an age boundary without an admission per case). */
  setBirth(stayId: number, birthDate: string): void;
  record(date: string, entries: { stayId: number; productId?: number; quantity?: number; hours: number }[], token?: string): ReturnType<ReleaseWorld['t']['call']>;
  /** Runs fn and rolls everything it wrote back. */
  rolledBack<T>(fn: () => T): T;
}

/** Today is Monday 23/11/2026; a head, an officer, the medical team, one team "Tổ 1" and one product. */
export function openWorkWorld(): WorkWorld {
  const w = openReleaseWorld();
  const sqlite = w.t.backend.database.sqlite;
  const teamId = w.team('Tổ 1');
  const productId = w.t.ok('products.create', { name: 'Đan giỏ', unit: 'piece', rateDong: 1500, validFrom: '2026-01-01' }, w.tokens.head).id;
  let minorBeds: number[] | null = null;
  let minors = 0;
  const join = (stayId: number, on: string) => w.t.ok('teams.addMembers', { teamId, stayIds: [stayId], on }, w.tokens.officer);
  return {
    ...w,
    teamId,
    productId,
    member(fullName, broughtInOn = '2026-09-01') {
      const stayId = w.admit(fullName, broughtInOn, 18);
      join(stayId, broughtInOn);
      return stayId;
    },
    minor(fullName = 'Trần Văn Nam', birthDate = '2010-06-01') {
      if (!minorBeds) {
        const areaId = w.t.ok('beds.createArea', { code: 'TN', name: 'Khu người chưa thành niên', purpose: 'minors', sex: 'male' }, w.tokens.admin).id;
        minorBeds = w.t.ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 6, workingCapacity: 6, bedCount: 6 }, w.tokens.admin).bedIds;
      }
      const n = minors++;
      const a = admissionOf('compulsory_minor', minorBeds[n]!);
      const input = { ...a, person: { ...a.person, fullName, birthDate, citizenId: `07901000${String(n).padStart(4, '0')}` } };
      const stayId = w.t.ok('admissions.admit', input, w.tokens.admin).stayId;
      join(stayId, a.broughtInOn);
      return stayId;
    },
    setBirth(stayId, birthDate) {
      sqlite.prepare('UPDATE persons SET birth_date = ?, birth_year = ? WHERE id = (SELECT person_id FROM stays WHERE id = ?)').run(birthDate, Number(birthDate.slice(0, 4)), stayId);
    },
    record(date, entries, token = w.tokens.officer) {
      return w.t.call('work.record', { teamId, date, entries: entries.map((e) => ({ productId, quantity: 0, ...e })) }, token);
    },
    rolledBack(fn) {
      sqlite.exec('BEGIN');
      try {
        return fn();
      } finally {
        sqlite.exec('ROLLBACK');
      }
    },
  };
}
