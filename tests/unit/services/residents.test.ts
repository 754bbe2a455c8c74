import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVietnameseNames } from '../../../shared/domain/names';
import { openRegister, type Register } from './residents-fixture';

let r: Register;
let token: string;
const people = [
  ['Nguyễn Văn Hùng', '079090000001'],
  ['Trần Văn Hưng', '079090000002'],
  ['Lê Đức Anh', '079090000003'],
  ['Phạm Văn Đạt', '079090000004'],
  ['Nguyễn Văn Dũng', '079090000005'],
  ['Bùi Thế An', '079090000006'],
] as const;

beforeAll(() => {
  r = openRegister();
  token = r.tokens.officer;
  people.forEach(([fullName, citizenId], i) => {
    const personId = r.person({ fullName, birthDate: '1990-05-01', sex: 'male', citizenId });
    r.stay({ personId, fileNumber: `2026/000${i + 1}`, kind: 'compulsory_adult', state: 'present', admittedOn: '2026-11-10' });
  });
});
afterAll(() => r.t.close());

const names = (input: object) => r.t.ok('residents.list', input, token).rows.map((x) => x.fullName);

describe('resident list', () => {
  it('lists by tên, then họ and tên đệm, in Vietnamese order', () => {
    const listed = names({});
    expect(listed).toEqual([...listed].sort(compareVietnameseNames));
    expect(listed).toEqual(['Bùi Thế An', 'Lê Đức Anh', 'Nguyễn Văn Dũng', 'Phạm Văn Đạt', 'Nguyễn Văn Hùng', 'Trần Văn Hưng']);
  });

  it('finds "Nguyễn Văn Hùng" typed without accents, whole or in part', () => {
    expect(names({ query: 'nguyen van hung' })).toEqual(['Nguyễn Văn Hùng']);
    expect(names({ query: 'hung' })).toEqual(['Nguyễn Văn Hùng', 'Trần Văn Hưng']);
    expect(names({ query: 'NGUYEN hu' })).toEqual(['Nguyễn Văn Hùng']);
    expect(names({ query: 'dat' })).toEqual(['Phạm Văn Đạt']);
  });

  it('finds by citizen ID and by file number', () => {
    expect(names({ query: '079090000003' })).toEqual(['Lê Đức Anh']);
    expect(names({ query: '2026/0004' })).toEqual(['Phạm Văn Đạt']);
  });

  it('treats search syntax as plain text and finds nothing rather than failing', () => {
    for (const query of ['"', 'hung*', 'a OR b', 'NEAR(', '[]', '%']) {
      expect(r.t.call('residents.list', { query }, token).ok).toBe(true);
    }
  });

  it('pages with a total', () => {
    const page = r.t.ok('residents.list', { limit: 2, offset: 2 }, token);
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn Dũng', 'Phạm Văn Đạt']);
  });
});
