import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { z } from 'zod';

dayjs.extend(customParseFormat);

/** Reusable field schemas; their messages are Vietnamese because the back end answers in the user's language. */

export const text = (label: string, max = 200) =>
  z
    .string({ error: `${label}: bắt buộc` })
    .trim()
    .min(1, `${label}: không được để trống`)
    .max(max, `${label}: tối đa ${max} ký tự`);

export const optionalText = (label: string, max = 200) =>
  z.string().trim().max(max, `${label}: tối đa ${max} ký tự`).optional();

/** A calendar date as YYYY-MM-DD that exists (no 30/02). */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label}: bắt buộc` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: ngày không hợp lệ`)
    .refine((s) => dayjs(s, 'YYYY-MM-DD', true).isValid(), `${label}: ngày không có thật`);

export const id = (label: string) =>
  z.number({ error: `${label}: bắt buộc` }).int(`${label}: không hợp lệ`).positive(`${label}: không hợp lệ`);

export const sex = z.enum(['male', 'female'], { error: 'Giới tính: chọn Nam hoặc Nữ' });
export type Sex = z.infer<typeof sex>;

/** CCCD has 12 digits; old CMND numbers have 9 or 12 and are still accepted. */
export const citizenId = z
  .string({ error: 'Số CCCD: bắt buộc' })
  .trim()
  .regex(/^(\d{9}|\d{12})$/, 'Số CCCD phải gồm 12 chữ số (CMND cũ: 9 chữ số)');

export const password = z
  .string({ error: 'Mật khẩu: bắt buộc' })
  .min(8, 'Mật khẩu: ít nhất 8 ký tự')
  .max(200, 'Mật khẩu: tối đa 200 ký tự');

export const username = z
  .string({ error: 'Tên đăng nhập: bắt buộc' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập: 3–40 ký tự, chỉ chữ không dấu, số, dấu chấm, gạch');

export const residence = z.object({
  province: text('Tỉnh/thành phố', 100),
  commune: text('Xã/phường', 100),
  address: optionalText('Địa chỉ chi tiết', 300),
});
