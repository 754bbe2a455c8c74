import { describe, expect, it } from 'vitest';
import { interpretRow, markDuplicatesInFile, findDuplicatesInFile, personKey } from '../../../shared/domain/import/rows';
import { rowContext } from './import-context';
import type { Cell, ColumnMapping, RowResult } from '../../../shared/domain/import/types';

const ctx = rowContext('2026-05-01');

const mapping: ColumnMapping = ['seq', 'fullName', 'birthDate', 'sex', 'citizenId', 'admittedOn', 'kind', 'termMonths', 'dischargedOn', 'dischargeReason', 'court'];
const row = (over: Partial<Record<string, Cell>> = {}): Cell[] =>
  mapping.map((f) => (f && f in over ? (over[f] ?? null) : (base[f ?? 'seq'] ?? null)));
const base: Record<string, Cell> = {
  seq: 1,
  fullName: 'NGUYỄN VĂN AN',
  birthDate: '15/03/1985',
  sex: 'Nam',
  citizenId: '079085001234',
  admittedOn: '15-3-2024',
  kind: 'Bắt buộc',
  termMonths: '24 tháng',
  dischargedOn: null,
  dischargeReason: null,
  court: 'TAND khu vực 1',
};
const read = (over: Partial<Record<string, Cell>> = {}, n = 7) => interpretRow(row(over), mapping, n, ctx);
const codes = (r: RowResult) => r.problems.map((p) => `${p.severity}:${p.code}@${p.column}`);

describe('reading a row', () => {
  it('reads a clean row into the stay it will create', () => {
    expect(read()).toEqual({
      rowNumber: 7,
      status: 'ok',
      problems: [],
      stay: {
        fullName: 'Nguyễn Văn An',
        birthDate: '1985-03-15',
        birthYear: 1985,
        sex: 'male',
        citizenId: '079085001234',
        residence: null,
        admittedOn: '2024-03-15',
        kind: 'compulsory_adult',
        fileNumber: null,
        decisionNumber: null,
        decisionDate: null,
        court: 'TAND khu vực 1',
        termMonths: 24,
        dischargedOn: null,
        dischargeReason: null,
        area: null,
        room: null,
        note: null,
      },
    });
  });

  it('names every problem of a row, not only the first, by column', () => {
    const r = read({ fullName: '', admittedOn: '31/02/2024', kind: 'không biết', termMonths: 'hai năm', citizenId: '12345' });
    expect(r.status).toBe('error');
    expect(r.stay).toBeNull();
    expect(codes(r)).toEqual(['error:missing_name@1', 'error:unreadable_date@5', 'error:unknown_kind@6', 'error:unreadable_term@7', 'warning:bad_citizen_id@4']);
    expect(r.problems.find((p) => p.code === 'unreadable_date')).toMatchObject({ message: 'Ngày vào "31/02/2024" không đọc được', action: 'Dòng này sẽ không được nhập', field: 'admittedOn' });
  });

  it('imports a row with only warnings, saying what it does instead', () => {
    const r = read({ birthDate: '30/02/1985', citizenId: 'chưa có' });
    expect(r.status).toBe('warning');
    expect(r.stay).toMatchObject({ birthDate: null, birthYear: 1985, citizenId: null });
    expect(r.problems.map((p) => p.action)).toEqual(['Chỉ ghi năm sinh 1985', 'Để trống số CCCD']);
  });

  it('checks dates against each other and against today', () => {
    expect(codes(read({ dischargedOn: '01/01/2024', dischargeReason: 'Chấp hành xong' }))).toEqual(['error:discharge_before_admission@8']);
    expect(codes(read({ birthDate: '16/03/2024' }))).toEqual(['error:birth_after_admission@2']);
    expect(codes(read({ birthDate: '2025' }))).toEqual(['error:birth_after_admission@2']);
    expect(codes(read({ admittedOn: '02/05/2026', termMonths: null }))).toEqual(['error:future_date@5']);
    expect(codes(read({ admittedOn: null }))).toEqual(['error:missing_admission_date@5']);
    expect(codes(read({ admittedOn: '2024' }))).toEqual(['error:unreadable_date@5']);
  });

  it('refuses a person younger than the minimum age of the settings, and is sure of it with only the birth year', () => {
    // Admitted 15/03/2024: born 16/03/2012 is one day short of 12.
    const young = read({ birthDate: '16/03/2012', termMonths: 12 });
    expect(codes(young)).toEqual(['error:under_minimum_age@2']);
    expect(young.problems[0]?.message).toBe('Người chưa đủ 12 tuổi ngày vào 15/03/2024 không thuộc diện tiếp nhận vào cơ sở (Luật 73/2021 Điều 3)');
    expect(codes(read({ birthDate: '15/03/2012', termMonths: 12 }))).toEqual([]);
    // Only the year 2012: possibly born on 1/1, so possibly 12 already; refused only when certainly younger.
    expect(codes(read({ birthDate: '2012', termMonths: 12 }))).toEqual([]);
    expect(codes(read({ birthDate: '2013', termMonths: 12 }))).toEqual(['error:under_minimum_age@2']);
    // A changed setting is followed: with a minimum of 14 a 13-year-old is refused.
    const older = interpretRow(row({ birthDate: '01/01/2011', termMonths: 12 }), mapping, 7, rowContext('2026-05-01', { minimum: 14 }));
    expect(codes(older)).toEqual(['error:under_minimum_age@2']);
  });

  it('reads the kind by the adult age of the settings', () => {
    const born = row({ birthDate: '01/01/2007', termMonths: 12 }); // 17 on 15/03/2024
    expect(interpretRow(born, mapping, 7, ctx).stay?.kind).toBe('compulsory_minor');
    expect(interpretRow(born, mapping, 7, rowContext('2026-05-01', { adult: 16 })).stay?.kind).toBe('compulsory_adult');
  });

  it('warns of a decision dated after the admission and imports it as the register says', () => {
    const withDecision: ColumnMapping = [...mapping, 'decisionDate'];
    const r = interpretRow([...row(), '20/03/2024'], withDecision, 7, ctx);
    expect(codes(r)).toEqual(['warning:decision_after_admission@11']);
    expect(r.problems[0]?.action).toBe('Nhập đúng như trong sổ; kiểm tra lại hồ sơ');
    expect(r.stay?.decisionDate).toBe('2024-03-20');
    expect(codes(interpretRow([...row(), '10/03/2024'], withDecision, 7, ctx))).toEqual([]);
  });

  it('says what it writes for a decision whose court, date or term cell is blank', () => {
    const withDecision: ColumnMapping = [...mapping, 'decisionNumber', 'decisionDate'];
    const r = interpretRow([...row({ court: null, termMonths: null }), '12/QĐ-TA', null], withDecision, 7, ctx);
    expect(codes(r)).toEqual(['warning:decision_incomplete@10', 'warning:decision_incomplete@12', 'warning:decision_incomplete@7']);
    expect(r.problems.map((p) => p.action)).toEqual([
      'Ghi tòa án là "Không ghi trong sổ"',
      'Lấy ngày vào làm ngày quyết định',
      'Để trống thời hạn: chưa tính được ngày dự kiến chấp hành xong, cần bổ sung',
    ]);
    expect(r.stay?.decisionNumber).toBe('12/QĐ-TA');
    // A column the file does not have is not named on every row (the mapping shows it unmapped).
    expect(codes(interpretRow([...row(), '12/QĐ-TA'], [...mapping, 'decisionNumber'], 7, ctx))).toEqual([]);
  });

  it('refuses a term outside the legal range of the kind, naming the range', () => {
    const r = read({ termMonths: 36 });
    expect(codes(r)).toEqual(['error:term_out_of_range@7']);
    expect(r.problems[0]?.message).toBe('Thời hạn 36 tháng ngoài khoảng 12–24 tháng của cai nghiện bắt buộc người thành niên');
    // A 17-year-old is a minor: 24 months is beyond his 6–12.
    expect(codes(read({ birthDate: '01/06/2006' }))).toEqual(['error:term_out_of_range@7']);
    expect(read({ birthDate: '01/06/2006', termMonths: 12 }).stay?.kind).toBe('compulsory_minor');
  });

  it('takes an empty kind as compulsory when the row has a court, and guesses the sex from Thị or Văn', () => {
    const r = read({ kind: null, sex: null, fullName: 'LÊ THỊ HOA', termMonths: 18 });
    expect(r.status).toBe('warning');
    expect(r.stay).toMatchObject({ kind: 'compulsory_adult', sex: 'female' });
    expect(r.problems.map((p) => p.action)).toEqual(['Ghi là nữ theo tên đệm "Thị"', 'Ghi là cai nghiện bắt buộc vì có quyết định của Tòa án']);
    expect(codes(read({ kind: null, court: null }))).toEqual(['error:unknown_kind@6']);
    expect(codes(read({ sex: null, fullName: 'Lê Minh' }))).toEqual(['error:unknown_sex@3']);
  });

  it('reads a discharged stay, and drops a reason that has no discharge date', () => {
    expect(read({ dischargedOn: '15/03/2026', dischargeReason: 'Chấp hành xong' }).stay).toMatchObject({ dischargedOn: '2026-03-15', dischargeReason: 'completed' });
    const r = read({ dischargeReason: 'Chấp hành xong' });
    expect(r.stay?.dischargeReason).toBeNull();
    expect(codes(r)).toEqual(['warning:unknown_discharge_reason@9']);
  });
});

describe('rows that are not people', () => {
  it('skips blank rows, pre-numbered empty lines, totals and repeated headers', () => {
    const skip = (cells: Cell[]) => interpretRow(cells, mapping, 3, ctx).skipReason ?? interpretRow(cells, mapping, 3, ctx).status;
    expect(skip([])).toBe('blank');
    expect(skip([null, '  ', null])).toBe('blank');
    expect(skip([12])).toBe('blank');
    expect(skip(['Cộng', null, null, null, null, null, 45])).toBe('subtotal');
    expect(skip([null, 'Tổng cộng', null, null, null, null, 45])).toBe('subtotal');
    expect(skip([null, 'Tổng số: 45 người'])).toBe('subtotal');
    expect(skip([null, null, null, 40, null, null, 5])).toBe('subtotal');
    expect(skip(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'])).toBe('repeated_header');
    expect(skip(['(1)', '(2)', '(3)', '(4)', '(5)'])).toBe('repeated_header');
    // A man named Tống is a person, and so is a row with a date but no name.
    expect(skip([1, 'TỐNG VĂN AN', '1985', 'Nam', null, '15/03/2024', 'BB', 12])).toBe('ok');
    expect(skip([1, null, null, null, null, 45366])).toBe('error');
  });
});

describe('the same person twice in the file', () => {
  const results = (over: Partial<Record<string, Cell>>[]) => over.map((o, i) => read(o, i + 2));
  it('is a re-admission when the admission dates differ, a duplicate row when they are the same', () => {
    const rs = results([{}, { admittedOn: '01/02/2022', dischargedOn: '01/02/2023', dischargeReason: 'Chấp hành xong' }, { fullName: 'Nguyen Van An', citizenId: null }]);
    expect([...findDuplicatesInFile(rs)]).toEqual([[4, 2]]);
    const marked = markDuplicatesInFile(rs);
    expect(marked.map((r) => r.status)).toEqual(['ok', 'ok', 'error']);
    expect(marked[2]?.problems.at(-1)).toMatchObject({ code: 'duplicate_in_file', message: 'Trùng dòng 2: cùng người, cùng ngày vào 15/03/2024' });
  });

  it('keeps apart two people with the same name, birth year and sex but different citizen ids', () => {
    expect(findDuplicatesInFile(results([{}, { citizenId: '079085009999' }])).size).toBe(0);
    expect(findDuplicatesInFile(results([{ citizenId: null }, { citizenId: null }])).size).toBe(1);
  });

  it('matches people by citizen id, else by folded name, birth year and sex', () => {
    const a = read().stay;
    const b = read({ citizenId: null, fullName: 'nguyen van an' }).stay;
    expect(a && personKey(a)).toBe('cccd:079085001234');
    expect(b && personKey(b)).toBe('name:nguyen van an|1985|male');
  });
});
