import { z } from 'zod';
import { censusStatuses } from '../domain/census';
import { rollStatuses } from '../domain/roll-rules';
import { method } from './define';
import { id, isoDate, optionalText, text } from './fields';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ: không hợp lệ (hh:mm)');
const slot = z.string({ error: 'Buổi điểm danh: bắt buộc' }).trim().min(1, 'Buổi điểm danh: bắt buộc').max(40);

export const headcount = z.object({
  onBooks: z.number(),
  present: z.number(),
  inHospital: z.number(),
  onLeave: z.number(),
  atCourt: z.number(),
  escaped: z.number(),
  suspended: z.number(),
  overCapacity: z.number(),
});
export type Headcount = z.infer<typeof headcount>;

/** The movement that explains why a resident is not in the area (hospital, leave, court, escape…). */
const awayMovement = z.object({
  id: z.number(),
  type: z.string(),
  occurredAt: z.string(),
  reason: z.string().nullable(),
  destination: z.string().nullable(),
  documentNumber: z.string().nullable(),
});

export const censusRow = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  status: z.enum(censusStatuses),
  bedId: z.number().nullable(),
  bedLabel: z.string().nullable(),
  areaId: z.number().nullable(),
  movement: awayMovement,
});
export type CensusRowView = z.infer<typeof censusRow>;

const amendment = z.object({
  id: z.number(),
  fromStatus: z.enum(rollStatuses),
  toStatus: z.enum(rollStatuses),
  reason: z.string(),
  amendedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const rollEntryView = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  bedLabel: z.string().nullable(),
  /** What the movements say: in the area, or away by a known movement. */
  expected: z.enum(['present', 'away']),
  awayStatus: z.enum(censusStatuses).nullable(),
  movement: awayMovement.nullable(),
  /** As marked (saved roll) or the default (present, or away by the movement). */
  status: z.enum(rollStatuses),
  reason: z.string().nullable(),
  amendments: z.array(amendment),
});
export type RollEntryView = z.infer<typeof rollEntryView>;

const rollKey = { areaId: id('Khu'), date: isoDate('Ngày điểm danh'), slot };

const entryInput = z.object({
  stayId: id('Học viên'),
  status: z.enum(rollStatuses, { error: 'Trạng thái điểm danh: không hợp lệ' }),
  reason: optionalText('Lý do', 500),
  searchDecisionNumber: optionalText('Số quyết định truy tìm', 60),
  searchDecisionDate: isoDate('Ngày quyết định truy tìm').optional(),
});

export const rollMethods = {
  'roll.times': method({
    summary: "The day's roll times from settings ('roll.times'), earliest first.",
    access: 'beds.read',
    kind: 'query',
    input: z.object({}),
    output: z.array(z.object({ slot: z.string(), time: z.string() })),
  }),
  'roll.expected': method({
    summary:
      'The residents a roll of one area expects (bed in the area at the roll time, from movements), away ones with their movement; or the frozen roll with its amendments once saved.',
    access: 'beds.read',
    kind: 'query',
    // No area: the whole facility, read only (rolls are taken and saved per area).
    input: z.object({ ...rollKey, areaId: id('Khu').nullable() }),
    output: z.object({
      instant: z.string(),
      time: z.string(),
      roll: z
        .object({ id: z.number(), savedAt: z.string(), takenBy: z.string().nullable(), expectedCount: z.number(), presentCount: z.number() })
        .nullable(),
      entries: z.array(rollEntryView),
    }),
  }),
  'roll.save': method({
    summary:
      'Saves a roll once per area, day and roll time: every expected resident marked, every absence explained (known movement, new escape with the search decision, or a reason); escapes are recorded as movements.',
    access: 'roll.take',
    kind: 'command',
    input: z.object({ ...rollKey, entries: z.array(entryInput) }),
    output: z.object({ rollId: z.number(), expectedCount: z.number(), presentCount: z.number(), escapes: z.number() }),
  }),
  'roll.amend': method({
    summary: 'Amends one entry of a frozen roll (present ↔ absent) with a mandatory reason, kept beside the original.',
    access: 'roll.take',
    kind: 'command',
    input: z.object({
      rollId: id('Buổi điểm danh'),
      stayId: id('Học viên'),
      toStatus: z.enum(['present', 'absent'], { error: 'Đính chính: chỉ sửa thành có mặt hoặc vắng' }),
      reason: text('Lý do đính chính', 500),
    }),
    output: z.object({ id: z.number() }),
  }),
  'roll.headcount': method({
    summary:
      'Headcount per area and for the facility at a day and time (default: now): on the books, present, in hospital, on leave, at court, escaped, suspended, over capacity; and which rolls were taken that day.',
    access: 'beds.read',
    kind: 'query',
    input: z.object({ date: isoDate('Ngày'), time: timeOfDay.optional() }),
    output: z.object({
      instant: z.string(),
      facility: headcount,
      areas: z.array(z.object({ areaId: z.number(), code: z.string(), name: z.string(), counts: headcount, rollsTaken: z.array(z.string()) })),
    }),
  }),
  'census.asOf': method({
    summary: 'Census as of a day and time (default end of day): who was on the books, in which bed and under which status, from movements.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ date: isoDate('Ngày'), time: timeOfDay.optional(), areaId: id('Khu').optional() }),
    output: z.object({ instant: z.string(), rows: z.array(censusRow), headcount }),
  }),
};
