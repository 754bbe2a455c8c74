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

/** The hashed content of a row, as stored: before and after are the JSON text, not the values. */
export interface AuditContent {
  at: string;
  userId: number | null;
  username: string | null;
  method: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
}

/**
 * The hash of a row: sha256 over the previous row's hash and the row's content. Writing and verifying both call
 * this, and the key order is fixed here, so a row read back from the file hashes to what was written.
 */
export function auditHash(prevHash: string, c: AuditContent): string {
  const content = {
    at: c.at,
    userId: c.userId,
    username: c.username,
    method: c.method,
    entity: c.entity,
    entityId: c.entityId,
    before: c.before,
    after: c.after,
    reason: c.reason,
  };
  // One update of the joined text: the same bytes as two updates, measurably faster over a long log.
  return createHash('sha256').update(prevHash + JSON.stringify(content)).digest('hex');
}

/**
 * Appends one audit row. Each row carries the hash of the previous one and its own hash over its content,
 * so an edited or deleted row breaks the chain (see verifyAuditChain).
 */
export function writeAudit(sqlite: Database.Database, actor: AuditActor, entry: AuditEntry, at: string): void {
  const prev = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { hash: string | null }
    | undefined;
  const prevHash = prev?.hash ?? '';
  const row: AuditContent = {
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
  const hash = auditHash(prevHash, row);
  sqlite
    .prepare(
      `INSERT INTO audit_log (at, user_id, username, method, entity, entity_id, before_json, after_json, reason, prev_hash, hash)
       VALUES (@at, @userId, @username, @method, @entity, @entityId, @before, @after, @reason, @prevHash, @hash)`,
    )
    .run({ ...row, prevHash, hash });
}
