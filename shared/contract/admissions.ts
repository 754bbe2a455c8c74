import { z } from 'zod';
import { method } from './define';
import { citizenId, id, isoDate, residence, sex, text } from './fields';

export const admitCompulsoryAdultInput = z.object({
  person: z.object({
    fullName: text('Họ và tên', 100),
    birthDate: isoDate('Ngày sinh'),
    sex,
    citizenId,
    residence,
  }),
  decision: z.object({
    court: text('Tòa án', 200),
    decisionNumber: text('Số quyết định', 50),
    decisionDate: isoDate('Ngày quyết định'),
    termMonths: z
      .number({ error: 'Thời hạn (tháng): bắt buộc' })
      .int('Thời hạn (tháng): số nguyên')
      .positive('Thời hạn (tháng): phải lớn hơn 0'),
  }),
  broughtInOn: isoDate('Ngày đưa vào cơ sở'),
  bedId: id('Giường'),
});
export type AdmitCompulsoryAdultInput = z.infer<typeof admitCompulsoryAdultInput>;

export const admissionsMethods = {
  'admissions.admitCompulsoryAdult': method({
    summary:
      'Admits an adult under a court decision into a bed: creates the person (or refuses a citizen ID already ' +
      'present), the stay with its file number, the court decision and the admission movement.',
    access: 'admissions.write',
    kind: 'command',
    input: admitCompulsoryAdultInput,
    output: z.object({ stayId: z.number(), personId: z.number(), fileNumber: z.string() }),
  }),
};
