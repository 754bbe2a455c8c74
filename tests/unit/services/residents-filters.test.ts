import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister, type Register } from './residents-fixture';

/** Today in these tests is 23/11/2026 (test-backend FIXED_NOW). */
let r: Register;
const stay: Record<string, number> = {};

beforeAll(() => {
  r = openRegister();
  const hung = r.person({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', sex: 'male', citizenId: '079090000001' });
  const lan = r.person({ fullName: 'Trần Thị Lan', birthDate: '2009-01-10', sex: 'female', citizenId: '079090000002' });
  const tam = r.person({ fullName: 'Lê Văn Tám', birthDate: null, birthYear: 1980, sex: 'male', citizenId: '079090000003' });
  const dat = r.person({ fullName: 'Phạm Văn Đạt', birthDate: '1975-02-02', sex: 'male', citizenId: '079090000004' });
  const an = r.person({ fullName: 'Bùi Thế An', birthDate: '2008-11-23', sex: 'male', citizenId: '079090000005' });
  const mai = r.person({ fullName: 'Đỗ Thị Mai', birthDate: '1995-11-24', sex: 'female', citizenId: '079090000006' });
  const [a1, a2, a3] = r.beds.A;
  const [b1, b2] = r.beds.B;
  stay.hungOld = r.stay({ personId: hung, fileNumber: '2020/0007', kind: 'compulsory_adult', state: 'discharged', admittedOn: '2020-01-10', dischargedOn: '2021-07-10' });
  stay.hung = r.stay({ personId: hung, fileNumber: '2026/0001', kind: 'compulsory_adult', state: 'present', admittedOn: '2026-03-01', bedId: a1 });
  stay.lan = r.stay({ personId: lan, fileNumber: '2026/0002', kind: 'compulsory_minor', state: 'present', admittedOn: '2026-05-01', bedId: b1 });
  stay.tam = r.stay({ personId: tam, fileNumber: '2026/0003', kind: 'voluntary', state: 'in_hospital', admittedOn: '2026-06-01', bedId: a2 });
  stay.dat = r.stay({ personId: dat, fileNumber: '2026/0004', kind: 'compulsory_adult', state: 'escaped', admittedOn: '2026-02-01', bedId: a3 });
  stay.an = r.stay({ personId: an, fileNumber: '2025/0100', kind: 'pending_decision', state: 'discharged', admittedOn: '2025-10-01', dischargedOn: '2025-10-20' });
  stay.mai = r.stay({ personId: mai, fileNumber: '2026/0005', kind: 'voluntary', state: 'present', admittedOn: '2026-09-01', bedId: b2 });
});
afterAll(() => r.t.close());

/** File numbers of the stays listed, in list order. */
const files = (input: object) => r.t.ok('residents.list', input, r.tokens.officer).rows.map((x) => x.fileNumber);
const sorted = (input: object) => files(input).sort();

describe('resident list filters', () => {
  it('lists the stays still in the facility by default, whatever their state inside it', () => {
    expect(sorted({})).toEqual(['2026/0001', '2026/0002', '2026/0003', '2026/0004', '2026/0005']);
    expect(r.t.ok('residents.list', { scope: 'all' }, r.tokens.officer).total).toBe(7);
  });

  it('narrows by the area of the current bed', () => {
    expect(sorted({ areaId: r.areas.A })).toEqual(['2026/0001', '2026/0003', '2026/0004']);
    expect(sorted({ areaId: r.areas.B, scope: 'all' })).toEqual(['2026/0002', '2026/0005']);
  });

  it('narrows by kind of stay and by sex', () => {
    expect(sorted({ kind: 'voluntary' })).toEqual(['2026/0003', '2026/0005']);
    expect(sorted({ kind: 'compulsory_adult', scope: 'all' })).toEqual(['2020/0007', '2026/0001', '2026/0004']);
    expect(sorted({ sex: 'female' })).toEqual(['2026/0002', '2026/0005']);
  });

  it('narrows by age today, birthdays counted on the day and a year-only birth from 31 December', () => {
    // Bùi Thế An turns 18 today; Đỗ Thị Mai turns 31 tomorrow; Lê Văn Tám (born 1980, day unknown) is 45.
    expect(sorted({ ageGroup: 'under18', scope: 'all' })).toEqual(['2026/0002']);
    expect(sorted({ ageGroup: '18to30', scope: 'all' })).toEqual(['2025/0100', '2026/0005']);
    expect(sorted({ ageGroup: '31to45', scope: 'all' })).toEqual(['2020/0007', '2026/0001', '2026/0003']);
    expect(sorted({ ageGroup: 'over45', scope: 'all' })).toEqual(['2026/0004']);
  });

  it('narrows by the state of the stay; a discharged state among present residents finds nothing', () => {
    expect(sorted({ state: 'escaped' })).toEqual(['2026/0004']);
    expect(sorted({ state: 'discharged', scope: 'all' })).toEqual(['2020/0007', '2025/0100']);
    expect(r.t.ok('residents.list', { state: 'discharged' }, r.tokens.officer)).toEqual({ total: 0, rows: [] });
  });

  it('combines filters with the search and keeps Vietnamese name order', () => {
    expect(files({ scope: 'all', sex: 'male', ageGroup: '31to45' })).toEqual(['2026/0001', '2020/0007', '2026/0003']);
    expect(files({ scope: 'all', query: 'hung', kind: 'compulsory_adult' })).toEqual(['2026/0001', '2020/0007']);
    expect(files({ query: 'hung', areaId: r.areas.B })).toEqual([]);
  });

  it('finds past stays by name, citizen ID or file number when searching all stays', () => {
    expect(files({ query: 'nguyen van hung' })).toEqual(['2026/0001']);
    expect(files({ scope: 'all', query: 'nguyen van hung' })).toEqual(['2026/0001', '2020/0007']);
    expect(files({ scope: 'all', query: '079090000005' })).toEqual(['2025/0100']);
    expect(files({ scope: 'all', query: '2020/00' })).toEqual(['2020/0007']);
  });

  it('counts the filtered total while paging', () => {
    const page = r.t.ok('residents.list', { scope: 'all', sex: 'male', limit: 2, offset: 1 }, r.tokens.officer);
    expect(page.total).toBe(5);
    expect(page.rows).toHaveLength(2);
  });

  it('refuses an unknown filter value with a Vietnamese message', () => {
    expect(r.t.call('residents.list', { ageGroup: 'elderly' }, r.tokens.officer)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'ageGroup', message: 'Nhóm tuổi không hợp lệ' },
    });
  });
});
