import { z } from 'zod';
import { method } from './define';
import { password, text, username } from './fields';
import { roles } from './roles';

export const userView = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(roles),
  active: z.boolean(),
  /** Set by an administrator's reset: the user must choose a new password before working. */
  mustChangePassword: z.boolean(),
});
export type UserView = z.infer<typeof userView>;

/** A staff account as the administrator sees it: with its lock state. */
export const staffView = userView.extend({
  failedLogins: z.number(),
  /** When repeated wrong passwords locked the account; null when it is not locked. */
  lockedAt: z.string().nullable(),
});
export type StaffView = z.infer<typeof staffView>;

/** Limits of the sign-in policy; the screen lock must come within 4 hours, a lock within 20 tries. */
export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 240;
export const LOCK_AFTER_MIN = 3;
export const LOCK_AFTER_MAX = 20;

export const authPolicy = z.object({
  lockAfterFailures: z
    .number({ error: 'Số lần nhập sai: bắt buộc' })
    .int('Số lần nhập sai: số nguyên')
    .min(LOCK_AFTER_MIN, `Số lần nhập sai: ít nhất ${LOCK_AFTER_MIN}`)
    .max(LOCK_AFTER_MAX, `Số lần nhập sai: tối đa ${LOCK_AFTER_MAX}`),
  idleMinutes: z
    .number({ error: 'Số phút không thao tác: bắt buộc' })
    .int('Số phút không thao tác: số nguyên')
    .min(IDLE_MINUTES_MIN, `Số phút không thao tác: ít nhất ${IDLE_MINUTES_MIN}`)
    .max(IDLE_MINUTES_MAX, `Số phút không thao tác: tối đa ${IDLE_MINUTES_MAX}`),
});
export type AuthPolicy = z.infer<typeof authPolicy>;

const userId = z.number({ error: 'Tài khoản: bắt buộc' }).int().positive('Tài khoản không hợp lệ');

export const facilityView = z.object({
  name: z.string(),
  governingUnit: z.string(),
  address: z.string(),
  designCapacity: z.number(),
});
export type FacilityView = z.infer<typeof facilityView>;

export const authMethods = {
  'setup.status': method({
    summary: 'Whether the first-run setup (facility and first administrator) is still to be done.',
    access: 'public',
    kind: 'query',
    input: z.object({}),
    output: z.object({ needsSetup: z.boolean(), facilityName: z.string().nullable() }),
  }),
  'setup.create': method({
    summary: 'First run only: creates the facility and the first administrator.',
    access: 'public',
    kind: 'command',
    input: z.object({
      facility: z.object({
        name: text('Tên cơ sở'),
        governingUnit: text('Cơ quan chủ quản'),
        address: text('Địa chỉ', 300),
        designCapacity: z
          .number({ error: 'Công suất thiết kế: bắt buộc' })
          .int('Công suất thiết kế: số nguyên')
          .min(1, 'Công suất thiết kế: ít nhất 1')
          .max(20000, 'Công suất thiết kế: tối đa 20.000'),
      }),
      admin: z.object({ username, fullName: text('Họ và tên', 100), password }),
    }),
    output: z.object({ userId: z.number() }),
  }),
  'auth.login': method({
    summary:
      'Signs in; the token goes in `Authorization: Bearer <token>` on later calls. A wrong password is counted even ' +
      'though the call fails; after the policy\'s number in a row the account is locked until an administrator ' +
      'unlocks it. Unknown user, wrong password, locked or deactivated account all get the same refusal.',
    access: 'public',
    kind: 'command',
    input: z.object({ username: z.string().trim().toLowerCase().min(1, 'Tên đăng nhập: bắt buộc'), password: z.string().min(1, 'Mật khẩu: bắt buộc') }),
    output: z.object({ token: z.string(), user: userView }),
  }),
  'auth.logout': method({
    summary: 'Ends the session of the token sent.',
    access: 'session',
    kind: 'command',
    input: z.object({}),
    output: z.object({}),
  }),
  'auth.me': method({
    summary: 'The signed-in user, the facility, and the minutes of inactivity after which the screen locks.',
    access: 'session',
    kind: 'query',
    input: z.object({}),
    output: z.object({ user: userView, facility: facilityView, idleMinutes: z.number() }),
  }),
  'auth.changePassword': method({
    summary: "Changes the signed-in user's own password, given the current one; the user's other sessions end.",
    access: 'session',
    kind: 'command',
    input: z.object({ oldPassword: z.string().min(1, 'Mật khẩu hiện tại: bắt buộc'), newPassword: password }),
    output: z.object({}),
  }),
  'auth.policy': method({
    summary: 'The sign-in policy: wrong passwords in a row before an account locks, idle minutes before the screen locks.',
    access: 'users.manage',
    kind: 'query',
    input: z.object({}),
    output: authPolicy,
  }),
  'auth.setPolicy': method({
    summary: 'Changes the sign-in policy; a new idle time applies to sessions at once.',
    access: 'users.manage',
    kind: 'command',
    input: authPolicy,
    output: authPolicy,
  }),
  'users.list': method({
    summary: 'Staff accounts, with their lock state.',
    access: 'users.manage',
    kind: 'query',
    input: z.object({}),
    output: z.array(staffView),
  }),
  'users.create': method({
    summary: 'Creates a staff account with a role.',
    access: 'users.manage',
    kind: 'command',
    input: z.object({ username, fullName: text('Họ và tên', 100), role: z.enum(roles, { error: 'Vai trò không hợp lệ' }), password }),
    output: userView,
  }),
  'users.resetPassword': method({
    summary:
      "Sets a temporary password typed by the administrator; the user must change it at the next sign-in. Unlocks the account and ends the user's sessions.",
    access: 'users.manage',
    kind: 'command',
    input: z.object({ userId, password }),
    output: staffView,
  }),
  'users.unlock': method({
    summary: 'Unlocks an account locked by repeated wrong passwords and clears its count.',
    access: 'users.manage',
    kind: 'command',
    input: z.object({ userId }),
    output: staffView,
  }),
  'users.setActive': method({
    summary:
      "Deactivates or reactivates an account; a deactivated user's sessions end at once. Never your own account, never the last active administrator.",
    access: 'users.manage',
    kind: 'command',
    input: z.object({ userId, active: z.boolean({ error: 'Trạng thái: bắt buộc' }) }),
    output: staffView,
  }),
};
