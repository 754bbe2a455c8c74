import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { requireUser, type Ctx, type HandlerMap } from '../../router/types';
import { hashPassword } from './password';
import { authPolicy, writeAuthPolicy } from './policy';
import { findUser, toStaffView, toView, updateUser, type UserRow } from './views';

function ensureUsernameFree(ctx: Ctx, username: string): void {
  if (ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username)).get()) {
    throw new AppError('conflict', `Tên đăng nhập "${username}" đã có người dùng.`, { field: 'username' });
  }
}

/** The administrator acts on other accounts; their own goes through "Đổi mật khẩu", so no one locks themselves out. */
function otherUser(ctx: Ctx, userId: number, refusal: string): UserRow {
  if (userId === requireUser(ctx).id) throw new AppError('rule_violation', refusal, { field: 'userId' });
  return findUser(ctx, userId);
}

function otherActiveAdmins(ctx: Ctx, userId: number): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, userId)))
      .get()?.n ?? 0
  );
}

const lockState = (u: UserRow) => ({ failedLogins: u.failedLogins, lockedAt: u.lockedAt, mustChangePassword: u.mustChangePassword });

type AccountMethods =
  | 'users.list'
  | 'users.create'
  | 'users.resetPassword'
  | 'users.unlock'
  | 'users.setActive'
  | 'auth.policy'
  | 'auth.setPolicy';

/** The staff accounts by username, as the administrator's list shows them. */
export const listStaff = (ctx: Ctx) => ctx.db.select().from(users).orderBy(asc(users.username)).all().map(toStaffView);

export const accountHandlers: HandlerMap<AccountMethods> = {
  'users.list': (_input, ctx) => listStaff(ctx),

  'users.create': (input, ctx) => {
    ensureUsernameFree(ctx, input.username);
    const u = ctx.db
      .insert(users)
      .values({ username: input.username, fullName: input.fullName, role: input.role, passwordHash: hashPassword(input.password) })
      .returning()
      .get();
    ctx.audit({ entity: 'user', entityId: u.id, after: toView(u) });
    return toView(u);
  },

  'users.resetPassword': (input, ctx) => {
    const u = otherUser(ctx, input.userId, 'Không đặt lại mật khẩu của chính mình; hãy dùng "Đổi mật khẩu".');
    // The administrator has checked who is asking, so the reset also lifts a lock.
    const after = updateUser(ctx, u.id, {
      passwordHash: hashPassword(input.password),
      mustChangePassword: true,
      failedLogins: 0,
      lockedAt: null,
    });
    ctx.sessions.endUser(u.id);
    ctx.audit({ entity: 'user', entityId: u.id, before: lockState(u), after: { ...lockState(after), passwordReset: true } });
    return toStaffView(after);
  },

  'users.unlock': (input, ctx) => {
    const u = findUser(ctx, input.userId);
    if (!u.lockedAt) throw new AppError('conflict', `Tài khoản "${u.username}" không bị khóa.`, { field: 'userId' });
    const after = updateUser(ctx, u.id, { failedLogins: 0, lockedAt: null });
    ctx.audit({ entity: 'user', entityId: u.id, before: lockState(u), after: { ...lockState(after), unlocked: true } });
    return toStaffView(after);
  },

  'users.setActive': (input, ctx) => {
    const u = otherUser(ctx, input.userId, 'Không tự khóa hay mở tài khoản của chính mình.');
    if (u.active === input.active) {
      const state = u.active ? 'đang hoạt động' : 'đã ngừng hoạt động';
      throw new AppError('conflict', `Tài khoản "${u.username}" ${state}.`, { field: 'active' });
    }
    if (!input.active && u.role === 'admin' && otherActiveAdmins(ctx, u.id) === 0) {
      throw new AppError('rule_violation', 'Không thể ngừng tài khoản quản trị viên cuối cùng còn hoạt động.', { field: 'userId' });
    }
    const after = updateUser(ctx, u.id, { active: input.active });
    if (!input.active) ctx.sessions.endUser(u.id);
    ctx.audit({ entity: 'user', entityId: u.id, before: { active: u.active }, after: { active: after.active } });
    return toStaffView(after);
  },

  'auth.policy': (_input, ctx) => authPolicy(ctx.sqlite),

  'auth.setPolicy': (input, ctx) => {
    const before = authPolicy(ctx.sqlite);
    writeAuthPolicy(ctx.sqlite, input, ctx.now().toISOString(), requireUser(ctx).id);
    ctx.audit({ entity: 'setting', entityId: 'auth.policy', before, after: input });
    return authPolicy(ctx.sqlite);
  },
};
