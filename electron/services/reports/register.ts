import type Database from 'better-sqlite3';
import type { DateRange } from '../../../shared/domain/report-period';
import type { StayKind } from '../../../shared/domain/vocabulary';
import { rangeInstants } from './instants';

/** An effective admission or discharge of a stay. */
export interface LifeMove {
  id: number;
  type: 'admitted' | 'discharged';
  at: string;
  on: string;
  /** The discharge reason code (discharges row, else the stay's); null on an admission. */
  reason: string | null;
}

/** One stay as the report sees it over a span: on the books when the span began, then its moves in the span. */
export interface StayLife {
  stayId: number;
  personId: number;
  kind: StayKind;
  sex: 'male' | 'female';
  onAtSpanStart: boolean;
  moves: LifeMove[];
  /** Admitted in the span while the person had an earlier stay (other than the one a compulsory decision closed). */
  readmission: boolean;
}

/** An effective escape, return or transfer to hospital in the span. */
export interface EventMove {
  stayId: number;
  type: 'escaped' | 'returned' | 'to_hospital';
  on: string;
  detail: string | null;
}

export interface Register {
  span: DateRange;
  /** Ids of the movements a reversal cancels, as JSON for the queries. */
  reversed: string;
  stays: Map<number, StayLife>;
  events: EventMove[];
}

/**
 * Cancelled movements: reversals are rare, so their list is read once per report (movements has no index on the
 * type alone) and passed to each query, rather than looked up row by row.
 */
const notReversed = `id NOT IN (SELECT value FROM json_each(@reversed))`;
const reversedSql = `SELECT reverses_id FROM movements WHERE type = 'reversal' AND reverses_id IS NOT NULL`;

/**
 * Stays on the books when the span begins: the last effective admission or discharge before that instant is an
 * admission. One scan of the movements, grouped by stay; the stays' cached dates are not trusted.
 */
const onBooksSql = `
  SELECT stay_id FROM movements NOT INDEXED
  WHERE type IN ('admitted', 'discharged') AND occurred_at < @at
    AND ${notReversed}
  GROUP BY stay_id
  HAVING max(CASE WHEN type = 'discharged' THEN occurred_at END) IS NULL
      OR max(CASE WHEN type = 'admitted' THEN occurred_at END) > max(CASE WHEN type = 'discharged' THEN occurred_at END)`;

/** Admissions and discharges inside the span, by the movements(occurred_on, type) index. */
const lifeSql = `
  SELECT id, stay_id AS stayId, type, occurred_at AS at, occurred_on AS "on"
  FROM movements
  WHERE occurred_on BETWEEN @from AND @to AND type IN ('admitted', 'discharged') AND ${notReversed}`;

/** The reason of each discharge of the span (a stay closed by a compulsory decision has no discharges row). */
const reasonsSql = `
  SELECT movement_id AS movementId, reason FROM discharges WHERE discharged_on BETWEEN @from AND @to`;

const eventsSql = `
  SELECT stay_id AS stayId, type, occurred_on AS "on", coalesce(destination, reason) AS detail
  FROM movements
  WHERE occurred_on BETWEEN @from AND @to AND type IN ('escaped', 'returned', 'to_hospital') AND ${notReversed}
  ORDER BY occurred_on, occurred_at, id`;

/** Who the stays are. */
const staysSql = `
  SELECT s.id AS stayId, s.person_id AS personId, s.kind, p.sex, s.discharge_reason AS dischargeReason
  FROM json_each(@ids) j JOIN stays s ON s.id = j.value JOIN persons p ON p.id = s.person_id`;

/**
 * Of the stays admitted in the span, those whose person had a stay admitted earlier, not counting one a court
 * decision turned into this compulsory stay (the file in preparation and the stay are one episode).
 */
const readmissionsSql = `
  SELECT s.id FROM json_each(@ids) j JOIN stays s ON s.id = j.value
  WHERE EXISTS (SELECT 1 FROM stays e
                WHERE e.person_id = s.person_id AND e.id <> s.id
                  AND (e.admitted_on < s.admitted_on OR (e.admitted_on = s.admitted_on AND e.id < s.id))
                  AND coalesce(e.discharge_reason, '') <> 'to_compulsory')`;

/** Everything the headcount, admissions, departures, events and occupancy need over a span, read once. */
export function loadRegister(sqlite: Database.Database, span: DateRange): Register {
  const { start } = rangeInstants(span);
  const reversed = JSON.stringify(sqlite.prepare(reversedSql).pluck().all());
  const onAtStart = new Set(sqlite.prepare(onBooksSql).pluck().all({ at: start, reversed }) as number[]);
  const moves = sqlite.prepare(lifeSql).all({ ...span, reversed }) as (Omit<LifeMove, 'reason'> & { stayId: number })[];
  const reasons = new Map((sqlite.prepare(reasonsSql).raw().all(span) as [number, string][]).map(([id, reason]) => [id, reason]));
  const ids = new Set([...onAtStart, ...moves.map((m) => m.stayId)]);
  const info = sqlite.prepare(staysSql).all({ ids: JSON.stringify([...ids]) }) as {
    stayId: number;
    personId: number;
    kind: StayKind;
    sex: 'male' | 'female';
    dischargeReason: string | null;
  }[];
  const admittedIds = [...new Set(moves.filter((m) => m.type === 'admitted').map((m) => m.stayId))];
  const readmissions = new Set(sqlite.prepare(readmissionsSql).pluck().all({ ids: JSON.stringify(admittedIds) }) as number[]);
  const stays = new Map<number, StayLife>();
  for (const s of info) {
    stays.set(s.stayId, {
      stayId: s.stayId,
      personId: s.personId,
      kind: s.kind,
      sex: s.sex,
      readmission: readmissions.has(s.stayId),
      onAtSpanStart: onAtStart.has(s.stayId),
      moves: [],
    });
  }
  // Sorted here rather than in SQL, so SQLite keeps to the movements(occurred_on, type) index.
  moves.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  const stayReason = new Map(info.map((s) => [s.stayId, s.dischargeReason]));
  for (const { stayId, ...m } of moves) {
    const reason = m.type === 'discharged' ? (reasons.get(m.id) ?? stayReason.get(stayId) ?? null) : null;
    stays.get(stayId)?.moves.push({ ...m, reason });
  }
  const events = sqlite.prepare(eventsSql).all({ ...span, reversed }) as EventMove[];
  return { span, reversed, stays, events };
}
