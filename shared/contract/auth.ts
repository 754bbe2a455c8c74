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
});
export type UserView = z.infer<typeof userView>;

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
    summary: 'Signs in; the token goes in `Authorization: Bearer <token>` on later calls.',
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
    summary: 'The signed-in user and the facility.',
    access: 'session',
    kind: 'query',
    input: z.object({}),
    output: z.object({ user: userView, facility: facilityView }),
  }),
  'users.list': method({
    summary: 'Staff accounts.',
    access: 'users.manage',
    kind: 'query',
    input: z.object({}),
    output: z.array(userView),
  }),
  'users.create': method({
    summary: 'Creates a staff account with a role.',
    access: 'users.manage',
    kind: 'command',
    input: z.object({ username, fullName: text('Họ và tên', 100), role: z.enum(roles, { error: 'Vai trò không hợp lệ' }), password }),
    output: userView,
  }),
};
