import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { StaffView, UserView } from '../../../shared/contract/auth';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';

export type UserRow = typeof users.$inferSelect;

export function toView(u: UserRow): UserView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
  };
}

export function toStaffView(u: UserRow): StaffView {
  return { ...toView(u), failedLogins: u.failedLogins, lockedAt: u.lockedAt };
}

export function findUser(ctx: Ctx, id: number): UserRow {
  const u = ctx.db.select().from(users).where(eq(users.id, id)).get();
  if (!u) throw new AppError('not_found', 'Không tìm thấy tài khoản này.', { field: 'userId' });
  return u;
}

export function updateUser(ctx: Ctx, id: number, values: Partial<UserRow>): UserRow {
  const u = ctx.db.update(users).set(values).where(eq(users.id, id)).returning().get();
  if (!u) throw new Error(`user ${id} vanished during its update`);
  return u;
}
