import { addDays, addMonths } from '../../../shared/domain/dates';
import type { StayKind } from '../../../shared/domain/vocabulary';
import { openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { openTestBackend, type TestBackend } from './test-backend';

/** Today in these tests is Monday 23/11/2026 (FIXED_NOW). */

export const TRAINER = { username: 'giaovien', fullName: 'Lê Thị Giáo', role: 'trainer', password: 'giao-vien-day-nghe-1' };
export const OFFICER = { username: 'canbo', fullName: 'Phạm Văn Cán', role: 'officer', password: 'can-bo-quan-ly-1' };

export interface ResidentOptions {
  kind?: StayKind;
  broughtInOn?: string;
  termMonths?: number;
  birthDate?: string;
  education?: string;
  /** The person of an earlier stay, for a returning resident. */
  personId?: number;
}

export interface TrainingWorld {
  t: TestBackend;
  /** The administrator: manages trades. */
  admin: string;
  trainer: string;
  trainerId: number;
  officer: string;
  discharge: DischargeWorld;
  resident(fullName: string, citizenId: string, o?: ResidentOptions): { stayId: number; personId: number; fileNumber: string };
  trade(name: string, level?: 'so_cap' | 'under_3_months'): number;
  /** A class as the trainer's form sends it: Monday, Wednesday and Friday 13:30 for 4 hours, 20 places. */
  classInput(tradeId: number, overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Creates a class and, unless `planned`, starts it. */
  openClass(tradeId: number, overrides?: Record<string, unknown>, planned?: boolean): number;
  enrol(classId: number, stayIds: number[], enrolledOn: string, token?: string): ReturnType<TestBackend['ok']>;
  sessionOn(classId: number, date: string): number;
  row<T>(query: string, ...params: unknown[]): T;
}

const purposeOf: Record<StayKind, 'compulsory' | 'minors' | 'voluntary' | 'temporary'> = {
  compulsory_adult: 'compulsory',
  compulsory_minor: 'minors',
  voluntary: 'voluntary',
  pending_decision: 'temporary',
  assessment: 'temporary',
};

const terms: Partial<Record<StayKind, number>> = { compulsory_minor: 9, voluntary: 6 };

function basis(kind: StayKind, on: string, termMonths: number) {
  if (kind === 'voluntary') {
    return { contract: { contractNumber: '08/HĐ-CNTN', signedOn: on, startsOn: on, endsOn: addMonths(on, termMonths), feeDong: 1_872_000, payer: 'Gia đình', priorityGroup: 'none' } };
  }
  return { decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: addDays(on, -7), termMonths } };
}

/** A facility with beds of every purpose, the administrator, a trainer and an officer signed in. */
export function openTrainingWorld(): TrainingWorld {
  const t = openTestBackend();
  const discharge = openDischargeWorld(t);
  const admin = discharge.token;
  const trainerId = t.ok('users.create', TRAINER, admin).id;
  const trainer = t.ok('auth.login', { username: TRAINER.username, password: TRAINER.password }).token;
  t.ok('users.create', OFFICER, admin);
  const officer = t.ok('auth.login', { username: OFFICER.username, password: OFFICER.password }).token;
  const used = { compulsory: 0, minors: 0, voluntary: 0, temporary: 0 };
  const sqlite = t.backend.database.sqlite;
  const world: TrainingWorld = {
    t,
    admin,
    trainer,
    trainerId,
    officer,
    discharge,
    resident(fullName, citizenId, o = {}) {
      const kind = o.kind ?? 'compulsory_adult';
      const purpose = purposeOf[kind];
      const on = o.broughtInOn ?? '2026-11-10';
      const input = {
        kind,
        ...(o.personId ? { personId: o.personId } : { confirmNewPerson: true }),
        person: {
          fullName,
          birthDate: o.birthDate ?? '1990-05-01',
          sex: 'male',
          citizenId,
          education: o.education,
          residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' },
        },
        ...basis(kind, on, o.termMonths ?? terms[kind] ?? 18),
        broughtInOn: on,
        bedId: discharge.beds[purpose][used[purpose]++],
        health: { onArrival: 'Tỉnh táo' },
        handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [{ kind: 'document', description: 'Quyết định', quantity: 1 }] },
      };
      const r = t.ok('admissions.admit', input, admin);
      return { stayId: r.stayId, personId: r.personId, fileNumber: r.fileNumber };
    },
    trade: (name, level = 'so_cap') => t.ok('trades.create', { name, level, durationHours: 300 }, admin).id,
    classInput: (tradeId, overrides = {}) => ({
      tradeId,
      name: 'Lớp Hàn K1',
      trainerId,
      place: 'Xưởng cơ khí',
      startsOn: '2026-11-02',
      endsOn: '2026-12-31',
      schedule: [1, 3, 5].map((weekday) => ({ weekday, start: '13:30', hours: 4 })),
      capacity: 20,
      ...overrides,
    }),
    openClass(tradeId, overrides, planned = false) {
      const id = t.ok('classes.create', world.classInput(tradeId, overrides), trainer).id;
      if (!planned) t.ok('classes.setStatus', { classId: id, status: 'running' }, trainer);
      return id;
    },
    enrol: (classId, stayIds, enrolledOn, token = trainer) =>
      t.ok('classes.enrol', { classId, enrolledOn, stays: stayIds.map((stayId) => ({ stayId })) }, token),
    sessionOn: (classId, date) => world.row<{ id: number }>('SELECT id FROM training_sessions WHERE class_id = ? AND session_on = ?', classId, date).id,
    row: <T,>(query: string, ...params: unknown[]) => sqlite.prepare(query).get(...params) as T,
  };
  return world;
}
