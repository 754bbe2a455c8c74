import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend, type Backend } from '../../../electron/backend';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';

/** Today in these tests: 23/11/2026, 10:00 in Vietnam. */
export const FIXED_NOW = new Date('2026-11-23T03:00:00.000Z');

export interface TestBackend {
  backend: Backend;
  dir: string;
  /** Any call, even to a method that does not exist, answered with the raw envelope. */
  call(method: string, input: unknown, token?: string | null): Envelope<unknown>;
  /** A call that must succeed, typed by the contract. */
  ok<M extends MethodName>(method: M, input: unknown, token?: string | null): MethodOutput<M>;
  close(): void;
}

/** A real back end on a fresh SQLite file in a temp folder; `clock` replaces the fixed `now`, `key` encrypts the file. */
export function openTestBackend(now: Date = FIXED_NOW, options: { clock?: () => Date; key?: string } = {}): TestBackend {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-test-'));
  const backend = createBackend({
    dbFile: path.join(dir, 'rehabdesk.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
    appVersion: '0.0.0-test',
    now: options.clock ?? (() => now),
    logger: { error: () => {} },
    ...(options.key ? { key: options.key } : {}),
  });
  const call = (method: string, input: unknown, token: string | null = null) => backend.router.call(method, input, token);
  return {
    backend,
    dir,
    call,
    ok<M extends MethodName>(method: M, input: unknown, token: string | null = null) {
      const r = call(method, input, token);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.data as MethodOutput<M>;
    },
    close() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ADMIN = { username: 'admin', fullName: 'Trần Văn Quản', password: 'mat-khau-rat-dai-1' };

/** Setup, the administrator's token, and one male compulsory area with a 10-bed room. */
export function setupFacility(t: TestBackend): { token: string; bedIds: number[]; areaId: number } {
  t.ok('setup.create', {
    facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Tâm', designCapacity: 300 },
    admin: ADMIN,
  });
  const token = t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password }).token;
  const areaId = t.ok('beds.createArea', { code: 'A', name: 'Khu A', purpose: 'compulsory', sex: 'male' }, token).id;
  const { bedIds } = t.ok(
    'beds.createRoom',
    { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 10, workingCapacity: 10, bedCount: 10 },
    token,
  );
  return { token, bedIds, areaId };
}

/** A compulsory adult's admission as the form sends it; fields are overridable for each test. */
export function admission(overrides: { fullName?: string; citizenId?: string; birthDate?: string; termMonths?: number; broughtInOn?: string; decisionDate?: string; bedId: number }) {
  return {
    kind: 'compulsory_adult' as const,
    person: {
      fullName: overrides.fullName ?? 'Nguyễn Văn Hùng',
      birthDate: overrides.birthDate ?? '1990-05-01',
      sex: 'male',
      citizenId: overrides.citizenId ?? '079090001234',
      residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' },
    },
    decision: {
      court: 'Tòa án nhân dân khu vực 1 - Đồng Nai',
      decisionNumber: '12/2026/QĐ-TA',
      decisionDate: overrides.decisionDate ?? '2026-11-01',
      termMonths: overrides.termMonths ?? 18,
    },
    broughtInOn: overrides.broughtInOn ?? '2026-11-10',
    bedId: overrides.bedId,
    health: { onArrival: 'Tỉnh táo, không sốt, không có vết thương' },
    handover: {
      handedOverBy: 'Đại úy Lê Văn Bình, Công an xã Xuân Tâm',
      items: [{ kind: 'document', description: 'Quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc', quantity: 1 }],
    },
  };
}

export function count(t: TestBackend, table: string): number {
  return (t.backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A stay kind's legal basis, as the form sends it beside the person, health and handover. */
export const basisOf = {
  compulsory_adult: { decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: '2026-11-01', termMonths: 18 } },
  compulsory_minor: { decision: { court: 'Tòa án nhân dân khu vực 2 - Đồng Nai', decisionNumber: '15/2026/QĐ-TA', decisionDate: '2026-11-01', termMonths: 9 } },
  voluntary: {
    contract: {
      contractNumber: '08/2026/HĐ-CNTN',
      signedOn: '2026-11-09',
      startsOn: '2026-11-10',
      endsOn: '2027-05-10',
      feeDong: 1872000,
      payer: 'Gia đình (bà Nguyễn Thị Lan, mẹ)',
      priorityGroup: 'poor_household',
    },
  },
  pending_decision: { management: { decisionNumber: '31/QĐ-UBND', decisionDate: '2026-11-09', issuer: 'Chủ tịch UBND xã Xuân Tâm' } },
  assessment: { referral: { documentNumber: '102/CV-CAX', documentDate: '2026-11-19', issuer: 'Công an xã Xuân Tâm' } },
} as const;

/** An admission of any kind: the compulsory adult's person, health and handover with the kind's own basis. */
export function admissionOf<K extends keyof typeof basisOf>(kind: K, bedId: number, broughtInOn = '2026-11-10') {
  const { person, health, handover } = admission({ bedId, broughtInOn });
  const basis: (typeof basisOf)[K] = basisOf[kind];
  return { kind, person, broughtInOn, bedId, health, handover, ...basis };
}
