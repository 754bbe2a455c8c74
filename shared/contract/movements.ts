import { z } from 'zod';
import { movementTypes, stayStates } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { id, isoDate, optionalText, text } from './fields';

/**
 * What the duty officer records on a stay. Bed moves go through `beds.move` (placement rules); the admission
 * and the discharge have their own procedures; a correction is `movements.reverse`.
 */
export const recordableTypes = [
  'to_hospital',
  'from_hospital',
  'funeral_leave',
  'funeral_return',
  'to_court',
  'from_court',
  'escaped',
  'returned',
  'suspended',
  'suspension_return',
] as const;
export type RecordableType = (typeof recordableTypes)[number];

/** One shape for every type; which fields a type needs is checked by the service, field by field. */
export const recordInput = z.object({
  stayId: id('Học viên'),
  type: z.enum(recordableTypes, { error: 'Loại diễn biến: chọn một loại' }),
  occurredAt: z.iso.datetime({ offset: true, error: 'Thời điểm xảy ra: không hợp lệ' }),
  reason: optionalText('Lý do', 500),
  documentNumber: optionalText('Số quyết định', 100),
  documentDate: isoDate('Ngày quyết định').optional(),
  destination: optionalText('Nơi đến', 200),
  expectedReturnOn: isoDate('Ngày dự kiến trở về').optional(),
  /** Travel days granted on top of the funeral leave's legal maximum. */
  travelDays: z.number().int('Số ngày đi đường: số nguyên').min(0, 'Số ngày đi đường: không âm').max(30, 'Số ngày đi đường: tối đa 30').optional(),
});
export type RecordMovementInput = z.input<typeof recordInput>;

export const movementView = z.object({
  id: z.number(),
  type: z.enum(movementTypes),
  occurredAt: z.string(),
  occurredOn: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  reason: z.string().nullable(),
  destination: z.string().nullable(),
  expectedReturnOn: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  fromBed: z.string().nullable(),
  toBed: z.string().nullable(),
  /** On a reversal: the row it cancels. */
  reversesId: z.number().nullable(),
  /** On a cancelled row: the reversal that cancelled it. */
  reversedById: z.number().nullable(),
});
export type MovementView = z.infer<typeof movementView>;

export const movementsMethods = {
  'movements.record': method({
    summary:
      'Records a movement of a stay (hospital, funeral leave, court, escape, suspension and the returns) with the time it happened, which may be earlier than now: checked against the state machine at that moment and against every later movement; updates the stay state and release date.',
    access: 'movements.write',
    kind: 'command',
    input: recordInput,
    output: z.object({ movementId: z.number() }),
  }),
  'movements.reverse': method({
    summary:
      "Cancels the stay's latest movement with a reason: a 'reversal' movement pointing at it, never an edit; state, bed and release date are recomputed from the movements that remain.",
    access: 'movements.write',
    kind: 'command',
    input: z.object({ movementId: id('Diễn biến'), reason: text('Lý do hủy bỏ', 500) }),
    output: z.object({ movementId: z.number() }),
  }),
  'movements.list': method({
    summary:
      "A stay's movements as recorded (both times, who, documents, reversals beside what they cancel), its current state and what may be recorded next.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.object({
      state: z.enum(stayStates),
      /** What the state machine allows now; bed_move is done on the bed board. */
      allowed: z.array(z.enum(movementTypes)),
      /** The latest movement still in effect, the only one that may be reversed; null when only the admission remains. */
      reversibleId: z.number().nullable(),
      movements: z.array(movementView),
    }),
  }),
} satisfies Record<string, MethodDef>;
