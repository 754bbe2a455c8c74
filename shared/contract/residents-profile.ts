import { z } from 'zod';
import { movementTypes, stayKinds, stayStates } from '../domain/vocabulary';
import { sex } from './fields';
import { personDetailsView, residenceView } from './person-view';

/** The resident profile (`residents.get`): the person as Mẫu 19 records them, the stay, its papers and dates. */

export const stayKind = z.enum(stayKinds);
export const stayState = z.enum(stayStates);

const adjustment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('held_deduction'), days: z.number() }),
  z.object({ kind: z.literal('escape'), days: z.number(), from: z.string(), to: z.string().nullable() }),
  z.object({ kind: z.literal('reduction'), days: z.number(), months: z.number(), decidedOn: z.string(), cause: z.string() }),
  z.object({
    kind: z.literal('counted'),
    days: z.literal(0),
    cause: z.enum(['hospital', 'funeral_leave']),
    from: z.string(),
    to: z.string().nullable(),
    daysAway: z.number(),
  }),
]);

export const termClockView = z.object({
  nominalEnd: z.string(),
  releaseDate: z.string(),
  provisional: z.boolean(),
  termDays: z.number(),
  daysServed: z.number(),
  daysRemaining: z.number(),
  daysNotCounted: z.number(),
  halfTermDate: z.string(),
  noticeDueDate: z.string(),
  adjustments: z.array(adjustment),
});

export const personView = personDetailsView.extend({
  id: z.number(),
  /** Set when the body differs from the papers (a separate room, Luật 73/2021 Điều 35 k3). */
  physicalSex: sex.nullable(),
  permanentResidence: residenceView,
  hasPhoto: z.boolean(),
});

export const stayView = z.object({
  id: z.number(),
  fileNumber: z.string(),
  kind: stayKind,
  state: stayState,
  admittedOn: z.string(),
  termMonths: z.number().nullable(),
  heldDaysDeducted: z.number(),
  isReadmission: z.boolean(),
  expectedRelease: z.string().nullable(),
  dischargedOn: z.string().nullable(),
  dischargeReason: z.string().nullable(),
  court: z
    .object({ court: z.string(), decisionNumber: z.string(), decisionDate: z.string(), termMonths: z.number() })
    .nullable(),
  contract: z
    .object({
      contractNumber: z.string(),
      signedOn: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      feeDong: z.number(),
      payer: z.string(),
      priorityGroup: z.string().nullable(),
    })
    .nullable(),
  management: z.object({ decisionNumber: z.string(), decisionDate: z.string(), issuer: z.string() }).nullable(),
});

/** The handover record on arrival (Mẫu 40), without the health on arrival, which lives under `health`. */
export const handoverView = z.object({
  receivedOn: z.string(),
  handedOverBy: z.string(),
  note: z.string().nullable(),
  items: z.array(
    z.object({
      kind: z.enum(['document', 'belonging', 'valuable']),
      description: z.string(),
      quantity: z.number(),
      note: z.string().nullable(),
    }),
  ),
});

export const healthRecordView = z.object({
  recordedOn: z.string(),
  hiv: z.boolean().nullable(),
  tuberculosis: z.boolean().nullable(),
  hepatitis: z.boolean().nullable(),
  mentalDisorder: z.boolean().nullable(),
  infectiousGroupAB: z.boolean().nullable(),
  note: z.string().nullable(),
});

/**
 * Health data is confidential (NĐ 116 Điều 4): a role without 'health.read' gets `{ visible: false }` and not
 * one health value, so no screen or API client can show what the back end never sent.
 */
export const healthView = z.discriminatedUnion('visible', [
  z.object({ visible: z.literal(false) }),
  z.object({ visible: z.literal(true), onArrival: z.string().nullable(), records: z.array(healthRecordView) }),
]);

const dueDate = z.object({ date: z.string(), citation: z.string() }).nullable();

export const noticeView = z.object({
  kind: z.string(),
  recipient: z.string(),
  dueOn: z.string(),
  sentOn: z.string().nullable(),
  reference: z.string().nullable(),
});

export const residentProfile = z.object({
  person: personView,
  stay: stayView,
  bed: z.object({ id: z.number(), label: z.string() }).nullable(),
  clock: termClockView.nullable(),
  dueDates: z.object({
    /** First day relatives may visit (none in the first days); null for an assessment. */
    visitsFrom: dueDate,
    /** Last day for an addiction-status assessment's result; null for other kinds. */
    assessmentResult: dueDate,
  }),
  /** Notices the facility owes for this stay (the commune within working days of a voluntary admission …). */
  notices: z.array(noticeView),
  documents: z.array(z.object({ kind: z.string(), title: z.string(), receivedOn: z.string(), hasFile: z.boolean() })),
  handover: handoverView.nullable(),
  health: healthView,
  movements: z.array(
    z.object({ id: z.number(), type: z.enum(movementTypes), occurredAt: z.string(), recordedAt: z.string(), reason: z.string().nullable() }),
  ),
  /** The person's other stays, newest first; with `stay` they make the whole history. */
  otherStays: z.array(
    z.object({
      stayId: z.number(),
      fileNumber: z.string(),
      kind: stayKind,
      admittedOn: z.string(),
      dischargedOn: z.string().nullable(),
      state: stayState,
    }),
  ),
});
export type ResidentProfile = z.infer<typeof residentProfile>;
