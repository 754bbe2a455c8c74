import { describe, expect, it } from 'vitest';
import { refuseFile, MAX_IMPORT_BYTES } from './file-check';
import { assignField, missingRequired } from './mapping';

describe('column mapping', () => {
  it('moves a field chosen for a second column off the first one, and says which', () => {
    const { mapping, cleared } = assignField(['seq', 'fullName', null, 'admittedOn'], 2, 'fullName');
    expect(mapping).toEqual(['seq', null, 'fullName', 'admittedOn']);
    expect(cleared).toBe(1);
  });

  it('ignoring a column clears only that column', () => {
    expect(assignField(['seq', 'fullName'], 1, null)).toEqual({ mapping: ['seq', null], cleared: null });
  });

  it('choosing the field a column already has changes nothing', () => {
    expect(assignField(['seq', 'fullName'], 1, 'fullName')).toEqual({ mapping: ['seq', 'fullName'], cleared: null });
  });

  it('names the required fields still unmapped', () => {
    expect(missingRequired(['fullName', 'sex', null])).toEqual(['admittedOn', 'kind']);
    expect(missingRequired(['kind', 'admittedOn', 'sex', 'fullName'])).toEqual([]);
  });
});

describe('file check before sending', () => {
  it('takes .xlsx and .csv in any case, up to 20 MB', () => {
    expect(refuseFile('So quan ly.XLSX', 1000)).toBeNull();
    expect(refuseFile('so.csv', MAX_IMPORT_BYTES)).toBeNull();
    expect(refuseFile('so.xlsx', MAX_IMPORT_BYTES + 1)).toBe('size');
  });

  it('refuses other types (an old .xls, a PDF) and an empty file', () => {
    expect(refuseFile('so.xls', 1000)).toBe('type');
    expect(refuseFile('so.xlsx.pdf', 1000)).toBe('type');
    expect(refuseFile('so.csv', 0)).toBe('empty');
  });
});
