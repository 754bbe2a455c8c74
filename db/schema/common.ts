import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** Instants are ISO-8601 UTC text; SQLite fills them when a row is written. */
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
