import { z } from 'zod';
import { method } from './define';
import { areaPurposes } from '../domain/vocabulary';
import { id, sex, text } from './fields';

export const areaPurpose = z.enum(areaPurposes, {
  error: 'Mục đích khu không hợp lệ',
});

export const bedView = z.object({
  id: z.number(),
  code: z.string(),
  inService: z.boolean(),
  occupant: z.object({ stayId: z.number(), fullName: z.string() }).nullable(),
});

export const roomView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  designCapacity: z.number(),
  workingCapacity: z.number(),
  beds: z.array(bedView),
});

export const areaView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  purpose: areaPurpose,
  sex,
  rooms: z.array(roomView),
  counts: z.object({ design: z.number(), working: z.number(), beds: z.number(), occupied: z.number(), free: z.number() }),
});
export type AreaView = z.infer<typeof areaView>;

export const bedsMethods = {
  'beds.board': method({
    summary: 'Every area, room and bed with its occupant and the counts per area.',
    access: 'beds.read',
    kind: 'query',
    input: z.object({}),
    output: z.array(areaView),
  }),
  'beds.createArea': method({
    summary: 'Adds an area (khu) with its purpose and sex.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ code: text('Mã khu', 20), name: text('Tên khu', 100), purpose: areaPurpose, sex }),
    output: z.object({ id: z.number() }),
  }),
  'beds.createRoom': method({
    summary: 'Adds a room to an area with its capacities and numbered beds.',
    access: 'beds.manage',
    kind: 'command',
    input: z
      .object({
        areaId: id('Khu'),
        code: text('Mã phòng', 20),
        name: text('Tên phòng', 100),
        designCapacity: z.number({ error: 'Công suất thiết kế: bắt buộc' }).int().min(1, 'Công suất thiết kế: ít nhất 1').max(200, 'Công suất thiết kế: tối đa 200'),
        workingCapacity: z.number({ error: 'Công suất thực tế: bắt buộc' }).int().min(1, 'Công suất thực tế: ít nhất 1').max(200, 'Công suất thực tế: tối đa 200'),
        bedCount: z.number({ error: 'Số giường: bắt buộc' }).int().min(1, 'Số giường: ít nhất 1').max(200, 'Số giường: tối đa 200'),
      }),
    output: z.object({ id: z.number(), bedIds: z.array(z.number()) }),
  }),
};
