import { asc, eq, sql } from 'drizzle-orm';
import { facility, users } from '../../../db/schema';
import type { UserView } from '../../../shared/contract/auth';
import { AppError } from '../../../shared/errors';
import { requireUser, type Ctx, type HandlerMap } from '../../router/types';
import { hashPassword, verifyPassword } from './password';

function userCount(ctx: Ctx): number {
  return ctx.db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

function toView(u: typeof users.$inferSelect): UserView {
  return { id: u.id, username: u.username, fullName: u.fullName, role: u.role, active: u.active };
}

function ensureUsernameFree(ctx: Ctx, username: string): void {
  if (ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username)).get()) {
    throw new AppError('conflict', `Tên đăng nhập "${username}" đã có người dùng.`, { field: 'username' });
  }
}

export const authHandlers: HandlerMap<
  'setup.status' | 'setup.create' | 'auth.login' | 'auth.logout' | 'auth.me' | 'users.list' | 'users.create'
> = {
  'setup.status': (_input, ctx) => {
    const f = ctx.db.select({ name: facility.name }).from(facility).get();
    return { needsSetup: userCount(ctx) === 0, facilityName: f?.name ?? null };
  },

  'setup.create': (input, ctx) => {
    if (userCount(ctx) > 0) throw new AppError('conflict', 'Cơ sở đã được thiết lập; không thể thiết lập lại.');
    ctx.db.insert(facility).values({ id: 1, ...input.facility }).run();
    const admin = ctx.db
      .insert(users)
      .values({
        username: input.admin.username,
        fullName: input.admin.fullName,
        role: 'admin',
        passwordHash: hashPassword(input.admin.password),
      })
      .returning()
      .get();
    ctx.audit({ entity: 'facility', entityId: 1, after: input.facility });
    ctx.audit({ entity: 'user', entityId: admin.id, after: toView(admin) });
    return { userId: admin.id };
  },

  'auth.login': (input, ctx) => {
    const u = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
    // One message for unknown user and wrong password, so the screen does not reveal which accounts exist.
    if (!u || !u.active || !verifyPassword(input.password, u.passwordHash)) {
      throw new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    const user = { id: u.id, username: u.username, fullName: u.fullName, role: u.role };
    const token = ctx.sessions.create(user);
    ctx.user = user;
    ctx.audit({ entity: 'session', entityId: u.id, after: { login: true } });
    return { token, user: toView(u) };
  },

  'auth.logout': (_input, ctx) => {
    ctx.audit({ entity: 'session', entityId: requireUser(ctx).id, after: { logout: true } });
    if (ctx.token) ctx.sessions.end(ctx.token);
    return {};
  },

  'auth.me': (_input, ctx) => {
    const me = requireUser(ctx);
    const u = ctx.db.select().from(users).where(eq(users.id, me.id)).get();
    const f = ctx.db.select().from(facility).get();
    if (!u || !f) throw new AppError('setup_required', 'Cơ sở chưa được thiết lập.');
    return {
      user: toView(u),
      facility: { name: f.name, governingUnit: f.governingUnit, address: f.address, designCapacity: f.designCapacity },
    };
  },

  'users.list': (_input, ctx) => ctx.db.select().from(users).orderBy(asc(users.username)).all().map(toView),

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
};
