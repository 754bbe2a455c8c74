import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerValueLabels } from '../../../shared/domain/import/register-columns';
import { foldText, readCitizenId, readDischargeReason, readKind, readName, readSex, readTerm } from '../../../shared/domain/import/cells';

const ok = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : 'problem');

describe('kinds of stay', () => {
  const adult = { birth: { date: '1990-01-01', year: 1990 }, admittedOn: '2024-03-15', adultAge: 18 };
  it('reads the words registers use', () => {
    for (const t of ['bắt buộc', 'BB', 'Cai nghiện bắt buộc', 'CAI NGHIEN BAT BUOC']) expect(ok(readKind(t, 'Hình thức', adult))).toBe('compulsory_adult');
    for (const t of ['tự nguyện', 'TN', 'Cai nghiện tự nguyện']) expect(ok(readKind(t, 'Hình thức', adult))).toBe('voluntary');
    for (const t of ['chờ quyết định', 'Quản lý tạm thời']) expect(ok(readKind(t, 'Hình thức', adult))).toBe('pending_decision');
    expect(ok(readKind('Xác định tình trạng nghiện', 'Hình thức', adult))).toBe('assessment');
    expect(readKind('Giáo dục', 'Hình thức', adult)).toEqual({ ok: false, code: 'unknown_kind', message: 'Hình thức "Giáo dục" không rõ' });
  });

  it('makes a compulsory stay a minor one when the person is under 18 on the admission date', () => {
    const facts = (date: string | null, year: number) => ({ birth: { date, year }, admittedOn: '2024-03-15', adultAge: 18 });
    expect(ok(readKind('bắt buộc', 'Hình thức', facts('2006-03-16', 2006)))).toBe('compulsory_minor'); // 18 tomorrow
    expect(ok(readKind('bắt buộc', 'Hình thức', facts('2006-03-15', 2006)))).toBe('compulsory_adult'); // 18 today
    // Only the year: born 31/12/2006 at the latest, so still 17 in March 2024.
    expect(ok(readKind('bắt buộc', 'Hình thức', facts(null, 2006)))).toBe('compulsory_minor');
    expect(ok(readKind('bắt buộc', 'Hình thức', facts(null, 2005)))).toBe('compulsory_adult');
  });

  it('splits by the adult age of the settings, not a fixed 18', () => {
    const born2008 = { birth: { date: '2008-01-01', year: 2008 }, admittedOn: '2024-03-15' };
    expect(ok(readKind('bắt buộc', 'Hình thức', { ...born2008, adultAge: 18 }))).toBe('compulsory_minor');
    expect(ok(readKind('bắt buộc', 'Hình thức', { ...born2008, adultAge: 16 }))).toBe('compulsory_adult');
  });
});

describe('sex', () => {
  it('reads Nam / Nữ in any case, and M / F', () => {
    for (const t of ['Nam', 'nam', 'NAM', 'M']) expect(ok(readSex(t, 'Giới tính'))).toBe('male');
    for (const t of ['Nữ', 'nữ', 'NU', 'F']) expect(ok(readSex(t, 'Giới tính'))).toBe('female');
    expect(readSex('x', 'Giới tính')).toMatchObject({ ok: false, code: 'unknown_sex' });
  });
});

describe('terms', () => {
  it('reads months and years', () => {
    expect(ok(readTerm('24', 'Thời hạn'))).toBe(24);
    expect(ok(readTerm(24, 'Thời hạn'))).toBe(24);
    expect(ok(readTerm('24 tháng', 'Thời hạn'))).toBe(24);
    expect(ok(readTerm('2 năm', 'Thời hạn'))).toBe(24);
    expect(ok(readTerm('1 năm 6 tháng', 'Thời hạn'))).toBe(18);
    expect(ok(readTerm('18.0', 'Thời hạn'))).toBe(18);
    expect(ok(readTerm(18.0, 'Thời hạn'))).toBe(18);
    for (const bad of ['18.5', 'hai năm', '0', '-3']) expect(readTerm(bad, 'Thời hạn')).toMatchObject({ ok: false, code: 'unreadable_term' });
  });
});

describe('names', () => {
  it('title-cases upper-case names and keeps the accents', () => {
    expect(readName('NGUYỄN VĂN AN')).toBe('Nguyễn Văn An');
    expect(readName('  trần   thị  ĐÀO ')).toBe('Trần Thị Đào');
    expect(readName(null)).toBe('');
  });

  const letter = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ');
  const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
  const messy = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(' ', '  ', '\t'), { minLength: 6, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
    .map(([ws, gaps, upper]) => ws.map((w, i) => (upper[i] ? w.toLocaleUpperCase('vi') : w) + (gaps[i] ?? ' ')).join(''));
  it('title-casing is idempotent and keeps the folded text', () => {
    fc.assert(
      fc.property(messy, (raw) => {
        const once = readName(raw);
        expect(readName(once)).toBe(once);
        expect(foldText(once)).toBe(foldText(raw));
      }),
    );
  });
});

describe('citizen ids', () => {
  it('accepts 12-digit CCCD and 9-digit CMND with spaces or dots', () => {
    expect(ok(readCitizenId('079 090 001 234', 'Số CCCD'))).toBe('079090001234');
    expect(ok(readCitizenId('023.456.789', 'Số CCCD'))).toBe('023456789');
    expect(ok(readCitizenId(null, 'Số CCCD'))).toBeNull();
  });

  it('gives back the leading zeros a number cell lost, with a warning', () => {
    expect(readCitizenId(79090001234, 'Số CCCD')).toEqual({
      ok: true,
      value: '079090001234',
      warning: { code: 'bad_citizen_id', message: 'Số CCCD 79090001234 mất các số 0 ở đầu (ô kiểu số)', action: 'Ghi là 079090001234' },
    });
    expect(readCitizenId(1090001234, 'Số CCCD')).toMatchObject({ value: '001090001234', warning: { action: 'Ghi là 001090001234' } });
    expect(readCitizenId(12345678, 'Số CMND')).toMatchObject({ value: '012345678' });
  });

  it('leaves any other id empty and imports the row, with a warning', () => {
    for (const bad of ['7909000123', '79090001234', '07909000123A', 7.9e15, 1234567]) {
      expect(readCitizenId(bad, 'Số CCCD')).toMatchObject({ ok: true, value: null, warning: { code: 'bad_citizen_id', action: 'Để trống số CCCD' } });
    }
  });
});

describe('discharge reasons', () => {
  it('reads the usual words', () => {
    const cases: [string, string][] = [
      ['Chấp hành xong', 'completed'],
      ['Giảm thời hạn', 'reduced'],
      ['Miễn chấp hành', 'exempted'],
      ['Chết', 'died'],
      ['tử vong', 'died'],
      ['Chuyển cơ sở', 'transferred'],
    ];
    for (const [t, reason] of cases) expect(ok(readDischargeReason(t, 'Lý do ra', 'compulsory_adult')), t).toBe(reason);
    expect(ok(readDischargeReason('Chấp hành xong', 'Lý do ra', 'voluntary'))).toBe('voluntary_completed');
  });

  it('leaves an unknown reason or an escape empty rather than calling it a completion', () => {
    expect(readDischargeReason('Trốn', 'Lý do ra', 'compulsory_adult')).toMatchObject({ ok: true, value: null, warning: { code: 'unknown_discharge_reason' } });
    expect(readDischargeReason('Về nhà', 'Lý do ra', 'compulsory_adult')).toMatchObject({ ok: true, value: null, warning: { action: 'Để trống lý do ra' } });
  });
});

describe('the words the app itself exports', () => {
  it('reads every kind, sex and discharge reason label back as its code', () => {
    const minor = { birth: { date: '2010-01-01', year: 2010 }, admittedOn: '2024-03-15', adultAge: 18 };
    const adult = { birth: { date: '1990-01-01', year: 1990 }, admittedOn: '2024-03-15', adultAge: 18 };
    for (const [code, text] of Object.entries(registerValueLabels.kind)) {
      expect(ok(readKind(text, 'Hình thức', code === 'compulsory_minor' ? minor : adult)), text).toBe(code);
    }
    for (const [code, text] of Object.entries(registerValueLabels.sex)) expect(ok(readSex(text, 'Giới tính'))).toBe(code);
    for (const [code, text] of Object.entries(registerValueLabels.dischargeReason)) {
      const kind = code === 'voluntary_completed' || code === 'self_terminated' ? 'voluntary' : 'compulsory_adult';
      expect(ok(readDischargeReason(text, 'Lý do ra', kind)), text).toBe(code);
    }
  });
});
