import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  role: text('role', { enum: ['admin', 'head', 'officer', 'trainer', 'medical'] }).notNull(),
  /** scrypt$N$r$p$salt$hash, all base64. */
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  createdAt: createdAt(),
});
