import { z } from 'zod';
import { sex } from './fields';
import { stayKind } from './residents';

export const handoverItemKinds = ['document', 'belonging', 'valuable'] as const;

const dueDate = z.object({ date: z.string(), citation: z.string() }).nullable();
export const admissionDueDatesView = z.object({ visitsFrom: dueDate, communeNotice: dueDate, assessmentResult: dueDate });

const residenceView = z.object({
  province: z.string().nullable(),
  commune: z.string().nullable(),
  oldDistrict: z.string().nullable(),
  address: z.string().nullable(),
});

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
  person: z.object({
    fullName: z.string(),
    otherNames: z.string().nullable(),
    birthDate: z.string().nullable(),
    birthYear: z.number(),
    sex,
    citizenId: z.string().nullable(),
    citizenIdKind: z.enum(['cccd', 'cmnd']).nullable(),
    ethnicity: z.string().nullable(),
    religion: z.string().nullable(),
    education: z.string().nullable(),
    occupation: z.string().nullable(),
    maritalStatus: z.string().nullable(),
    residence: residenceView,
    currentResidence: residenceView,
    familyContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string().nullable(), address: z.string().nullable() })),
    drugsUsed: z.string().nullable(),
    yearsOfUse: z.number().nullable(),
    previousRehabCount: z.number().nullable(),
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
