import { addDays, addMonths } from '../../../shared/domain/dates';
import type { StayKind } from '../../../shared/domain/vocabulary';
import { count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

/** Today in these tests is 23/11/2026 (FIXED_NOW). A 12-month term brought in on 01/11/2025 ended on 01/11/2026. */
export const ENDED = { broughtInOn: '2025-11-01', termMonths: 12 } as const;

export const HEAD = { username: 'truongcs', fullName: 'Đặng Văn Trưởng', role: 'head', password: 'truong-co-so-1' };

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Vinh', 'Tuấn', 'Hiếu'];

export interface AdmitOptions {
  kind?: StayKind;
  broughtInOn?: string;
  termMonths?: number;
  birthDate?: string;
  /** Belongings and valuables on the admission list (a document is always listed too). */
  items?: { kind: 'belonging' | 'valuable'; description: string; quantity?: number }[];
}

const purposeOf: Record<StayKind, 'compulsory' | 'minors' | 'voluntary' | 'temporary'> = {
  compulsory_adult: 'compulsory',
  compulsory_minor: 'minors',
  voluntary: 'voluntary',
  pending_decision: 'temporary',
  assessment: 'temporary',
};

function basis(kind: StayKind, on: string, termMonths: number | undefined) {
  switch (kind) {
    case 'compulsory_adult':
    case 'compulsory_minor':
      return {
        decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2025/QĐ-TA', decisionDate: addDays(on, -7), termMonths: termMonths ?? (kind === 'compulsory_minor' ? 9 : 18) },
      };
    case 'voluntary':
      return {
        contract: {
          contractNumber: '08/HĐ-CNTN',
          signedOn: on,
          startsOn: on,
          endsOn: addMonths(on, termMonths ?? 6),
          feeDong: 1_872_000,
          payer: 'Gia đình',
          priorityGroup: 'none',
        },
      };
    case 'pending_decision':
      return { management: { decisionNumber: '31/QĐ-UBND', decisionDate: on, issuer: 'Chủ tịch UBND xã Xuân Tâm' } };
    case 'assessment':
      return { referral: { documentNumber: '102/CV-CAX', documentDate: on, issuer: 'Công an xã Xuân Tâm' } };
  }
}

export interface DischargeWorld {
  t: TestBackend;
  /** The administrator (may discharge, may not undo). */
  token: string;
  /** The head (Trưởng Cơ sở): the only one who may undo. */
  head: string;
  beds: Record<'compulsory' | 'minors' | 'voluntary' | 'temporary', number[]>;
  admit(options?: AdmitOptions): { stayId: number; bedId: number };
  /** A discharge input that returns every listed item; fields overridable. */
  input(stayId: number, reason: string, overrides?: Record<string, unknown>): Record<string, unknown>;
  discharge(stayId: number, reason: string, overrides?: Record<string, unknown>): ReturnType<TestBackend['call']>;
  row<T>(query: string, ...params: unknown[]): T;
  rows<T>(query: string, ...params: unknown[]): T[];
  /** Row counts of every table a discharge writes. */
  snapshot(): Record<string, number>;
}

const written = ['movements', 'stays', 'discharges', 'certificates', 'certificate_counters', 'notices', 'deposit_lines', 'audit_log'];

/** A facility with a bed area of each purpose (men), the administrator and the head signed in. */
export function openDischargeWorld(t: TestBackend = openTestBackend()): DischargeWorld {
  const { token, bedIds, areaId } = setupFacility(t);
  const more = t.ok('beds.createRoom', { areaId, code: 'P02', name: 'Phòng 2', designCapacity: 40, workingCapacity: 40, bedCount: 40 }, token).bedIds;
  const beds = { compulsory: [...bedIds, ...more], minors: [] as number[], voluntary: [] as number[], temporary: [] as number[] };
  for (const purpose of ['minors', 'voluntary', 'temporary'] as const) {
    const id = t.ok('beds.createArea', { code: purpose.slice(0, 3).toUpperCase(), name: `Khu ${purpose}`, purpose, sex: 'male' }, token).id;
    beds[purpose] = t.ok('beds.createRoom', { areaId: id, code: 'P01', name: 'Phòng 1', designCapacity: 10, workingCapacity: 10, bedCount: 10 }, token).bedIds;
  }
  t.ok('users.create', HEAD, token);
  const head = t.ok('auth.login', { username: HEAD.username, password: HEAD.password }, null).token;
  const sqlite = t.backend.database.sqlite;
  const used = { compulsory: 0, minors: 0, voluntary: 0, temporary: 0 };
  let n = 0;

  const world: DischargeWorld = {
    t,
    token,
    head,
    beds,
    admit(o = {}) {
      const kind = o.kind ?? 'compulsory_adult';
      const purpose = purposeOf[kind];
      const bedId = beds[purpose][used[purpose]++] as number;
      const on = o.broughtInOn ?? ENDED.broughtInOn;
      n++;
      const input = {
        kind,
        person: {
          fullName: `${families[n % families.length]} Văn ${givens[Math.floor(n / families.length) % givens.length]}`,
          birthDate: o.birthDate ?? (kind === 'compulsory_minor' ? '2010-03-01' : `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`),
          sex: 'male',
          citizenId: `0790900${String(n).padStart(5, '0')}`,
          residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' },
        },
        ...basis(kind, on, o.termMonths ?? (kind === 'compulsory_adult' ? ENDED.termMonths : undefined)),
        broughtInOn: on,
        bedId,
        confirmNewPerson: true,
        health: { onArrival: 'Tỉnh táo' },
        handover: {
          handedOverBy: 'Đại úy Lê Văn Bình, Công an xã Xuân Tâm',
          items: [{ kind: 'document', description: 'Quyết định của Tòa án', quantity: 1 }, ...(o.items ?? []).map((i) => ({ quantity: 1, ...i }))],
        },
      };
      return { stayId: t.ok('admissions.admit', input, token).stayId, bedId };
    },
    input(stayId, reason, overrides = {}) {
      const items = t.ok('discharge.prepare', { stayId }, token).items.map((i) => ({ source: i.source, itemId: i.itemId, returned: true }));
      const { settlement, ...rest } = overrides as { settlement?: Record<string, unknown> };
      return {
        stayId,
        reason,
        occurredAt: '2026-11-23T08:00:00+07:00',
        settlement: { items, roadMealDays: 2, fareDong: 150_000, clothes: true, certificateHandedOver: true, ...settlement },
        ...rest,
      };
    },
    discharge: (stayId, reason, overrides) => t.call('discharge.record', world.input(stayId, reason, overrides), token),
    row: <T,>(query: string, ...params: unknown[]) => sqlite.prepare(query).get(...params) as T,
    rows: <T,>(query: string, ...params: unknown[]) => sqlite.prepare(query).all(...params) as T[],
    snapshot: () => Object.fromEntries(written.map((table) => [table, count(t, table)])),
  };
  return world;
}

/** Writes a court decision on the term straight into the register, so a discharge test needs no review first (reductions.test.ts covers that flow). */
export function grantAdjustment(w: DischargeWorld, stayId: number, kind: 'reduction' | 'exemption', months = 0): void {
  w.t.backend.database.sqlite
    .prepare(
      `INSERT INTO term_adjustments (stay_id, kind, months, decision_number, decided_on, cause)
       VALUES (?, ?, ?, '05/2026/QĐ-TA', '2026-06-01', 'Tòa án quyết định')`,
    )
    .run(stayId, kind, months);
}
