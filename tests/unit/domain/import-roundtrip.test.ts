import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretRow } from '../../../shared/domain/import/rows';
import { rowContext } from './import-context';
import { importFields, type Cell, type ImportedStay, type ImportField } from '../../../shared/domain/import/types';
import type { DischargeReason, StayKind } from '../../../shared/domain/vocabulary';

const today = '2026-05-01';
const ctx = rowContext(today);

const iso = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const words = ['Nguyễn', 'Trần', 'Lê', 'Tống', 'Đặng', 'Văn', 'Thị', 'Minh', 'Hùng', 'Đức', 'Ánh', 'Hoa', 'Quốc', 'Yến', 'Ưng'];
const texts = (...v: string[]) => opt(fc.constantFrom(...v));

/** The `age`th birthday has come by `on`: on 31/12 of the year when only the year is known, or on 1/1 (`earliest`). */
function turned(age: number, birth: { date: string | null; year: number }, on: string, earliest = false): boolean {
  const md = birth.date ? birth.date.slice(5) : earliest ? '01-01' : '12-31';
  return `${birth.year + age}-${md}` <= on;
}

const reasons: [string, DischargeReason][] = [
  ['Chấp hành xong', 'completed'],
  ['Giảm thời hạn', 'reduced'],
  ['Miễn chấp hành', 'exempted'],
  ['Tử vong', 'died'],
  ['Chuyển cơ sở', 'transferred'],
];
const kindTexts: Record<'compulsory' | 'voluntary' | 'pending_decision' | 'assessment', string[]> = {
  compulsory: ['Bắt buộc', 'BB', 'cai nghiện bắt buộc', 'BẮT BUỘC'],
  voluntary: ['Tự nguyện', 'TN', 'tu nguyen'],
  pending_decision: ['Chờ quyết định', 'quản lý tạm thời'],
  assessment: ['Xác định tình trạng nghiện'],
};

interface Written {
  stay: ImportedStay;
  kindText: string;
  reasonText: string | null;
}

const stayArb: fc.Arbitrary<Written> = fc
  .record({
    name: fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }),
    sex: fc.constantFrom('male' as const, 'female' as const),
    birth: iso('1950-01-01', '2012-12-31'),
    yearOnly: fc.boolean(),
    admitted: iso('2000-01-01', '2026-04-30'),
    kind: fc.constantFrom(...(Object.keys(kindTexts) as (keyof typeof kindTexts)[])),
    kindPick: fc.nat(3),
    term: fc.double({ min: 0, max: 1, noNaN: true }),
    discharge: opt(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(reasons.length - 1))),
    citizenId: opt(fc.stringMatching(/^0(0[1-9]|[1-8]\d|9[0-6])\d{9}$/)),
    decisionDate: opt(iso('1990-01-01', '2026-04-30')),
    residence: texts('Xã Tân Phú, tỉnh Đồng Nai', 'Phường 3, TP. Hồ Chí Minh'),
    fileNumber: texts('HS-2024-001', '123'),
    decisionNumber: texts('12/QĐ-TA', '345/2024/QĐ-TAND'),
    court: texts('TAND khu vực 1 - Đồng Nai', 'Tòa án nhân dân huyện X'),
    area: texts('Khu A', 'Khu nữ'),
    room: texts('Phòng 3', 'B2'),
    note: texts('Tái nghiện', 'Có con nhỏ'),
  })
  .filter((r) => turned(12, { date: r.yearOnly ? null : r.birth, year: Number(r.birth.slice(0, 4)) }, r.admitted, true))
  .map((r) => {
    const birth = { date: r.yearOnly ? null : r.birth, year: Number(r.birth.slice(0, 4)) };
    const kind: StayKind = r.kind === 'compulsory' ? (turned(18, birth, r.admitted) ? 'compulsory_adult' : 'compulsory_minor') : r.kind;
    const range = ctx.termRange(kind, r.admitted);
    const termMonths = range ? range.min + Math.floor(r.term * (range.max - range.min + 1 - 1e-9)) : null;
    const days = (Date.parse(today) - Date.parse(r.admitted)) / 86_400_000;
    const dischargedOn = r.discharge ? new Date(Date.parse(r.admitted) + Math.floor(r.discharge[0] * days) * 86_400_000).toISOString().slice(0, 10) : null;
    const [reasonText, reason] = r.discharge ? (reasons[r.discharge[1]] ?? reasons[0]!) : [null, null];
    const dischargeReason = reason === 'completed' && kind === 'voluntary' ? 'voluntary_completed' : reason;
    const stay: ImportedStay = {
      fullName: r.name.join(' '),
      birthDate: birth.date,
      birthYear: birth.year,
      sex: r.sex,
      citizenId: r.citizenId,
      residence: r.residence,
      admittedOn: r.admitted,
      kind,
      fileNumber: r.fileNumber,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      court: r.court,
      termMonths,
      dischargedOn,
      dischargeReason,
      area: r.area,
      room: r.room,
      note: r.note,
    };
    const kindList = kindTexts[r.kind];
    return { stay, kindText: kindList[r.kindPick % kindList.length] ?? '', reasonText };
  });

/** Excel's serial of a date, counted from UTC milliseconds (every date here is after 1900-03-01). */
const serialOf = (d: string) => (Date.parse(d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const dateForms = [
  (d: string) => d.split('-').reverse().join('/'),
  (d: string) => d.split('-').reverse().map(Number).join('-'),
  (d: string) => d.split('-').reverse().join('.'),
  (d: string) => d,
  (d: string): Cell => ({ date: d }),
  (d: string): Cell => serialOf(d),
];

/** Picks, one per cell, choose among the ways a register writes the same value. */
function writeCells(w: Written, picks: number[]): Record<ImportField, Cell> {
  const s = w.stay;
  const p = (i: number) => picks[i] ?? 0;
  const date = (d: string | null, i: number): Cell => (d ? (dateForms[p(i) % dateForms.length] ?? dateForms[0]!)(d) : null);
  const name = [s.fullName, s.fullName.toLocaleUpperCase('vi'), s.fullName.toLocaleLowerCase('vi').split(' ').join('  ')][p(0) % 3] ?? null;
  const sexWords = s.sex === 'male' ? ['Nam', 'NAM', 'nam', 'M'] : ['Nữ', 'NỮ', 'nu', 'F'];
  const term = s.termMonths;
  const termForms: Cell[] = term === null ? [null] : [term, String(term), `${term} tháng`, `${term}.0`, ...(term % 12 === 0 ? [`${term / 12} năm`] : [])];
  const id = s.citizenId;
  const idForms: Cell[] = id === null ? [null] : [id, id.replace(/(\d{3})(?=\d)/g, '$1 '), id.replace(/(\d{3})(?=\d)/g, '$1.'), Number(id)];
  return {
    seq: p(1) % 50,
    fullName: name,
    birthDate: date(s.birthDate, 2),
    birthYear: s.birthDate ? null : p(3) % 2 ? s.birthYear : String(s.birthYear),
    sex: sexWords[p(4) % sexWords.length] ?? null,
    citizenId: idForms[p(5) % idForms.length] ?? null,
    residence: s.residence,
    admittedOn: date(s.admittedOn, 6),
    kind: w.kindText,
    fileNumber: s.fileNumber === '123' && p(7) % 2 ? 123 : s.fileNumber,
    decisionNumber: s.decisionNumber,
    decisionDate: date(s.decisionDate, 8),
    court: s.court,
    termMonths: termForms[p(9) % termForms.length] ?? null,
    dischargedOn: date(s.dischargedOn, 10),
    dischargeReason: w.reasonText,
    area: s.area,
    room: s.room,
    note: s.note,
  };
}

const picksArb = fc.array(fc.nat(20), { minLength: 12, maxLength: 12 });

describe('interpretRow, properties', () => {
  it('reads back any valid stay written in any supported way', () => {
    fc.assert(
      fc.property(stayArb, picksArb, fc.shuffledSubarray([...importFields], { minLength: importFields.length }), (w, picks, order) => {
        const byField = writeCells(w, picks);
        const r = interpretRow(order.map((f) => byField[f]), order, 9, ctx);
        expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(r.stay).toEqual(w.stay);
      }),
      { numRuns: 300 },
    );
  });

  const junk: Cell[] = ['', '??', '31/02/2020', '2024', 'Cộng', 'x', 99, 'không rõ', { date: '2030-01-01' }];
  it('gives the same result whatever the order of the columns, problems included', () => {
    fc.assert(
      fc.property(
        stayArb,
        picksArb,
        fc.array(fc.tuple(fc.constantFrom(...importFields), fc.constantFrom(...junk)), { maxLength: 3 }),
        fc.shuffledSubarray([...importFields], { minLength: importFields.length }),
        (w, picks, spoil, order) => {
          const byField = writeCells(w, picks);
          for (const [f, v] of spoil) byField[f] = v;
          const straight = interpretRow(importFields.map((f) => byField[f]), [...importFields], 4, ctx);
          const shuffled = interpretRow(order.map((f) => byField[f]), order, 4, ctx);
          const back = shuffled.problems.map((p) => ({ ...p, column: p.column === null ? null : importFields.indexOf(order[p.column] as ImportField) }));
          const key = (p: { code: string; field: string | null }) => `${p.field}:${p.code}`;
          expect({ ...shuffled, problems: back.sort((a, b) => key(a).localeCompare(key(b))) }).toEqual({
            ...straight,
            problems: [...straight.problems].sort((a, b) => key(a).localeCompare(key(b))),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
