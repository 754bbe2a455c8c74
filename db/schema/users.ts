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
  /** Wrong passwords in a row since the last sign-in; reaching the lock setting locks the account. */
  failedLogins: integer('failed_logins').notNull().default(0),
  /** When repeated wrong passwords locked the account; it stays locked until an administrator unlocks it. */
  lockedAt: text('locked_at'),
  /** Set by an administrator's password reset: the user must choose a new password at the next sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});
