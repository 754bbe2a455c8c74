import type { familyContacts, persons } from '../../../db/schema';

type PersonRow = typeof persons.$inferSelect;
type ContactRow = typeof familyContacts.$inferSelect;

/**
 * The fields a correction may change, grouped the way the contract names them (residences as objects); a
 * correction compares these before and after.
 */
export function correctableDetails(p: PersonRow) {
  return {
    fullName: p.fullName,
    otherNames: p.otherNames,
    birthDate: p.birthDate,
    birthYear: p.birthYear,
    citizenId: p.citizenId,
    citizenIdKind: p.citizenIdKind,
    ethnicity: p.ethnicity,
    religion: p.religion,
    education: p.education,
    occupation: p.occupation,
    maritalStatus: p.maritalStatus,
    permanentResidence: {
      province: p.permanentProvince,
      commune: p.permanentCommune,
      oldDistrict: p.permanentOldDistrict,
      address: p.permanentAddress,
    },
    currentResidence: {
      province: p.currentProvince,
      commune: p.currentCommune,
      oldDistrict: p.currentOldDistrict,
      address: p.currentAddress,
    },
    drugsUsed: p.drugsUsed,
    yearsOfUse: p.yearsOfUse,
    previousRehabCount: p.previousRehabCount,
  };
}

export type CorrectableDetails = ReturnType<typeof correctableDetails>;

/** The person as the profile shows them (Mẫu 19), with their family contacts. */
export function personDetails(p: PersonRow, contacts: ContactRow[]) {
  return {
    id: p.id,
    sex: p.sex,
    physicalSex: p.physicalSex,
    ...correctableDetails(p),
    familyContacts: contacts.map((c) => ({ name: c.name, relation: c.relation, phone: c.phone, address: c.address })),
  };
}
