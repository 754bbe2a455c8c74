import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface AuditEntry {
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface AuditActor {
  userId: number | null;
  username: string | null;
  method: string;
}

/**
 * Appends one audit row. Each row carries the hash of the previous one and its own hash over its content,
 * so an edited or deleted row breaks the chain (verified by the security issue's "verify" action).
 */
export function writeAudit(sqlite: Database.Database, actor: AuditActor, entry: AuditEntry, at: string): void {
  const prev = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { hash: string | null }
    | undefined;
  const prevHash = prev?.hash ?? '';
  const row = {
    at,
    userId: actor.userId,
    username: actor.username,
    method: actor.method,
    entity: entry.entity,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  };
  const hash = createHash('sha256').update(prevHash).update(JSON.stringify(row)).digest('hex');
  sqlite
    .prepare(
      `INSERT INTO audit_log (at, user_id, username, method, entity, entity_id, before_json, after_json, reason, prev_hash, hash)
       VALUES (@at, @userId, @username, @method, @entity, @entityId, @before, @after, @reason, @prevHash, @hash)`,
    )
    .run({ ...row, prevHash, hash });
}
