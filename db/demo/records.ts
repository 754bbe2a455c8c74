import type Database from 'better-sqlite3';
import { isoOf, vnInstant } from './days';
import { courtFor } from './places';
import type { Random } from './random';
import { clockOf, REDUCTION_CAUSE, type StayPlan } from './stays';

/**
 * The legal papers behind each stay: the court decision (compulsory), the contract (voluntary), the decision
 * to hold a person while the file is prepared (pending), a court reduction, and the health record that put
 * a resident in the infectious-disease area.
 */
export interface StayPapers {
  /** The paper the admission movement cites. */
  document: { number: string; date: string } | null;
  moveDecision: string | null;
}

/**
 * Running document numbers per issuer, series and year ("123/2025/QĐ-TA"), stepping by a few because the
 * issuer numbers other cases in between.
 */
function documentNumbers(rng: Random) {
  const last = new Map<string, number>();
  return (series: string, day: number, issuer: string, withYear = true): string => {
    const year = isoOf(day).slice(0, 4);
    const key = `${issuer}:${series}:${year}`;
    const n = (last.get(key) ?? 0) + rng.int(1, 6);
    last.set(key, n);
    return withYear ? `${n}/${year}/${series}` : `${n}/${series}`;
  };
}

const FACILITY_ISSUER = 'facility';
const priorityGroups = ['Hộ nghèo', 'Hộ cận nghèo', 'Người khuyết tật', 'Gia đình có công với cách mạng'];

export function stayPapersWriter(sqlite: Database.Database, rng: Random, noticeDays: number, headId: number) {
  const number = documentNumbers(rng);
  const insertCourt = sqlite.prepare(
    `INSERT INTO court_decisions (stay_id, court, decision_number, decision_date, term_months, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertContract = sqlite.prepare(
    `INSERT INTO voluntary_contracts (stay_id, contract_number, signed_on, starts_on, ends_on, fee_dong, payer,
       priority_group, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertManagement = sqlite.prepare(
    `INSERT INTO management_decisions (stay_id, decision_number, decision_date, issuer, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const insertReduction = sqlite.prepare(
    `INSERT INTO term_adjustments (stay_id, kind, months, decision_number, decided_on, cause, created_by, created_at)
     VALUES (?, 'reduction', ?, ?, ?, ?, ?, ?)`,
  );
  const insertHealth = sqlite.prepare(
    `INSERT INTO health_records (person_id, recorded_on, hiv, tuberculosis, hepatitis, infectious_group_ab, note,
       created_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  );

  return (s: StayPlan, personId: number, commune: string, recordedAt: string): StayPapers => {
    const admittedOn = isoOf(s.admitted);
    let document: StayPapers['document'] = null;
    if (s.kind === 'compulsory_adult' || s.kind === 'compulsory_minor') {
      // Decided a few days before the person is brought in, or while they were held awaiting it.
      const day = s.held > 0 ? s.admitted - rng.int(0, Math.min(3, s.held)) : s.admitted - rng.int(2, 20);
      const court = courtFor(rng, isoOf(day));
      document = { number: number('QĐ-TA', day, court), date: isoOf(day) };
      insertCourt.run(s.id, court, document.number, document.date, s.termMonths, recordedAt);
    } else if (s.kind === 'voluntary') {
      document = { number: number('HĐ-CNTN', s.admitted, FACILITY_ISSUER), date: admittedOn };
      const statePaid = rng.chance(0.15);
      insertContract.run(
        s.id,
        document.number,
        admittedOn,
        admittedOn,
        clockOf(s, s.admitted, noticeDays).nominalEnd,
        (s.termMonths ?? 6) * rng.pick([1_200_000, 1_500_000, 2_000_000]),
        statePaid ? 'Ngân sách nhà nước hỗ trợ 95%, gia đình 5%' : 'Gia đình chi trả',
        statePaid ? rng.pick(priorityGroups) : null,
        recordedAt,
      );
    } else if (s.kind === 'pending_decision') {
      const issuer = `Chủ tịch Ủy ban nhân dân ${commune}`;
      document = { number: number('QĐ-UBND', s.admitted, issuer, false), date: admittedOn };
      insertManagement.run(s.id, document.number, admittedOn, issuer, recordedAt);
    }
    if (s.reduction) {
      const { months, decided } = s.reduction;
      const decisionNumber = number('QĐ-TA', decided, 'reduction');
      const decidedAt = vnInstant(decided, 14);
      insertReduction.run(s.id, months, decisionNumber, isoOf(decided), REDUCTION_CAUSE, headId, decidedAt);
    }
    if (s.infectious) {
      const r = rng.next();
      const [hiv, tb, hepatitis, note] =
        r < 0.5
          ? [1, 0, 0, 'HIV, đang điều trị ARV']
          : r < 0.8
            ? [0, 1, 0, 'Lao phổi, đang điều trị']
            : [0, 0, 1, 'Viêm gan vi rút C, đang điều trị'];
      insertHealth.run(personId, admittedOn, hiv, tb, hepatitis, note, recordedAt);
    }
    const moveDecision = s.move ? number('QĐ-CSCN', s.move.day, FACILITY_ISSUER) : null;
    return { document, moveDecision };
  };
}
