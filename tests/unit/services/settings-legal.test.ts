import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legal } from '../../../electron/services/settings/legal';
import { admission, count } from './test-backend';
import { openRegister, type Register } from './residents-fixture';

/** Today in these tests is 23/11/2026. */
let r: Register;
const sqlite = () => r.t.backend.database.sqlite;
const setLegal = (input: object, token = r.tokens.admin) => r.t.call('settings.setLegal', input, token);
const rowsOf = (key: string) => r.t.ok('settings.legal', {}, r.tokens.officer).filter((x) => x.key === key);

beforeAll(() => {
  r = openRegister();
});
afterAll(() => r.t.close());

describe('legal parameters', () => {
  it('lists every figure with its citation, the default in force today', () => {
    const rows = r.t.ok('settings.legal', {}, r.tokens.trainer);
    expect(rows.length).toBeGreaterThanOrEqual(14);
    expect(rowsOf('term.voluntary')).toEqual([
      expect.objectContaining({ value: { minMonths: 6, maxMonths: 12 }, effectiveFrom: '2022-01-01', status: 'in_force', createdBy: null }),
    ]);
  });

  it('adds a value from a future date: recorded and audited, not in force today, in force from that date', () => {
    const added = setLegal({
      key: 'visits.no_visit_first_days',
      value: { days: 10 },
      citation: 'Nghị định sửa đổi 2027, Điều 3',
      effectiveFrom: '2027-01-01',
    });
    expect(added).toMatchObject({ ok: true, data: { status: 'scheduled', createdBy: 'admin', value: { days: 10 } } });

    expect(legal(sqlite(), 'visits.no_visit_first_days', '2026-12-31').value.days).toBe(15);
    expect(legal(sqlite(), 'visits.no_visit_first_days', '2027-01-01')).toEqual({
      value: { days: 10 },
      citation: 'Nghị định sửa đổi 2027, Điều 3',
      effectiveFrom: '2027-01-01',
    });
    expect(rowsOf('visits.no_visit_first_days').map((x) => [x.effectiveFrom, x.status])).toEqual([
      ['2022-01-01', 'in_force'],
      ['2027-01-01', 'scheduled'],
    ]);
    const [audit] = r.sql<{ method: string; before: string; after: string }>(
      "SELECT method, before_json AS before, after_json AS after FROM audit_log WHERE entity = 'legal_parameter'",
    );
    expect(audit?.method).toBe('settings.setLegal');
    expect(JSON.parse(audit?.before ?? 'null')).toMatchObject({ value: { days: 15 }, effectiveFrom: '2022-01-01' });
    expect(JSON.parse(audit?.after ?? 'null')).toMatchObject({ value: { days: 10 }, effectiveFrom: '2027-01-01' });
  });

  it('accepts a change that took effect last week; the older value stays for older stays', () => {
    expect(
      setLegal({ key: 'term.voluntary', value: { minMonths: 3, maxMonths: 12 }, citation: 'Luật sửa đổi 2026', effectiveFrom: '2026-11-16' }),
    ).toMatchObject({ ok: true, data: { status: 'in_force' } });
    expect(rowsOf('term.voluntary').map((x) => x.status)).toEqual(['superseded', 'in_force']);
    expect(legal(sqlite(), 'term.voluntary', '2026-11-15').value.minMonths).toBe(6);
  });

  it('refuses a date already used for the figure, or one on or before the value in force, and writes nothing', () => {
    const before = count(r.t, 'legal_parameters');
    const base = { key: 'term.voluntary', value: { minMonths: 6, maxMonths: 12 }, citation: 'x' };
    expect(setLegal({ ...base, effectiveFrom: '2026-11-16' })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'effectiveFrom', message: expect.stringContaining('đã có giá trị hiệu lực từ 16/11/2026') },
    });
    expect(setLegal({ ...base, effectiveFrom: '2025-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'effectiveFrom', message: expect.stringContaining('phải sau 16/11/2026') },
    });
    expect(count(r.t, 'legal_parameters')).toBe(before);
  });

  it('checks the value against the shape of the figure, in Vietnamese, field by field', () => {
    const base = { citation: 'Căn cứ', effectiveFrom: '2027-02-01' };
    const issues = (key: string, value: unknown) => {
      const res = setLegal({ ...base, key, value });
      return res.ok ? [] : (res.error.issues ?? []);
    };
    expect(issues('term.compulsory_adult', { minMonths: 24, maxMonths: 12 })).toEqual([
      { field: 'value.maxMonths', message: 'Số tháng tối đa không được nhỏ hơn số tháng tối thiểu' },
    ]);
    expect(issues('term.compulsory_adult', { minMonths: 1.5, maxMonths: 0 })).toEqual([
      { field: 'value.minMonths', message: 'Số tháng tối thiểu: phải là số nguyên' },
      { field: 'value.maxMonths', message: 'Số tháng tối đa: phải lớn hơn 0' },
    ]);
    expect(issues('work.hour_caps', { adult: { day: 9, week: 8 }, age15to18: { day: 6, week: 30 }, age12to15: { day: 4 } })).toEqual([
      { field: 'value.age12to15.week', message: 'Từ đủ 12 đến dưới 15 tuổi: giờ/tuần: bắt buộc, nhập một số' },
    ]);
    expect(issues('work.hour_caps', { adult: { day: 9, week: 8 }, age15to18: { day: 6, week: 30 }, age12to15: { day: 4, week: 20 } })).toEqual([
      { field: 'value.adult.day', message: 'Người thành niên: giờ/ngày không được lớn hơn giờ/tuần' },
    ]);
    expect(issues('discharge.road_meals', { dongPerDay: 70000, maxDays: -1 })).toEqual([
      { field: 'value.maxDays', message: 'Số ngày tối đa: không được âm' },
    ]);
    expect(issues('assessment.max_days', { days: 5 })).toEqual([]);
    expect(setLegal({ ...base, key: 'no.such_key', value: {} })).toMatchObject({
      ok: false,
      error: { field: 'key', message: 'Tham số pháp lý không có trong danh mục' },
    });
  });

  it('keeps only the fields of the shape and is for the administrator alone', () => {
    const res = setLegal({ key: 'age.adult', value: { years: 18, extra: 'x' }, citation: 'Căn cứ', effectiveFrom: '2027-03-01' });
    expect(res).toMatchObject({ ok: true, data: { value: { years: 18 } } });
    expect(JSON.stringify(res.ok && res.data)).not.toContain('extra');
    expect(
      setLegal({ key: 'age.adult', value: { years: 18 }, citation: 'Căn cứ', effectiveFrom: '2027-04-01' }, r.tokens.head),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('a legal change applies from its effective date', () => {
  it('judges an admission by the term range in force on the day the person was brought in', () => {
    expect(
      setLegal({ key: 'term.compulsory_adult', value: { minMonths: 6, maxMonths: 24 }, citation: 'Luật sửa đổi (giả định)', effectiveFrom: '2026-11-20' }),
    ).toMatchObject({ ok: true });
    const bedId = r.beds.A[0]!;
    const before = r.t.call('admissions.admit', admission({ bedId, termMonths: 8, broughtInOn: '2026-11-19', decisionDate: '2026-11-10' }), r.tokens.officer);
    expect(before).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'decision.termMonths', message: expect.stringContaining('Luật Xử lý vi phạm hành chính') },
    });
    const after = r.t.call('admissions.admit', admission({ bedId, termMonths: 8, broughtInOn: '2026-11-20', decisionDate: '2026-11-10' }), r.tokens.officer);
    expect(after).toMatchObject({ ok: true });
  });
});

describe('public holidays for working-day notices', () => {
  it('replaces the list sorted without repeats, audited, and refuses a date that does not exist', () => {
    expect(r.t.ok('settings.holidays', {}, r.tokens.officer)).toEqual([]);
    const saved = r.t.ok('settings.setHolidays', { holidays: ['2027-02-17', '2027-01-01', '2027-02-17'] }, r.tokens.admin);
    expect(saved).toEqual(['2027-01-01', '2027-02-17']);
    expect(r.t.ok('settings.holidays', {}, r.tokens.officer)).toEqual(saved);
    expect(r.sql("SELECT after_json AS after FROM audit_log WHERE entity = 'setting'")).toEqual([{ after: JSON.stringify(saved) }]);
    expect(r.t.call('settings.setHolidays', { holidays: ['2027-02-30'] }, r.tokens.admin)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'holidays.0', message: 'Ngày nghỉ lễ: ngày không có thật' },
    });
  });
});
