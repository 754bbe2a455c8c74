import { z } from 'zod';
import { method } from './define';
import { stayKinds, stayStates } from '../domain/vocabulary';
import { areaPurpose, bedAdminMethods } from './beds-admin';
import { id, isoDate, sex, text } from './fields';

export { areaPurpose };

export const bedView = z.object({
  id: z.number(),
  code: z.string(),
  inService: z.boolean(),
  outOfServiceReason: z.string().nullable(),
  outOfServiceSince: z.string().nullable(),
  occupant: z
    .object({
      stayId: z.number(),
      /** Null in privacy mode: only the initials leave the back end. */
      fullName: z.string().nullable(),
      initials: z.string(),
      state: z.enum(stayStates),
      /** Placed here by the head against a separation rule, with the reason recorded. */
      override: z.boolean(),
      overrideReason: z.string().nullable(),
    })
    .nullable(),
});
export type BedView = z.infer<typeof bedView>;

export const roomView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  floorAreaM2: z.number().nullable(),
  designCapacity: z.number(),
  workingCapacity: z.number(),
  separateRoom: z.boolean(),
  care24h: z.boolean(),
  occupied: z.number(),
  /** More residents than the working capacity: allowed, flagged and counted. */
  overCapacity: z.boolean(),
  beds: z.array(bedView),
});
export type RoomView = z.infer<typeof roomView>;

export const areaView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  purpose: areaPurpose,
  sex,
  rooms: z.array(roomView),
  counts: z.object({
    design: z.number(),
    working: z.number(),
    beds: z.number(),
    occupied: z.number(),
    /** Residents whose bed is here and who are in the facility now (not in hospital, on leave, at court, escaped). */
    present: z.number(),
    free: z.number(),
    outOfService: z.number(),
    /** Residents above the rooms' working capacity, summed over the rooms. */
    overCapacity: z.number(),
  }),
});
export type AreaView = z.infer<typeof areaView>;

const occurred = {
  occurredOn: isoDate('Ngày chuyển').optional(),
  occurredAt: z.iso.datetime({ offset: true, error: 'Thời điểm chuyển: không hợp lệ' }).optional(),
};

export const placementCandidate = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  kind: z.enum(stayKinds),
  sex,
  bedId: z.number().nullable(),
  bedLabel: z.string().nullable(),
});

const historyEntry = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  fromAt: z.string(),
  fromOn: z.string(),
  toAt: z.string().nullable(),
  toOn: z.string().nullable(),
  startType: z.enum(['admitted', 'bed_move']),
  endType: z.enum(['bed_move', 'discharged']).nullable(),
  override: z.boolean(),
  reason: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

export const bedsMethods = {
  'beds.board': method({
    summary:
      'Every area, room and bed with its occupant, override marks, over-capacity flags and the counts per area. With privacy on, occupants are sent as initials only.',
    access: 'beds.read',
    kind: 'query',
    input: z.object({ privacy: z.boolean().optional() }),
    output: z.array(areaView),
  }),
  'beds.move': method({
    summary:
      'Moves a present resident to another bed (or places one who has none): a bed_move movement with from, to, when, why and who, checked against the placement rules; the head may override a rule with a reason.',
    access: 'beds.move',
    kind: 'command',
    input: z.object({
      stayId: id('Học viên'),
      toBedId: id('Giường'),
      ...occurred,
      reason: text('Lý do', 500),
      override: z.boolean().optional(),
    }),
    output: z.object({ movementId: z.number(), override: z.boolean(), overCapacity: z.boolean(), bedLabel: z.string() }),
  }),
  'beds.candidates': method({
    summary: 'Residents who can be placed or moved: present stays, those without a bed first, searchable by name without accents or by file number.',
    access: 'beds.move',
    kind: 'query',
    input: z.object({ query: z.string().trim().max(100).optional(), limit: z.number().int().min(1).max(200).optional() }),
    output: z.array(placementCandidate),
  }),
  'beds.history': method({
    summary: "A bed's timeline from the movements, and who was in it on a given date.",
    access: 'beds.read',
    kind: 'query',
    input: z.object({ bedId: id('Giường'), on: isoDate('Ngày').optional() }),
    output: z.object({
      bed: z.object({ id: z.number(), label: z.string(), inService: z.boolean(), outOfServiceReason: z.string().nullable() }),
      timeline: z.array(historyEntry),
      on: z.string().nullable(),
      occupantsOn: z.array(historyEntry),
    }),
  }),
  'beds.norms': method({
    summary: 'The m² per person in force (ordinary and 24-hour-care rooms) with its citation, for the default working capacity.',
    access: 'beds.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({ standard: z.number(), care24h: z.number(), citation: z.string(), effectiveFrom: z.string() }),
  }),
  ...bedAdminMethods,
};
