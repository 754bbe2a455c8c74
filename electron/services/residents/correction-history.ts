import type Database from 'better-sqlite3';
import type { CorrectionView } from '../../../shared/contract/residents-corrections';
import { AppError } from '../../../shared/errors';

interface AuditRow {
  id: number;
  at: string;
  username: string | null;
  entity: 'person' | 'stay';
  entityId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

/**
 * Every correction of the person behind a stay and of each of their stays, newest first, read from the audit
 * log (each lookup by the entity index), with the fields that changed, before and after.
 */
export function correctionHistory(sqlite: Database.Database, stayId: number): CorrectionView[] {
  const stay = sqlite.prepare('SELECT person_id AS personId FROM stays WHERE id = ?').get(stayId) as { personId: number } | undefined;
  if (!stay) throw new AppError('not_found', 'Không tìm thấy lượt cai nghiện này.');
  const stays = sqlite.prepare('SELECT id, file_number AS fileNumber FROM stays WHERE person_id = ?').all(stay.personId) as {
    id: number;
    fileNumber: string;
  }[];
  const fileNumber = new Map(stays.map((s) => [String(s.id), s.fileNumber]));
  const rows = sqlite
    .prepare(
      `SELECT id, at, username, entity, entity_id AS entityId, before_json AS before, after_json AS after, reason
       FROM audit_log
       WHERE (entity = 'person' AND entity_id = @person AND method = 'persons.correct')
          OR (entity = 'stay' AND entity_id IN (SELECT value FROM json_each(@stays)) AND method = 'stays.correct')
       ORDER BY id DESC`,
    )
    .all({ person: String(stay.personId), stays: JSON.stringify([...fileNumber.keys()]) }) as AuditRow[];
  return rows.map((r) => {
    const before = (r.before ? JSON.parse(r.before) : {}) as Record<string, unknown>;
    const after = (r.after ? JSON.parse(r.after) : {}) as Record<string, unknown>;
    return {
      id: r.id,
      at: r.at,
      username: r.username,
      entity: r.entity,
      fileNumber: r.entity === 'stay' ? (fileNumber.get(r.entityId) ?? null) : null,
      reason: r.reason ?? '',
      changes: Object.keys(after).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
    };
  });
}
