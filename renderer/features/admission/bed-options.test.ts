import { describe, expect, it } from 'vitest';
import type { AreaView } from '../../../shared/contract/beds';
import { freeBedOptions } from './bed-options';

const counts = { design: 0, working: 0, beds: 0, occupied: 0, free: 0 };
const board: AreaView[] = [
  {
    id: 1,
    code: 'A',
    name: 'Khu nam',
    purpose: 'compulsory',
    sex: 'male',
    counts,
    rooms: [
      {
        id: 10,
        code: 'P01',
        name: 'Phòng 1',
        designCapacity: 3,
        workingCapacity: 3,
        beds: [
          { id: 100, code: 'G01', inService: true, occupant: { stayId: 5, fullName: 'Trần Văn An' } },
          { id: 101, code: 'G02', inService: true, occupant: null },
          { id: 102, code: 'G03', inService: false, occupant: null },
        ],
      },
      { id: 11, code: 'P02', name: 'Phòng 2', designCapacity: 1, workingCapacity: 1, beds: [{ id: 110, code: 'G01', inService: false, occupant: null }] },
    ],
  },
  {
    id: 2,
    code: 'B',
    name: 'Khu nữ',
    purpose: 'compulsory',
    sex: 'female',
    counts,
    rooms: [{ id: 20, code: 'P01', name: 'Phòng 1', designCapacity: 1, workingCapacity: 1, beds: [{ id: 200, code: 'G01', inService: true, occupant: null }] }],
  },
];

describe('freeBedOptions', () => {
  it('offers a man only free, in-service beds of men’s areas, grouped by area and room', () => {
    expect(freeBedOptions(board, 'male')).toEqual([{ group: 'A Khu nam · Phòng 1', items: [{ value: 101, label: 'A-P01-G02' }] }]);
  });

  it('keeps temporary, minors’, voluntary and discipline areas off the list of a compulsory adult', () => {
    const other = (['temporary', 'minors', 'voluntary', 'discipline'] as const).map((purpose, i) => ({
      ...board[0]!,
      id: 10 + i,
      code: purpose,
      purpose,
    }));
    expect(freeBedOptions(other, 'male')).toEqual([]);
    expect(freeBedOptions([{ ...board[0]!, purpose: 'infectious' }], 'male')).toHaveLength(1);
  });

  it('offers a woman the women’s area only', () => {
    expect(freeBedOptions(board, 'female')).toEqual([{ group: 'B Khu nữ · Phòng 1', items: [{ value: 200, label: 'B-P01-G01' }] }]);
  });
});
