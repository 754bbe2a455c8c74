import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHeader, fieldSynonyms, foldText, headerSignature, proposeMapping } from '../../../shared/domain/import/headers';
import { importFields, type Cell, type ImportField, type SheetGrid } from '../../../shared/domain/import/types';

const data = (n: number): Cell[] => [n, `Nguyễn Văn ${n}`, '01/01/1990', 'Nam', { date: '2024-03-15' }];

describe('finding the header', () => {
  it('skips the title, the facility name and blank rows: the header is in row 5', () => {
    const grid: SheetGrid = {
      name: 'Sổ',
      rows: [
        ['SỞ CÔNG AN TỈNH X'],
        ['SỔ QUẢN LÝ NGƯỜI CAI NGHIỆN'],
        ['Năm 2024'],
        [],
        ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào'],
        data(1),
        data(2),
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 0, bottom: 1, right: 4 },
      ],
    };
    expect(detectHeader(grid)).toEqual({ headerTop: 4, dataStart: 5, headers: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào'] });
  });

  it('joins a merged two-row header and steps over the printed column numbers', () => {
    const grid: SheetGrid = {
      name: 'Sổ',
      rows: [
        ['SỔ QUẢN LÝ NGƯỜI CAI NGHIỆN'],
        [],
        ['STT', 'Họ và tên', 'Ngày tháng năm sinh', null, 'Quyết định', null, 'Ngày vào'],
        [null, null, 'Nam', 'Nữ', 'Số', 'Ngày', null],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        [1, 'NGUYỄN VĂN AN', '1990', null, '12/QĐ-TA', '01/03/2024', '15/03/2024'],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 6 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 3 },
        { top: 2, left: 4, bottom: 2, right: 5 },
        { top: 2, left: 6, bottom: 3, right: 6 },
      ],
    };
    const guess = detectHeader(grid);
    expect(guess).toEqual({
      headerTop: 2,
      dataStart: 5,
      headers: ['STT', 'Họ và tên', 'Ngày tháng năm sinh - Nam', 'Ngày tháng năm sinh - Nữ', 'Quyết định - Số', 'Quyết định - Ngày', 'Ngày vào'],
    });
    expect(proposeMapping(guess.headers)).toEqual(['seq', 'fullName', 'birthDate', 'birthDate', 'decisionNumber', 'decisionDate', 'admittedOn']);
  });

  it('takes the first header when it is repeated on every printed page', () => {
    const header: Cell[] = ['STT', 'Họ và tên', 'Ngày vào'];
    const rows = [header, ...Array.from({ length: 12 }, (_, i) => [i + 1, `Lê Văn ${i}`, '01/02/2024']), header];
    expect(detectHeader({ name: 's', rows, merges: [] }).headerTop).toBe(0);
  });

  it('falls back to the first row when nothing looks like a header', () => {
    expect(detectHeader({ name: 's', rows: [['a', 'b'], ['c', 'd']], merges: [] })).toEqual({ headerTop: 0, dataStart: 1, headers: ['a', 'b'] });
  });
});

describe('proposing a mapping', () => {
  it('matches header text with and without accents, in a column order nobody expects', () => {
    const headers = ['Ghi chú', 'Ngay ra', 'SO CMND/CCCD', 'Ho va ten', 'Thời hạn (tháng)', 'Ngày QĐ', 'Tên cột lạ', 'TAND', 'Nơi thường trú', 'Năm sinh', 'Hình thức'];
    expect(proposeMapping(headers)).toEqual(['note', 'dischargedOn', 'citizenId', 'fullName', 'termMonths', 'decisionDate', null, 'court', 'residence', 'birthYear', 'kind']);
  });

  it('gives a field to one column only, the best-matching one', () => {
    expect(proposeMapping(['Quê quán', 'Nơi cư trú', 'Họ tên', 'Họ và tên'])).toEqual([null, 'residence', null, 'fullName']);
    // "Ngày ra quyết định" is the decision date, not the discharge date.
    expect(proposeMapping(['Ngày ra quyết định', 'Ngày ra'])).toEqual(['decisionDate', 'dischargedOn']);
    expect(proposeMapping(['Hình thức', 'Hình thức ra'])).toEqual(['kind', 'dischargeReason']);
  });

  it('maps a Nam | Nữ pair of tick columns to the sex', () => {
    expect(proposeMapping(['Họ và tên', 'Giới tính - Nam', 'Giới tính - Nữ'])).toEqual(['fullName', 'sex', 'sex']);
    expect(proposeMapping(['Họ và tên', 'Nam', 'Nữ'])).toEqual(['fullName', 'sex', 'sex']);
  });

  it('keys a remembered mapping on the folded headers', () => {
    expect(headerSignature(['Họ và tên', 'NGÀY VÀO', '', ''])).toBe(headerSignature(['ho va ten', 'Ngay vao']));
    expect(headerSignature(['Họ và tên', 'Ngày vào'])).not.toBe(headerSignature(['Ngày vào', 'Họ và tên']));
  });

  const headerOf = (field: ImportField, pick: number, upper: boolean, plain: boolean) => {
    const syn = fieldSynonyms[field];
    const text = syn[pick % syn.length] ?? '';
    const written = plain ? foldText(text) : text;
    return upper ? written.toUpperCase() : written;
  };
  it('proposes each column its field whatever the order of the columns (property)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...importFields], { minLength: 1 }),
        fc.array(fc.tuple(fc.nat(20), fc.boolean(), fc.boolean()), { minLength: importFields.length, maxLength: importFields.length }),
        (fields, looks) => {
          const headers = fields.map((f, i) => headerOf(f, ...(looks[i] ?? [0, false, false])));
          expect(proposeMapping(headers)).toEqual(fields);
        },
      ),
    );
  });
});
