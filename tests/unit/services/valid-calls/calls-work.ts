import type { Catalogue } from './catalogue';
import type { World } from './world';

/** A day of last month (Thursday 15/10/2026): output recorded then goes into an ended month's pay run. */
const LAST_MONTH_DAY = '2026-10-15';
const LAST_MONTH = LAST_MONTH_DAY.slice(0, 7);

/** A resident in the facility now, admitted before today. */
const presentStay = (w: World) => w.value("SELECT id FROM stays WHERE state = 'present' AND admitted_on < ? ORDER BY id LIMIT 1", w.today);

/** A class under way (started on or before today). */
const runningClass = (w: World) =>
  w.value("SELECT id FROM training_classes WHERE status = 'running' AND starts_on <= ? ORDER BY id LIMIT 1", w.today);

/** A resident on a running class, enrolled on or before today. */
const enrolledInRunning = (w: World) =>
  w.row<{ id: number; classId: number }>(
    `SELECT e.id, e.class_id AS classId FROM enrolments e JOIN training_classes c ON c.id = e.class_id
     WHERE c.status = 'running' AND c.starts_on <= ? AND e.status = 'enrolled' AND e.enrolled_on <= ? ORDER BY e.id LIMIT 1`,
    w.today,
    w.today,
  );

/** The demo has no products: the head adds one with a rate from the start of the year. */
const newProduct = (w: World) => w.ok('head', 'products.create', { name: 'Đan giỏ mây', unit: 'piece', rateDong: 1500, validFrom: '2026-01-01' }).id;

/** A team member who may work on the day (in his team, present at noon, not exempted, under the caps), from the team's sheet. */
function workableMember(w: World, date: string): { teamId: number; stayId: number } {
  for (const team of w.ok('head', 'teams.list', {}).teams) {
    const row = w.ok('head', 'work.sheet', { teamId: team.id, date }).rows.find((r) => r.blocked === null);
    if (row) return { teamId: team.id, stayId: row.stayId };
  }
  throw new Error(`no team member may work on ${date} in the demo register`);
}

/** Records three hours of output for a member on a day, as the officer supervising the team would. */
function recordedWork(w: World, date = LAST_MONTH_DAY): { teamId: number; stayId: number; productId: number } {
  const productId = newProduct(w);
  const { teamId, stayId } = workableMember(w, date);
  w.ok('officer', 'work.record', { teamId, date, entries: [{ stayId, productId, quantity: 12, hours: 3 }] });
  return { teamId, stayId, productId };
}

/** Last month's output drafted into a pay run. */
function draftedLastMonth(w: World): void {
  recordedWork(w);
  w.ok('officer', 'pay.draft', { month: LAST_MONTH });
}

/** Money handed in today on a present resident's account. */
function handedIn(w: World): { stayId: number; lineId: number } {
  const stayId = presentStay(w);
  const line = { stayId, kind: 'handed_in', amountDong: 500_000, lineOn: w.today, description: 'Gia đình gửi khi thăm gặp' };
  const { id } = w.ok('officer', 'deposit.record', line);
  return { stayId, lineId: id };
}

export const workCalls: Catalogue = {
  // Vocational training.
  'trades.list': { input: () => ({}) },
  'trades.create': { input: () => ({ name: 'Sửa chữa xe máy', level: 'so_cap', durationHours: 400 }) },
  'trades.update': {
    input: (w) => {
      const t = w.row<{ id: number; name: string; level: string; hours: number }>(
        "SELECT id, name, level, duration_hours AS hours FROM trades WHERE active = 1 ORDER BY id LIMIT 1",
      );
      return { id: t.id, name: t.name, level: t.level, durationHours: t.hours + 20, active: true };
    },
  },
  'training.trainers': { input: () => ({}) },
  'training.home': { input: () => ({}) },
  'training.schoolList': { input: () => ({}) },
  'training.figures': { input: (w) => ({ from: '2026-01-01', to: w.today }) },
  'classes.list': { input: () => ({ status: 'running' }) },
  'classes.create': {
    input: (w) => ({
      tradeId: w.value("SELECT id FROM trades WHERE active = 1 AND level = 'under_3_months' ORDER BY id LIMIT 1"),
      name: 'Lớp mở thêm K27.01',
      trainerId: w.value("SELECT id FROM users WHERE role = 'trainer' AND active = 1 ORDER BY id LIMIT 1"),
      place: 'Xưởng lắp ráp',
      startsOn: '2027-01-04',
      endsOn: '2027-02-26',
      schedule: [
        { weekday: 1, start: '07:30', hours: 3 },
        { weekday: 3, start: '07:30', hours: 3 },
      ],
      capacity: 20,
    }),
  },
  'classes.setStatus': {
    input: (w) => ({
      classId: w.value("SELECT id FROM training_classes WHERE status = 'planned' ORDER BY id LIMIT 1"),
      status: 'cancelled',
      reason: 'Không đủ học viên đăng ký',
    }),
  },
  'classes.get': { input: (w) => ({ classId: runningClass(w) }) },
  'classes.candidates': { input: (w) => ({ classId: runningClass(w) }) },
  'classes.enrol': {
    input: (w) => {
      const classId = runningClass(w);
      const candidate = w.ok('admin', 'classes.candidates', { classId }).candidates.find((c) => c.state === 'present' && c.alreadyTrained === null);
      if (!candidate) throw new Error(`class ${classId} has no candidate in the demo register`);
      return { classId, enrolledOn: w.today, stays: [{ stayId: candidate.stayId }] };
    },
  },
  'classes.withdraw': { input: (w) => ({ enrolmentId: enrolledInRunning(w).id, on: w.today, reason: 'Chuyển sang lớp nghề khác' }) },
  'classes.recordResults': {
    input: (w) => {
      const e = enrolledInRunning(w);
      return { classId: e.classId, results: [{ enrolmentId: e.id, result: 'pass', certificateNumber: 'VC-2026/001', certificateDate: w.today }] };
    },
  },
  'sessions.sheet': {
    input: (w) => ({ sessionId: w.value('SELECT id FROM training_sessions WHERE taken_at IS NOT NULL ORDER BY session_on DESC, id LIMIT 1') }),
  },
  'sessions.take': {
    // A past session of a running class still to be taken: the sheet as the trainer finds it, saved as it is.
    input: (w) => {
      const sessionId = w.value<number>(
        `SELECT ts.id FROM training_sessions ts JOIN training_classes c ON c.id = ts.class_id
         WHERE c.status = 'running' AND ts.taken_at IS NULL AND ts.session_on < ? ORDER BY ts.session_on, ts.id LIMIT 1`,
        w.today,
      );
      const sheet = w.ok('admin', 'sessions.sheet', { sessionId });
      const lines = sheet.lines.map((l) => ({ enrolmentId: l.enrolmentId, present: l.present, ...(l.reason ? { reason: l.reason } : {}) }));
      return { sessionId, lines };
    },
  },

  // Work therapy.
  'products.list': {
    input: (w) => {
      newProduct(w);
      return { on: w.today };
    },
  },
  'products.create': { input: () => ({ name: 'Lắp ráp ghế nhựa', unit: 'set', rateDong: 4000, validFrom: '2026-12-01' }) },
  'products.setRate': { input: (w) => ({ productId: newProduct(w), rateDong: 1800, validFrom: '2027-01-01' }) },
  'work.sheet': {
    input: (w) => {
      const { teamId } = recordedWork(w);
      return { teamId, date: LAST_MONTH_DAY };
    },
  },
  'work.record': {
    input: (w) => {
      const productId = newProduct(w);
      const { teamId, stayId } = workableMember(w, w.today);
      return { teamId, date: w.today, entries: [{ stayId, productId, quantity: 20, hours: 4 }] };
    },
  },
  'work.reverse': {
    input: (w) => {
      const { stayId } = recordedWork(w);
      const lineId = w.value('SELECT max(id) FROM work_lines WHERE stay_id = ? AND reverses_id IS NULL', stayId);
      return { lineId, reason: 'Nhập nhầm số lượng' };
    },
  },
  'work.exempt': {
    input: (w) => ({ stayId: presentStay(w), fromOn: w.today, toOn: '2026-11-30', reason: 'Sốt cao, nghỉ theo chỉ định của y sĩ' }),
  },
  'work.exemptions': {
    input: (w) => {
      const stayId = presentStay(w);
      w.ok('medical', 'work.exempt', { stayId, fromOn: w.today, toOn: '2026-11-30', reason: 'Sốt cao, nghỉ theo chỉ định của y sĩ' });
      return { stayId };
    },
  },
  'work.figures': {
    input: (w) => {
      recordedWork(w);
      return { from: '2026-10-01', to: '2026-10-31' };
    },
  },
  'pay.list': {
    input: (w) => {
      draftedLastMonth(w);
      return {};
    },
  },
  'pay.draft': {
    input: (w) => {
      recordedWork(w);
      return { month: LAST_MONTH };
    },
  },
  'pay.get': {
    input: (w) => {
      draftedLastMonth(w);
      return { month: LAST_MONTH };
    },
  },
  'pay.approve': {
    input: (w) => {
      draftedLastMonth(w);
      return { month: LAST_MONTH };
    },
  },

  // Deposit accounts.
  'deposit.account': { input: (w) => ({ stayId: handedIn(w).stayId }) },
  'deposit.record': {
    input: (w) => ({ stayId: presentStay(w), kind: 'handed_in', amountDong: 300_000, lineOn: w.today, description: 'Tiền mang theo khi vào cơ sở' }),
  },
  'deposit.reverse': { input: (w) => ({ lineId: handedIn(w).lineId, reason: 'Ghi nhầm số tiền' }) },
  'deposit.statement': { input: (w) => ({ stayId: handedIn(w).stayId, from: '2026-11-01', to: w.today }) },
};
