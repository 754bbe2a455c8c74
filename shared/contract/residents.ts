import { z } from 'zod';
import { method } from './define';
import { movementTypes, stayKinds, stayStates } from '../domain/vocabulary';
import { id, sex } from './fields';

export const stayKind = z.enum(stayKinds);
export const stayState = z.enum(stayStates);

export const residentRow = z.object({
  stayId: z.number(),
  personId: z.number(),
  fileNumber: z.string(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  birthYear: z.number(),
  sex,
  citizenId: z.string().nullable(),
  kind: stayKind,
  state: stayState,
  admittedOn: z.string(),
  expectedRelease: z.string().nullable(),
  bedLabel: z.string().nullable(),
});
export type ResidentRow = z.infer<typeof residentRow>;

const adjustment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('held_deduction'), days: z.number() }),
  z.object({ kind: z.literal('escape'), days: z.number(), from: z.string(), to: z.string().nullable() }),
  z.object({ kind: z.literal('reduction'), days: z.number(), months: z.number(), decidedOn: z.string(), cause: z.string() }),
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

export const residentProfile = z.object({
  person: z.object({
    id: z.number(),
    fullName: z.string(),
    birthDate: z.string().nullable(),
    birthYear: z.number(),
    sex,
    citizenId: z.string().nullable(),
    citizenIdKind: z.enum(['cccd', 'cmnd']).nullable(),
    residence: z.object({ province: z.string().nullable(), commune: z.string().nullable(), address: z.string().nullable() }),
  }),
  stay: z.object({
    id: z.number(),
    fileNumber: z.string(),
    kind: stayKind,
    state: stayState,
    admittedOn: z.string(),
    termMonths: z.number().nullable(),
    isReadmission: z.boolean(),
    dischargedOn: z.string().nullable(),
    court: z
      .object({ court: z.string(), decisionNumber: z.string(), decisionDate: z.string(), termMonths: z.number() })
      .nullable(),
  }),
  bed: z.object({ id: z.number(), label: z.string() }).nullable(),
  clock: termClockView.nullable(),
  movements: z.array(
    z.object({ id: z.number(), type: z.enum(movementTypes), occurredAt: z.string(), recordedAt: z.string(), reason: z.string().nullable() }),
  ),
  otherStays: z.array(z.object({ stayId: z.number(), fileNumber: z.string(), admittedOn: z.string(), state: stayState })),
});
export type ResidentProfile = z.infer<typeof residentProfile>;

export const residentsMethods = {
  'residents.list': method({
    summary:
      'Stays sorted by tên, họ, tên đệm in Vietnamese order. `query` matches any word of the name without accents, ' +
      'the citizen ID or the file number.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({
      query: z.string().trim().max(100, 'Từ khóa: tối đa 100 ký tự').optional(),
      scope: z.enum(['present', 'all']).default('present'),
      limit: z.number().int().min(1).max(5000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ total: z.number(), rows: z.array(residentRow) }),
  }),
  'residents.get': method({
    summary: 'A stay with its person, bed, term clock and movements.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Lượt') }),
    output: residentProfile,
  }),
};
