import { z } from 'zod';
import { areaPurposes } from '../domain/vocabulary';
import { method } from './define';
import { id, isoDate, sex, text } from './fields';

/** The administrator's side of beds: areas, rooms and beds, and beds out of service. Every change is audited. */

export const areaPurpose = z.enum(areaPurposes, {
  error: 'Mục đích khu không hợp lệ',
});

const capacity = (label: string) =>
  z.number({ error: `${label}: bắt buộc` }).int(`${label}: số nguyên`).min(1, `${label}: ít nhất 1`).max(200, `${label}: tối đa 200`);

const areaFields = { code: text('Mã khu', 20), name: text('Tên khu', 100), purpose: areaPurpose, sex };

const roomFields = {
  code: text('Mã phòng', 20),
  name: text('Tên phòng', 100),
  floorAreaM2: z
    .number({ error: 'Diện tích: phải là số' })
    .positive('Diện tích: phải lớn hơn 0')
    .max(2000, 'Diện tích: tối đa 2.000 m²')
    .nullable()
    .optional(),
  designCapacity: capacity('Công suất thiết kế'),
  /** Left out, it is the floor area divided by the m² norm in force ('room.m2_per_person'). */
  workingCapacity: capacity('Công suất thực tế').optional(),
  separateRoom: z.boolean().optional(),
  care24h: z.boolean().optional(),
};

const done = z.object({ ok: z.literal(true) });

export const bedAdminMethods = {
  'beds.createArea': method({
    summary: 'Adds an area (khu) with its purpose and sex.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object(areaFields),
    output: z.object({ id: z.number() }),
  }),
  'beds.updateArea': method({
    summary: "Changes an area's code, name, purpose or sex; purpose and sex only while nobody lives in it.",
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ areaId: id('Khu'), ...areaFields }),
    output: done,
  }),
  'beds.deleteArea': method({
    summary: 'Deletes an area with its rooms and beds, only when no bed in it has ever been used.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ areaId: id('Khu') }),
    output: done,
  }),
  'beds.createRoom': method({
    summary:
      'Adds a room to an area with its floor area, capacities (working capacity from the m² norm unless given), separate-room and 24-hour-care flags, and numbered beds.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({
      areaId: id('Khu'),
      ...roomFields,
      bedCount: z.number({ error: 'Số giường: bắt buộc' }).int().min(1, 'Số giường: ít nhất 1').max(200, 'Số giường: tối đa 200'),
    }),
    output: z.object({ id: z.number(), bedIds: z.array(z.number()), workingCapacity: z.number() }),
  }),
  'beds.updateRoom': method({
    summary: "Changes a room's code, name, floor area, capacities and flags; the separate-room flag only while it is empty.",
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ roomId: id('Phòng'), ...roomFields }),
    output: z.object({ workingCapacity: z.number() }),
  }),
  'beds.deleteRoom': method({
    summary: 'Deletes a room with its beds, only when none has ever been used.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ roomId: id('Phòng') }),
    output: done,
  }),
  'beds.addBeds': method({
    summary: 'Adds beds to a room, numbered after the last one.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({
      roomId: id('Phòng'),
      count: z.number({ error: 'Số giường thêm: bắt buộc' }).int().min(1, 'Số giường thêm: ít nhất 1').max(100, 'Số giường thêm: tối đa 100'),
    }),
    output: z.object({ bedIds: z.array(z.number()) }),
  }),
  'beds.deleteBed': method({
    summary: 'Deletes a bed that has never been used; a used bed is taken out of service instead.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ bedId: id('Giường') }),
    output: done,
  }),
  'beds.setOutOfService': method({
    summary: 'Takes an empty bed out of service with the reason and the date.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ bedId: id('Giường'), reason: text('Lý do', 300), since: isoDate('Từ ngày') }),
    output: done,
  }),
  'beds.setInService': method({
    summary: 'Puts a bed back in service from a date.',
    access: 'beds.manage',
    kind: 'command',
    input: z.object({ bedId: id('Giường'), on: isoDate('Từ ngày') }),
    output: done,
  }),
};
