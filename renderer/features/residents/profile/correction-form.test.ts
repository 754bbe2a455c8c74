import { describe, expect, it } from 'vitest';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { personChanges, personFormValues } from './correction-form';

const person: ResidentProfile['person'] = {
  id: 1,
  fullName: 'Nguyễn Văn Hùng',
  otherNames: null,
  birthDate: '1990-05-01',
  birthYear: 1990,
  sex: 'male',
  physicalSex: null,
  citizenId: '079090000001',
  citizenIdKind: 'cccd',
  ethnicity: 'Kinh',
  religion: null,
  education: '9/12',
  occupation: null,
  maritalStatus: 'Độc thân',
  // An old record: no current residence was written down.
  permanentResidence: { province: 'Tỉnh Đồng Nai', commune: 'Xã Xuân Tâm', oldDistrict: null, address: null },
  currentResidence: { province: null, commune: null, oldDistrict: null, address: null },
  drugsUsed: null,
  yearsOfUse: 3,
  previousRehabCount: null,
  hasPhoto: false,
  familyContacts: [],
};

describe('what a person correction sends', () => {
  const initial = personFormValues(person);
  const edit = (f: (v: typeof initial) => void) => {
    const v = structuredClone(initial);
    f(v);
    return personChanges(initial, v);
  };

  it('sends only the fields the officer changed, so a gap elsewhere does not block the correction', () => {
    expect(edit((v) => (v.changes.fullName = 'Nguyễn Văn Hưng'))).toEqual({ fullName: 'Nguyễn Văn Hưng' });
    expect(edit(() => {})).toEqual({});
  });

  it('clears a text emptied by the officer and a number removed', () => {
    expect(edit((v) => ((v.changes.ethnicity = '  '), (v.changes.yearsOfUse = '')))).toEqual({ ethnicity: null, yearsOfUse: null });
  });

  it('sends the year alone when the birth date is marked unknown', () => {
    expect(edit((v) => ((v.birthUnknown = true), (v.changes.birthYear = 1991)))).toEqual({ birthDate: null, birthYear: 1991 });
    expect(edit((v) => (v.changes.birthDate = '1990-06-01'))).toEqual({ birthDate: '1990-06-01' });
  });

  it('sends a whole residence when one part changed, an empty required part as absent for the back end to name', () => {
    expect(edit((v) => (v.changes.currentResidence.commune = 'Phường Long Khánh'))).toEqual({
      currentResidence: { province: undefined, commune: 'Phường Long Khánh', oldDistrict: null, address: null },
    });
  });
});
