import { describe, expect, it } from 'vitest';
import { placementRefusals, type BedForPlacement } from '../../../shared/domain/placement';

const freeBed: BedForPlacement = { inService: true, occupiedByStayId: null, areaSex: 'male', areaPurpose: 'compulsory' };
const man = { sex: 'male', kind: 'compulsory_adult' } as const;

describe('placing a resident in a bed', () => {
  it('accepts a free bed in a compulsory men\'s area for a compulsory adult man', () => {
    expect(placementRefusals(freeBed, man)).toEqual([]);
  });

  it('refuses a bed out of service, a taken bed, the other sex\'s area, and an area of another purpose', () => {
    expect(placementRefusals({ ...freeBed, inService: false }, man)).toEqual(['out_of_service']);
    expect(placementRefusals({ ...freeBed, occupiedByStayId: 7 }, man)).toEqual(['occupied']);
    expect(placementRefusals({ ...freeBed, areaSex: 'female' }, man)).toEqual(['wrong_sex']);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'minors' }, man)).toEqual(['wrong_area']);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'voluntary' }, man)).toEqual(['wrong_area']);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'temporary' }, man)).toEqual(['wrong_area']);
  });

  it('keeps a minor out of the adults\' compulsory area', () => {
    expect(placementRefusals(freeBed, { sex: 'male', kind: 'compulsory_minor' })).toEqual(['wrong_area']);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'minors' }, { sex: 'male', kind: 'compulsory_minor' })).toEqual([]);
  });
});
