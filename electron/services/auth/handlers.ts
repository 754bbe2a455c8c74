import { sql } from 'drizzle-orm';
import { facility, users } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import type { Ctx, HandlerMap } from '../../router/types';
import { accountHandlers } from './accounts';
import { loginHandlers } from './login';
import { hashPassword } from './password';
import { toView } from './views';

function userCount(ctx: Ctx): number {
  return ctx.db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

const setupHandlers: HandlerMap<'setup.status' | 'setup.create'> = {
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
};

export const authHandlers = { ...setupHandlers, ...loginHandlers, ...accountHandlers };
