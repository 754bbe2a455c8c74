import { describe, expect, it } from 'vitest';
import { placementRefusal, type BedForPlacement } from '../../../shared/domain/placement';

const freeBed: BedForPlacement = { inService: true, occupiedByStayId: null, areaSex: 'male', areaPurpose: 'compulsory' };
const man = { sex: 'male', kind: 'compulsory_adult' } as const;

describe('placing a resident in a bed', () => {
  it('accepts a free bed in a compulsory men\'s area for a compulsory adult man', () => {
    expect(placementRefusal(freeBed, man)).toBeNull();
  });

  it('refuses a bed out of service, a taken bed, the other sex\'s area, and an area of another purpose', () => {
    expect(placementRefusal({ ...freeBed, inService: false }, man)).toBe('out_of_service');
    expect(placementRefusal({ ...freeBed, occupiedByStayId: 7 }, man)).toBe('occupied');
    expect(placementRefusal({ ...freeBed, areaSex: 'female' }, man)).toBe('wrong_sex');
    expect(placementRefusal({ ...freeBed, areaPurpose: 'minors' }, man)).toBe('wrong_area');
    expect(placementRefusal({ ...freeBed, areaPurpose: 'voluntary' }, man)).toBe('wrong_area');
    expect(placementRefusal({ ...freeBed, areaPurpose: 'temporary' }, man)).toBe('wrong_area');
  });

  it('keeps a minor out of the adults\' compulsory area', () => {
    expect(placementRefusal(freeBed, { sex: 'male', kind: 'compulsory_minor' })).toBe('wrong_area');
    expect(placementRefusal({ ...freeBed, areaPurpose: 'minors' }, { sex: 'male', kind: 'compulsory_minor' })).toBeNull();
  });
});
