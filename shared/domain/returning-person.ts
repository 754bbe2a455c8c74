import { foldForSearch } from './names';

/**
 * Finding a person already in the register before a new one is created (a returning resident): the same citizen
 * ID, or the same name folded without accents with the same date of birth, or the same birth year when either
 * side knows only the year. Two different full dates of birth mean two people, whatever the name.
 */
export interface KnownPerson {
  citizenId: string | null;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
}

export interface ReturningProbe {
  citizenId?: string | undefined;
  fullName?: string | undefined;
  birthDate?: string | undefined;
  birthYear?: number | undefined;
}

export type MatchReason = 'citizen_id' | 'name_birth_date' | 'name_birth_year';

/** A citizen ID worth looking up: a whole CCCD (12 digits) or old CMND (9 digits). */
export function isCompleteCitizenId(id: string | undefined | null): id is string {
  return typeof id === 'string' && /^(\d{9}|\d{12})$/.test(id.trim());
}

function probeYear(p: ReturningProbe): number | undefined {
  return p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.birthYear;
}

/** Whether the probe says enough to look anyone up: a whole citizen ID, or a name with a birth date or year. */
export function isSearchable(p: ReturningProbe): boolean {
  return isCompleteCitizenId(p.citizenId) || (foldForSearch(p.fullName ?? '') !== '' && probeYear(p) !== undefined);
}

/** Why a registered person may be the one being admitted; empty when they are not. */
export function matchReasons(p: ReturningProbe, person: KnownPerson): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (isCompleteCitizenId(p.citizenId) && person.citizenId !== null && p.citizenId.trim() === person.citizenId) {
    reasons.push('citizen_id');
  }
  const name = foldForSearch(p.fullName ?? '');
  if (name !== '' && name === foldForSearch(person.fullName)) {
    if (p.birthDate && person.birthDate) {
      if (p.birthDate === person.birthDate) reasons.push('name_birth_date');
    } else if (probeYear(p) === person.birthYear) {
      reasons.push('name_birth_year');
    }
  }
  return reasons;
}
