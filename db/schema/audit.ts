import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only record of every write; prevHash/hash chain the rows so tampering shows (issue 9 verifies). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id'),
    username: text('username'),
    method: text('method').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: text('before_json'),
    after: text('after_json'),
    reason: text('reason'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId), index('audit_at').on(t.at)],
);
