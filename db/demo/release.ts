import type Database from 'better-sqlite3';
import { addMonths } from '../../shared/domain/dates';
import { formatFileNumber } from '../../shared/domain/file-number';
import type { CertificateKind } from '../../shared/domain/vocabulary';
import { isoOf } from './days';
import { weighted, type Random } from './random';

/**
 * What release planning and discharge leave in a register: a team per room with its members, monthly ratings
 * for the last months (confirmed by the head up to two months ago, last month still to rate), and for every
 * ended stay its discharge record with the numbered certificate, as the discharge screen writes them.
 */

const RATED_MONTHS = 6;
const grade = weighted([
  ['tot', 25],
  ['kha', 45],
  ['trung_binh', 22],
  ['kem', 8],
] as const);

const certificateOf: Partial<Record<string, CertificateKind>> = {
  completed: 'mau46',
  reduced: 'mau46',
  exempted: 'mau46',
  voluntary_completed: 'mau26b',
};

interface Staff {
  officer: number;
  head: number;
}

function writeTeams(sqlite: Database.Database, staff: Staff): void {
  const rooms = sqlite
    .prepare(
      `SELECT r.id, a.code AS area, r.code AS room FROM rooms r JOIN areas a ON a.id = r.area_id
       WHERE a.purpose <> 'temporary' ORDER BY a.code, r.code`,
    )
    .all() as { id: number; area: string; room: string }[];
  const insertTeam = sqlite.prepare('INSERT INTO teams (name, officer_id, created_by) VALUES (?, ?, ?)');
  const insertMembers = sqlite.prepare(
    `INSERT INTO team_members (team_id, stay_id, joined_on)
     SELECT ?, s.id, s.admitted_on FROM stays s JOIN beds b ON b.id = s.current_bed_id
     WHERE b.room_id = ? AND s.state <> 'discharged'`,
  );
  for (const r of rooms) {
    const teamId = Number(insertTeam.run(`Tổ ${r.area}-${r.room}`, staff.officer, staff.head).lastInsertRowid);
    insertMembers.run(teamId, r.id);
  }
}

function writeRatings(sqlite: Database.Database, rng: Random, today: string, staff: Staff): void {
  const thisMonth = today.slice(0, 7);
  const months = Array.from({ length: RATED_MONTHS }, (_, i) => addMonths(`${thisMonth}-01`, -(RATED_MONTHS - i)).slice(0, 7));
  const lastMonth = months.at(-1);
  const stays = sqlite
    .prepare(
      `SELECT s.id, s.admitted_on AS admittedOn, m.team_id AS teamId FROM stays s
       LEFT JOIN team_members m ON m.stay_id = s.id AND m.left_on IS NULL
       WHERE s.state <> 'discharged' AND s.kind IN ('compulsory_adult', 'compulsory_minor', 'voluntary') ORDER BY s.id`,
    )
    .all() as { id: number; admittedOn: string; teamId: number | null }[];
  const insert = sqlite.prepare(
    'INSERT INTO ratings (stay_id, month, grade, team_id, rated_by, rated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const month of months) {
    if (month === lastMonth) continue;
    const ratedAt = `${addMonths(`${month}-01`, 1).slice(0, 7)}-02T02:00:00.000Z`;
    // A resident is rated for a month he was in the facility from its start.
    for (const s of stays) if (s.admittedOn <= `${month}-01`) insert.run(s.id, month, grade(rng), s.teamId, staff.officer, ratedAt);
    sqlite
      .prepare('INSERT INTO rating_months (month, confirmed_by, confirmed_at) VALUES (?, ?, ?)')
      .run(month, staff.head, `${addMonths(`${month}-01`, 1).slice(0, 7)}-03T03:00:00.000Z`);
  }
}

function writeDischarges(sqlite: Database.Database, staff: Staff): void {
  const patterns = JSON.parse(
    (sqlite.prepare("SELECT value_json AS v FROM settings WHERE key = 'certificate.patterns'").get() as { v: string }).v,
  ) as Record<CertificateKind, string>;
  const ended = sqlite
    .prepare(
      `SELECT m.id AS movementId, m.stay_id AS stayId, m.occurred_at AS occurredAt, m.occurred_on AS day, s.discharge_reason AS reason
       FROM movements m JOIN stays s ON s.id = m.stay_id
       WHERE m.type = 'discharged' AND s.discharge_reason <> 'to_compulsory' ORDER BY m.occurred_at, m.id`,
    )
    .all() as { movementId: number; stayId: number; occurredAt: string; day: string; reason: string }[];
  const insertCertificate = sqlite.prepare(
    'INSERT INTO certificates (kind, year, seq, number, stay_id, issued_on, issued_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertExemption = sqlite.prepare(
    `INSERT INTO term_adjustments (stay_id, kind, months, decision_number, decided_on, cause, created_by, created_at)
     VALUES (?, 'exemption', 0, ?, ?, 'Bệnh hiểm nghèo, cần điều trị từ 6 tháng trở lên (NĐ 116/2021 Điều 58 k2)', ?, ?)`,
  );
  const insertDischarge = sqlite.prepare(
    `INSERT INTO discharges (stay_id, movement_id, reason, occurred_at, discharged_on, decision_number, settlement_json,
       certificate_id, recorded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const settlement = JSON.stringify({ items: [], roadMealDays: 0, roadMealRate: 0, roadMealDong: 0, fareDong: 0, clothes: false, certificateHandedOver: true, totalDong: 0, note: null });
  const counters = new Map<string, number>();
  for (const d of ended) {
    const year = Number(d.day.slice(0, 4));
    let decision: string | null = null;
    if (d.reason === 'exempted') {
      decision = `${d.stayId}/${year}/QĐ-TA`;
      insertExemption.run(d.stayId, decision, d.day, staff.head, d.occurredAt);
    }
    const kind = certificateOf[d.reason];
    let certificateId: number | null = null;
    if (kind) {
      const key = `${kind}:${year}`;
      const seq = (counters.get(key) ?? 0) + 1;
      counters.set(key, seq);
      const number = formatFileNumber(patterns[kind], year, seq);
      certificateId = Number(insertCertificate.run(kind, year, seq, number, d.stayId, d.day, staff.head, d.occurredAt).lastInsertRowid);
    }
    insertDischarge.run(d.stayId, d.movementId, d.reason, d.occurredAt, d.day, decision, settlement, certificateId, staff.officer, d.occurredAt);
  }
  // The app's next certificate takes the number after these.
  const insertCounter = sqlite.prepare('INSERT INTO certificate_counters (kind, year, last) VALUES (?, ?, ?)');
  for (const [key, last] of counters) {
    const [kind, year] = key.split(':');
    insertCounter.run(kind, Number(year), last);
  }
}

export function writeReleaseRecords(sqlite: Database.Database, rng: Random, today: number, staff: Staff): void {
  writeTeams(sqlite, staff);
  writeRatings(sqlite, rng, isoOf(today), staff);
  writeDischarges(sqlite, staff);
}
