import { z } from 'zod';
import { personDetailsView, residenceView } from './person-view';
import { stayKind } from './residents';

export const handoverItemKinds = ['document', 'belonging', 'valuable'] as const;

const dueDate = z.object({ date: z.string(), citation: z.string() }).nullable();
export const admissionDueDatesView = z.object({ visitsFrom: dueDate, communeNotice: dueDate, assessmentResult: dueDate });


/** What the admission record and the handover record (Mẫu 40) print. */
export const admissionRecord = z.object({
  stay: z.object({
    id: z.number(),
    fileNumber: z.string(),
    kind: stayKind,
    admittedOn: z.string(),
    termMonths: z.number().nullable(),
    heldDaysDeducted: z.number(),
    isReadmission: z.boolean(),
    expectedRelease: z.string().nullable(),
    bedLabel: z.string().nullable(),
    recordedBy: z.string().nullable(),
  }),
  person: personDetailsView.extend({
    residence: residenceView,
    photo: z.object({ mime: z.string(), base64: z.string() }).nullable(),
  }),
  basis: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('court'), court: z.string(), decisionNumber: z.string(), decisionDate: z.string(), termMonths: z.number() }),
      z.object({
        kind: z.literal('contract'),
        contractNumber: z.string(),
        signedOn: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        feeDong: z.number(),
        payer: z.string(),
        priorityGroup: z.string().nullable(),
      }),
      z.object({ kind: z.literal('management'), decisionNumber: z.string(), decisionDate: z.string(), issuer: z.string() }),
      z.object({ kind: z.literal('referral'), documentNumber: z.string().nullable(), documentDate: z.string().nullable(), description: z.string().nullable() }),
    ])
    .nullable(),
  handover: z
    .object({
      receivedOn: z.string(),
      handedOverBy: z.string(),
      healthOnArrival: z.string(),
      note: z.string().nullable(),
      recordedBy: z.string().nullable(),
      items: z.array(z.object({ kind: z.enum(handoverItemKinds), description: z.string(), quantity: z.number(), note: z.string().nullable() })),
    })
    .nullable(),
  dueDates: admissionDueDatesView,
});
export type AdmissionRecord = z.infer<typeof admissionRecord>;
