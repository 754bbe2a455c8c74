import { z } from 'zod';
import { ageGroups } from '../domain/age-groups';
import { method } from './define';
import { id, sex } from './fields';
import { correctionView, correctPersonInput, correctStayInput } from './residents-corrections';
import { residentProfile, stayKind, stayState } from './residents-profile';

export { residentProfile, stayKind, stayState, termClockView, type ResidentProfile } from './residents-profile';

export const ageGroup = z.enum(ageGroups, { error: 'Nhóm tuổi không hợp lệ' });

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

export const residentsListInput = z.object({
  query: z.string().trim().max(100, 'Từ khóa: tối đa 100 ký tự').optional(),
  scope: z.enum(['present', 'all']).default('present'),
  /** The area of the stay's current bed (only stays still in the facility have one). */
  areaId: id('Khu').optional(),
  kind: stayKind.optional(),
  sex: sex.optional(),
  /** Age today: under 18, 18–30, 31–45, over 45. */
  ageGroup: ageGroup.optional(),
  state: stayState.optional(),
  limit: z.number().int().min(1).max(5000).default(200),
  offset: z.number().int().min(0).default(0),
});
export type ResidentsListInput = z.input<typeof residentsListInput>;

export const residentsMethods = {
  'residents.list': method({
    summary:
      'Stays sorted by tên, họ, tên đệm in Vietnamese order. `query` matches any word of the name without accents, ' +
      'the citizen ID or the file number; `areaId`, `kind`, `sex`, `ageGroup` (age today) and `state` narrow it.',
    access: 'residents.read',
    kind: 'query',
    input: residentsListInput,
    output: z.object({ total: z.number(), rows: z.array(residentRow) }),
  }),
  'residents.get': method({
    summary:
      'A stay with its person (Mẫu 19), every other stay of the person, bed, term clock, due dates, documents, ' +
      'handover record and movements. Health data only for roles with `health.read`; others get `{ visible: false }`.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Lượt') }),
    output: residentProfile,
  }),
  'residents.photo': method({
    summary: "The person's photo as a data URL (null when none was taken).",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ personId: id('Người') }),
    output: z.object({ dataUrl: z.string().nullable() }),
  }),
  'residents.corrections': method({
    summary: 'Every correction of the person of a stay and of any of their stays, newest first, with the reason.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Lượt') }),
    output: z.array(correctionView),
  }),
  'persons.correct': method({
    summary:
      "Corrects a person's details (name, birth, citizen ID, residence, Mẫu 19 fields, family contacts) with a " +
      'reason; audited with the fields before and after. A citizen ID of another person is refused.',
    access: 'persons.correct',
    kind: 'command',
    input: correctPersonInput,
    output: z.object({ personId: z.number(), changed: z.array(z.string()) }),
  }),
  'stays.correct': method({
    summary:
      "Corrects the transcription of a stay's papers (court, decision number, issuer, contract number, payer, " +
      'priority group) with a reason; dates, kind, term and how the stay ended are not corrected here. Audited.',
    access: 'persons.correct',
    kind: 'command',
    input: correctStayInput,
    output: z.object({ stayId: z.number(), changed: z.array(z.string()) }),
  }),
};
