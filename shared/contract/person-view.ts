import { z } from 'zod';
import { sex } from './fields';

export const residenceView = z.object({
  province: z.string().nullable(),
  commune: z.string().nullable(),
  /** District name from before the 07/2025 reorganisation, kept as written on old papers. */
  oldDistrict: z.string().nullable(),
  address: z.string().nullable(),
});

export const familyContactView = z.object({
  name: z.string(),
  relation: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});

/** The person's details as Mẫu 19 asks for them, shared by the profile and the printed admission record. */
export const personDetailsView = z.object({
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
  currentResidence: residenceView,
  familyContacts: z.array(familyContactView),
  drugsUsed: z.string().nullable(),
  yearsOfUse: z.number().nullable(),
  previousRehabCount: z.number().nullable(),
});
