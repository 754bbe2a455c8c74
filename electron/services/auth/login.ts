import { eq } from 'drizzle-orm';
import { facility, users } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { requireUser, type Ctx, type HandlerMap } from '../../router/types';
import { hashPassword, verifyPassword } from './password';
import { authPolicy, idleMinutesSetting } from './policy';
import { findUser, toView, updateUser, type UserRow } from './views';

/**
 * One refusal for an unknown user, a wrong password, a locked and a deactivated account. Saying "locked" only
 * when the password was right would tell whoever keeps guessing a locked account the moment a guess is right
 * (the lock would stop nothing); saying it on any try would tell them the username exists. So the message names
 * the lock as a possible cause instead, and the administrator sees the lock in the users panel.
 */
const refusal = 'Tên đăng nhập hoặc mật khẩu không đúng. Nhập sai nhiều lần liên tiếp thì tài khoản bị khóa; khi đó liên hệ quản trị viên.';

// An unknown username is checked against this, so it takes as long to refuse as a wrong password.
let dummyHash: string | null = null;
const unknownUserHash = () => (dummyHash ??= hashPassword('no such user'));

/**
 * The router rolls back a command that fails, but a wrong password must still count: commit what this call has
 * written (the count and its audit row) and hand the router a fresh, empty transaction to roll back.
 */
function keepDespiteRefusal(ctx: Ctx): void {
  if (!ctx.sqlite.inTransaction) return;
  ctx.sqlite.exec('COMMIT');
  ctx.sqlite.exec('BEGIN IMMEDIATE');
}

function countFailure(ctx: Ctx, u: UserRow): void {
  const failedLogins = u.failedLogins + 1;
  const locks = !u.lockedAt && failedLogins >= authPolicy(ctx.sqlite).lockAfterFailures;
  const lockedAt = locks ? ctx.now().toISOString() : u.lockedAt;
  updateUser(ctx, u.id, { failedLogins, lockedAt });
  ctx.audit({
    entity: 'user',
    entityId: u.id,
    before: { failedLogins: u.failedLogins, lockedAt: u.lockedAt },
    after: { failedLogins, lockedAt, ...(locks ? { locked: true } : {}) },
  });
  keepDespiteRefusal(ctx);
}

type LoginMethods = 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.changePassword';

export const loginHandlers: HandlerMap<LoginMethods> = {
  'auth.login': (input, ctx) => {
    const u = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
    const passwordRight = verifyPassword(input.password, u?.passwordHash ?? unknownUserHash());
    if (!u || !u.active) throw new AppError('unauthenticated', refusal);
    // A locked account stays shut even to the right password; a wrong one is still counted, for the administrator.
    if (!passwordRight) countFailure(ctx, u);
    if (!passwordRight || u.lockedAt) throw new AppError('unauthenticated', refusal);

    const signedIn = u.failedLogins > 0 ? updateUser(ctx, u.id, { failedLogins: 0 }) : u;
    const user = { id: u.id, username: u.username, fullName: u.fullName, role: u.role, mustChangePassword: u.mustChangePassword };
    const token = ctx.sessions.create(user);
    ctx.user = user;
    ctx.audit({ entity: 'session', entityId: u.id, after: { login: true } });
    return { token, user: toView(signedIn) };
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
      idleMinutes: idleMinutesSetting(ctx.sqlite),
    };
  },

  'auth.changePassword': (input, ctx) => {
    const u = findUser(ctx, requireUser(ctx).id);
    if (!verifyPassword(input.oldPassword, u.passwordHash)) {
      throw new AppError('invalid_input', 'Mật khẩu hiện tại không đúng.', { field: 'oldPassword' });
    }
    if (input.newPassword.normalize('NFC') === input.oldPassword.normalize('NFC')) {
      throw new AppError('invalid_input', 'Mật khẩu mới phải khác mật khẩu hiện tại.', { field: 'newPassword' });
    }
    updateUser(ctx, u.id, { passwordHash: hashPassword(input.newPassword), mustChangePassword: false });
    // Whoever signed in elsewhere with the old password is signed out; this window carries on.
    ctx.sessions.endUser(u.id, ctx.token);
    if (ctx.token) ctx.sessions.passwordChanged(ctx.token);
    ctx.audit({ entity: 'user', entityId: u.id, before: { mustChangePassword: u.mustChangePassword }, after: { passwordChanged: true, mustChangePassword: false } });
    return {};
  },
};
