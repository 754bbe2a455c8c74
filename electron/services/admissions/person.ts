import type { persons } from '../../../db/schema';
import { foldForSearch, nameSortKey, normaliseFullName, splitName } from '../../../shared/domain/names';

interface PersonInput {
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  citizenId: string;
  residence: { province: string; commune: string; address?: string | undefined };
}

/** The stored form of a person: name parts, the folded name for search and the Vietnamese sort key. */
export function personValues(p: PersonInput): typeof persons.$inferInsert {
  const fullName = normaliseFullName(p.fullName);
  const parts = splitName(fullName);
  return {
    fullName,
    familyName: parts.family,
    middleName: parts.middle,
    givenName: parts.given,
    nameFolded: foldForSearch(fullName),
    nameSortKey: nameSortKey(fullName),
    birthDate: p.birthDate,
    birthYear: Number(p.birthDate.slice(0, 4)),
    sex: p.sex,
    citizenId: p.citizenId,
    citizenIdKind: p.citizenId.length === 12 ? 'cccd' : 'cmnd',
    permanentProvince: p.residence.province,
    permanentCommune: p.residence.commune,
    permanentAddress: p.residence.address ?? null,
  };
}
