import type { PersonCorrection } from '../../../../shared/contract/residents-corrections';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { required, requiredNumber } from '../../../components/form-values';

type Person = ResidentProfile['person'];
type Residence = Person['permanentResidence'];

const residenceValues = (r: Residence) => ({
  province: r.province ?? '',
  commune: r.commune ?? '',
  oldDistrict: r.oldDistrict ?? '',
  address: r.address ?? '',
});

/** The correction form starts from the record as it stands. */
export function personFormValues(p: Person) {
  return {
    birthUnknown: p.birthDate === null,
    reason: '',
    changes: {
      fullName: p.fullName,
      otherNames: p.otherNames ?? '',
      birthDate: p.birthDate,
      birthYear: p.birthYear as number | string,
      citizenId: p.citizenId ?? '',
      ethnicity: p.ethnicity ?? '',
      religion: p.religion ?? '',
      education: p.education ?? '',
      occupation: p.occupation ?? '',
      maritalStatus: p.maritalStatus,
      permanentResidence: residenceValues(p.permanentResidence),
      currentResidence: residenceValues(p.currentResidence),
      drugsUsed: p.drugsUsed ?? '',
      yearsOfUse: (p.yearsOfUse ?? '') as number | string,
      previousRehabCount: (p.previousRehabCount ?? '') as number | string,
    },
  };
}

export type PersonFormValues = ReturnType<typeof personFormValues>;

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
const textOrNull = (s: string) => (s.trim() === '' ? null : s);
const numberOrNull = (v: number | string) => (typeof v === 'number' ? v : null);
/** An empty required field is sent as absent so the back end names it ("…: bắt buộc"). */
const requiredText = (s: string) => required(s.trim());

/**
 * Only what the officer changed is sent: a field left as it was is not re-validated, so an old record with a
 * gap elsewhere (no current residence, say) can still have its name corrected.
 */
export function personChanges(initial: PersonFormValues, v: PersonFormValues): PersonCorrection {
  const a = initial.changes;
  const b = v.changes;
  const out: PersonCorrection = {};
  if (differs(a.fullName, b.fullName)) out.fullName = b.fullName;
  if (v.birthUnknown !== initial.birthUnknown || differs(a.birthDate, b.birthDate) || differs(a.birthYear, b.birthYear)) {
    if (v.birthUnknown) {
      out.birthDate = null;
      out.birthYear = requiredNumber(b.birthYear);
    } else {
      out.birthDate = required(b.birthDate);
    }
  }
  if (differs(a.citizenId, b.citizenId)) out.citizenId = requiredText(b.citizenId);
  for (const key of ['otherNames', 'ethnicity', 'religion', 'education', 'occupation', 'drugsUsed'] as const) {
    if (differs(a[key], b[key])) out[key] = textOrNull(b[key]);
  }
  if (differs(a.maritalStatus, b.maritalStatus)) out.maritalStatus = b.maritalStatus;
  for (const key of ['permanentResidence', 'currentResidence'] as const) {
    if (differs(a[key], b[key])) {
      const r = b[key];
      out[key] = { province: requiredText(r.province), commune: requiredText(r.commune), oldDistrict: textOrNull(r.oldDistrict), address: textOrNull(r.address) };
    }
  }
  for (const key of ['yearsOfUse', 'previousRehabCount'] as const) {
    if (differs(a[key], b[key])) out[key] = numberOrNull(b[key]);
  }
  return out;
}
