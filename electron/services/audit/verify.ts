import type Database from 'better-sqlite3';
import type { AuditVerifyResult } from '../../../shared/contract/audit';
import { verifyAuditChain, type StoredAuditRow } from './chain';

/** Verifies the whole log, streamed row by row with .iterate() so a large log is never held in memory. */
export function verifyAuditLog(sqlite: Database.Database): AuditVerifyResult {
  const counter = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as { seq: number } | undefined;
  const rows = sqlite
    .prepare(
      `SELECT id, at, user_id AS userId, username, method, entity, entity_id AS entityId, before_json AS before,
              after_json AS after, reason, prev_hash AS prevHash, hash
       FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<StoredAuditRow>;
  return verifyAuditChain(rows, counter?.seq ?? null);
}
