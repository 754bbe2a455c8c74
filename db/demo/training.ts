import type Database from 'better-sqlite3';
import { addDays, addMonths } from '../../shared/domain/dates';
import { countedAbsences, escapePeriods, type MovementFact } from '../../shared/domain/movements';
import { sessionDates, type ScheduleSlot } from '../../shared/domain/training-sessions';
import type { AttendanceReason, TradeLevel } from '../../shared/domain/vocabulary';
import { isoOf } from './days';
import type { Random } from './random';

/**
 * Vocational training as a facility runs it: six trades, a class of each every four months over the last two
 * years (finished ones with results and certificates, the current ones running with their attendance taken up
 * to two sessions ago, the next ones planned), sessions from the weekly schedule and attendance that follows the
 * residents' movements.
 */

const TRADES: readonly { name: string; code: string; level: TradeLevel; hours: number; months: number }[] = [
  { name: 'Hàn điện', code: 'HAN', level: 'so_cap', hours: 300, months: 4 },
  { name: 'Điện dân dụng', code: 'DIEN', level: 'so_cap', hours: 300, months: 4 },
  { name: 'May công nghiệp', code: 'MAY', level: 'under_3_months', hours: 240, months: 2 },
  { name: 'Đan mây tre', code: 'MTRE', level: 'under_3_months', hours: 180, months: 2 },
  { name: 'Lắp ráp ghế nhựa', code: 'GHE', level: 'under_3_months', hours: 120, months: 2 },
  { name: 'Trồng cà phê', code: 'CAPHE', level: 'under_3_months', hours: 160, months: 2 },
];
const SCHEDULES: readonly ScheduleSlot[][] = [
  [1, 3, 5].map((weekday) => ({ weekday, start: '07:30', hours: 3 })),
  [2, 4].map((weekday) => ({ weekday, start: '13:30', hours: 4 })),
];
const PLACES = ['Xưởng hàn', 'Xưởng điện', 'Xưởng may', 'Nhà đan lát', 'Xưởng lắp ráp', 'Vườn ươm'];
const CAPACITY = 20;
const DROP_REASONS = ['Chuyển khu kỷ luật', 'Sức khỏe không đảm bảo', 'Chuyển cơ sở khác'];

interface Stay {
  id: number;
  admittedOn: string;
  dischargedOn: string | null;
}

interface Away {
  from: string;
  to: string | null;
  reason: AttendanceReason;
}

/** Each stay's time away that a class session would find: hospital, funeral leave, escape. */
function awayPeriods(sqlite: Database.Database): Map<number, Away[]> {
  const facts = sqlite
    .prepare(
      `SELECT stay_id AS stayId, id, type, occurred_on AS occurredOn, occurred_at AS occurredAt, reverses_id AS reversesId
       FROM movements WHERE type IN ('to_hospital', 'from_hospital', 'funeral_leave', 'funeral_return', 'escaped', 'returned')`,
    )
    .all() as (MovementFact & { stayId: number })[];
  const byStay = new Map<number, MovementFact[]>();
  for (const f of facts) byStay.set(f.stayId, [...(byStay.get(f.stayId) ?? []), f]);
  const away = new Map<number, Away[]>();
  for (const [stayId, moves] of byStay) {
    away.set(stayId, [
      ...escapePeriods(moves).map((p) => ({ ...p, reason: 'escaped' as const })),
      ...countedAbsences(moves).map((p) => ({ ...p, reason: p.cause === 'hospital' ? ('hospital' as const) : ('leave' as const) })),
    ]);
  }
  return away;
}

const awayOn = (periods: readonly Away[] | undefined, day: string) =>
  periods?.find((p) => p.from <= day && (p.to === null || p.to > day))?.reason ?? null;

export function writeTraining(sqlite: Database.Database, rng: Random, todayDay: number, staff: { trainer: number; admin: number }): void {
  const today = isoOf(todayDay);
  const holidays = JSON.parse((sqlite.prepare("SELECT value_json AS v FROM settings WHERE key = 'calendar.holidays'").get() as { v: string }).v) as string[];
  const stays = sqlite
    .prepare(
      `SELECT id, admitted_on AS admittedOn, discharged_on AS dischargedOn FROM stays
       WHERE kind IN ('compulsory_adult', 'compulsory_minor') ORDER BY id`,
    )
    .all() as Stay[];
  const away = awayPeriods(sqlite);
  const insertTrade = sqlite.prepare('INSERT INTO trades (name, level, duration_hours) VALUES (?, ?, ?)');
  const insertClass = sqlite.prepare(
    `INSERT INTO training_classes (trade_id, name, trainer_id, place, starts_on, ends_on, schedule_json, capacity, status, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEnrolment = sqlite.prepare(
    `INSERT INTO enrolments (class_id, stay_id, status, enrolled_on, result, result_reason, certificate_number, certificate_date, created_by)
     VALUES (?, ?, 'enrolled', ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = sqlite.prepare(
    'INSERT INTO training_sessions (class_id, session_on, start_time, hours, taken_at, taken_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertMark = sqlite.prepare('INSERT INTO session_attendance (session_id, enrolment_id, present, reason) VALUES (?, ?, ?, ?)');
  const trained = new Set<number>();

  TRADES.forEach((trade, t) => {
    const tradeId = Number(insertTrade.run(trade.name, trade.level, trade.hours).lastInsertRowid);
    // Staggered so that some class of some trade is always running; the last one starts after today.
    for (let startsOn = addMonths(today, -24 + t); startsOn <= addMonths(today, 2); startsOn = addMonths(startsOn, 4)) {
      const endsOn = addDays(addMonths(startsOn, trade.months), -1);
      const status = endsOn < today ? 'finished' : startsOn <= today ? 'running' : 'planned';
      const schedule = SCHEDULES[t % SCHEDULES.length] ?? [];
      const name = `${trade.name} K${startsOn.slice(2, 4)}.${startsOn.slice(5, 7)}`;
      const classId = Number(
        insertClass.run(tradeId, name, staff.trainer, PLACES[t], startsOn, endsOn, JSON.stringify(schedule), CAPACITY, status, staff.admin).lastInsertRowid,
      );
      // Residents in the facility for the whole course, each trained once.
      const pool = stays.filter((s) => !trained.has(s.id) && s.admittedOn <= startsOn && (s.dischargedOn === null || s.dischargedOn > endsOn));
      const chosen = pool.filter(() => rng.chance(0.3)).slice(0, status === 'planned' ? CAPACITY / 2 : CAPACITY);
      let certificates = 0;
      const enrolments = chosen.map((s) => {
        trained.add(s.id);
        let result: string | null = null;
        let reason: string | null = null;
        let certificate: string | null = null;
        if (status === 'finished') {
          const r = rng.next();
          result = r < 0.8 ? 'pass' : r < 0.9 ? 'fail' : 'dropped';
          if (result === 'dropped') reason = rng.pick(DROP_REASONS);
          if (result === 'pass') certificate = `${trade.code}-${endsOn.slice(0, 4)}/${String(++certificates).padStart(3, '0')}`;
        }
        const id = Number(insertEnrolment.run(classId, s.id, startsOn, result, reason, certificate, certificate ? endsOn : null, staff.trainer).lastInsertRowid);
        return { id, stayId: s.id };
      });
      const sessions = sessionDates(schedule, startsOn, endsOn, holidays);
      // A running class's last two sessions before today are still to be taken: the trainer's to-do.
      const takenUntil = status === 'running' ? (sessions.filter((x) => x.sessionOn < today).at(-3)?.sessionOn ?? '') : status === 'finished' ? endsOn : '';
      for (const x of sessions) {
        const taken = x.sessionOn <= takenUntil;
        const sessionId = Number(insertSession.run(classId, x.sessionOn, x.startTime, x.hours, taken ? `${x.sessionOn}T09:00:00.000Z` : null, taken ? staff.trainer : null).lastInsertRowid);
        if (!taken) continue;
        for (const e of enrolments) {
          const reason = awayOn(away.get(e.stayId), x.sessionOn) ?? (rng.chance(0.03) ? 'sick' : null);
          insertMark.run(sessionId, e.id, reason === null ? 1 : 0, reason);
        }
      }
    }
  });
}
