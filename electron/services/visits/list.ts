import type Database from 'better-sqlite3';
import type { VisitView } from '../../../shared/contract/visits';

interface VisitRow {
  id: number;
  visitOn: string;
  startTime: string | null;
  durationMinutes: number;
  approvedExtension: number;
  overrideReason: string | null;
  recordedBy: string | null;
  createdAt: string;
}

/** A stay's visits, newest first, each with its visitors and what was handed in (three indexed reads). */
export function listVisits(sqlite: Database.Database, stayId: number): VisitView[] {
  const rows = sqlite
    .prepare(
      `SELECT v.id, v.visit_on AS visitOn, v.start_time AS startTime, v.duration_minutes AS durationMinutes,
              v.approved_extension AS approvedExtension, v.rule_override_reason AS overrideReason,
              u.username AS recordedBy, v.created_at AS createdAt
       FROM visits v LEFT JOIN users u ON u.id = v.recorded_by
       WHERE v.stay_id = ? ORDER BY v.visit_on DESC, v.id DESC`,
    )
    .all(stayId) as VisitRow[];
  const people = sqlite
    .prepare(
      `SELECT p.visit_id AS visitId, p.name, p.relation, p.id_number AS idNumber
       FROM visitors p JOIN visits v ON v.id = p.visit_id WHERE v.stay_id = ? ORDER BY p.id`,
    )
    .all(stayId) as ({ visitId: number } & VisitView['visitors'][number])[];
  const items = sqlite
    .prepare(
      `SELECT visit_id AS visitId, kind, description, quantity, amount_dong AS amountDong
       FROM handed_in_items WHERE stay_id = ? AND visit_id IS NOT NULL ORDER BY id`,
    )
    .all(stayId) as ({ visitId: number } & VisitView['handedIn'][number])[];
  return rows.map((r) => ({
    ...r,
    approvedExtension: r.approvedExtension === 1,
    visitors: people.filter((p) => p.visitId === r.id).map((p) => ({ name: p.name, relation: p.relation, idNumber: p.idNumber })),
    handedIn: items
      .filter((i) => i.visitId === r.id)
      .map((i) => ({ kind: i.kind, description: i.description, quantity: i.quantity, amountDong: i.amountDong })),
  }));
}
