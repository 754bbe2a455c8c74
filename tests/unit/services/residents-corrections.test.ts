import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { count } from './test-backend';
import { openRegister, type Register } from './residents-fixture';

let r: Register;
let hung: number;
let hungStay: number;
let adultCourtStay: number;

beforeEach(() => {
  r = openRegister();
  hung = r.person({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', sex: 'male', citizenId: '079090000001' });
  r.person({ fullName: 'Trần Văn Bảo', birthDate: '1988-01-01', sex: 'male', citizenId: '079090000002' });
  const anh = r.person({ fullName: 'Lê Đức Anh', birthDate: '1992-01-01', sex: 'male', citizenId: '079090000003' });
  hungStay = r.stay({ personId: hung, fileNumber: '2026/0001', kind: 'voluntary', state: 'present', admittedOn: '2026-10-01', bedId: r.beds.A[0] });
  adultCourtStay = r.stay({ personId: hung, fileNumber: '2024/0009', kind: 'compulsory_adult', state: 'discharged', admittedOn: '2024-03-01', termMonths: 12, dischargedOn: '2025-03-01' });
  r.stay({ personId: anh, fileNumber: '2026/0002', kind: 'compulsory_adult', state: 'present', admittedOn: '2026-09-01', bedId: r.beds.A[1] });
  const db = r.t.backend.database.sqlite;
  db.prepare(
    "INSERT INTO court_decisions (stay_id, court, decision_number, decision_date, term_months) VALUES (?, 'TAND huyện Xuân Lộc', '15/2024/QĐ-TA', '2024-02-20', 12)",
  ).run(adultCourtStay);
  db.prepare(
    "INSERT INTO voluntary_contracts (stay_id, contract_number, signed_on, starts_on, ends_on, fee_dong, payer) VALUES (?, '12/HĐ', '2026-10-01', '2026-10-01', '2027-04-01', 9000000, 'Gia đình')",
  ).run(hungStay);
});
afterEach(() => r.t.close());

const correct = (changes: object, reason = 'Sai chính tả khi nhập hồ sơ', token = r.tokens.officer) =>
  r.t.call('persons.correct', { personId: hung, reason, changes }, token);
const names = () => r.t.ok('residents.list', {}, r.tokens.officer).rows.map((x) => x.fullName);

describe('correcting a person', () => {
  it('renames with the reason in the audit, re-sorts the list and finds the new name without accents', () => {
    expect(names()).toEqual(['Lê Đức Anh', 'Nguyễn Văn Hùng']);
    const res = correct({ fullName: 'nguyễn văn   an' });
    expect(res).toMatchObject({ ok: true, data: { personId: hung, changed: ['fullName'] } });
    expect(names()).toEqual(['Nguyễn Văn An', 'Lê Đức Anh']);
    expect(r.t.ok('residents.list', { query: 'nguyen van an' }, r.tokens.officer).rows.map((x) => x.fileNumber)).toEqual(['2026/0001']);
    expect(r.t.ok('residents.list', { query: 'hung' }, r.tokens.officer).total).toBe(0);

    const [audit] = r.sql<{ method: string; before: string; after: string; reason: string; username: string }>(
      "SELECT method, before_json AS before, after_json AS after, reason, username FROM audit_log WHERE entity = 'person' ORDER BY id DESC LIMIT 1",
    );
    expect(audit).toEqual({
      method: 'persons.correct',
      before: JSON.stringify({ fullName: 'Nguyễn Văn Hùng' }),
      after: JSON.stringify({ fullName: 'Nguyễn Văn An' }),
      reason: 'Sai chính tả khi nhập hồ sơ',
      username: 'officer',
    });
  });

  it('changes only what was sent, clears a text with null and shows the correction in the history', () => {
    correct({ otherNames: 'Hùng "đen"', currentResidence: { province: 'Tỉnh Đồng Nai', commune: 'Phường Long Khánh', oldDistrict: 'Thị xã Long Khánh' } });
    correct({ otherNames: null }, 'Tên gọi khác ghi nhầm của người khác');
    const p = r.t.ok('residents.get', { stayId: hungStay }, r.tokens.trainer).person;
    expect(p).toMatchObject({
      fullName: 'Nguyễn Văn Hùng',
      otherNames: null,
      currentResidence: { province: 'Tỉnh Đồng Nai', commune: 'Phường Long Khánh', oldDistrict: 'Thị xã Long Khánh', address: null },
      permanentResidence: { province: 'Tỉnh Đồng Nai', commune: 'Xã Xuân Tâm' },
    });
    const history = r.t.ok('residents.corrections', { stayId: adultCourtStay }, r.tokens.trainer);
    expect(history.map((h) => [h.reason, h.changes.map((c) => c.field)])).toEqual([
      ['Tên gọi khác ghi nhầm của người khác', ['otherNames']],
      ['Sai chính tả khi nhập hồ sơ', ['otherNames', 'currentResidence']],
    ]);
    expect(history[0]?.changes[0]).toEqual({ field: 'otherNames', before: 'Hùng "đen"', after: null });
  });

  it("refuses a citizen ID that belongs to someone else, naming them, and writes nothing", () => {
    const audits = count(r.t, 'audit_log');
    expect(correct({ citizenId: '079090000002', ethnicity: 'Kinh' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'changes.citizenId', message: expect.stringContaining('Trần Văn Bảo') },
    });
    expect(count(r.t, 'audit_log')).toBe(audits);
    expect(r.sql('SELECT ethnicity FROM persons WHERE id = ?', hung)).toEqual([{ ethnicity: null }]);
    expect(correct({ citizenId: '079090000009' })).toMatchObject({ ok: true });
    expect(r.t.ok('residents.list', { query: '079090000009' }, r.tokens.officer).total).toBe(1);
  });

  it('needs a reason and at least one real change', () => {
    expect(correct({ ethnicity: 'Kinh' }, '  ')).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(correct({ fullName: 'Nguyễn Văn Hùng' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('Không có thông tin nào thay đổi') },
    });
  });

  it('refuses a birth date that would make a compulsory adult stay a minor at its decision', () => {
    expect(correct({ birthDate: '2006-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'changes.birthDate', message: expect.stringContaining('2024/0009') },
    });
    expect(correct({ birthDate: '1991-05-01' })).toMatchObject({ ok: true, data: { changed: ['birthDate', 'birthYear'] } });
    expect(correct({ birthDate: null, birthYear: 1991 })).toMatchObject({ ok: true, data: { changed: ['birthDate'] } });
  });

  it('is open to officers, the head and the administrator, not to trainers or the medical team', () => {
    for (const role of ['trainer', 'medical'] as const) {
      expect(correct({ ethnicity: 'Kinh' }, 'lý do', r.tokens[role])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(correct({ ethnicity: 'Kinh' }, 'lý do', r.tokens.head)).toMatchObject({ ok: true });
  });
});

describe('correcting a stay', () => {
  it("fixes the transcription of the stay's papers, audited with the reason and listed by file number", () => {
    const res = r.t.call(
      'stays.correct',
      { stayId: adultCourtStay, reason: 'Số quyết định chép sai', changes: { decisionNumber: '16/2024/QĐ-TA' } },
      r.tokens.officer,
    );
    expect(res).toMatchObject({ ok: true, data: { changed: ['decisionNumber'] } });
    expect(r.t.ok('residents.get', { stayId: adultCourtStay }, r.tokens.officer).stay.court).toMatchObject({
      decisionNumber: '16/2024/QĐ-TA',
      decisionDate: '2024-02-20',
      termMonths: 12,
    });
    const [latest] = r.t.ok('residents.corrections', { stayId: hungStay }, r.tokens.officer);
    expect(latest).toMatchObject({
      entity: 'stay',
      fileNumber: '2024/0009',
      reason: 'Số quyết định chép sai',
      changes: [{ field: 'decisionNumber', before: '15/2024/QĐ-TA', after: '16/2024/QĐ-TA' }],
    });
  });

  it('fixes the number and issuer of the decision to hold the person while the file is prepared', () => {
    const held = r.stay({ personId: hung, fileNumber: '2024/0001', kind: 'pending_decision', state: 'discharged', admittedOn: '2024-02-01', dischargedOn: '2024-02-20' });
    r.t.backend.database.sqlite
      .prepare("INSERT INTO management_decisions (stay_id, decision_number, decision_date, issuer) VALUES (?, '7/QĐ-UBND', '2024-02-01', 'Chủ tịch UBND xã X')")
      .run(held);
    const res = r.t.call(
      'stays.correct',
      { stayId: held, reason: 'Chép sai tên xã', changes: { decisionNumber: '7/QĐ-UBND', issuer: 'Chủ tịch UBND xã Xuân Tâm' } },
      r.tokens.officer,
    );
    expect(res).toMatchObject({ ok: true, data: { changed: ['issuer'] } });
    expect(r.t.ok('residents.get', { stayId: held }, r.tokens.officer).stay.management).toMatchObject({
      decisionNumber: '7/QĐ-UBND',
      issuer: 'Chủ tịch UBND xã Xuân Tâm',
    });
    expect(r.t.call('stays.correct', { stayId: hungStay, reason: 'x', changes: { issuer: 'y' } }, r.tokens.officer)).toMatchObject({
      ok: false,
      error: { field: 'changes.issuer' },
    });
  });

  it('refuses a field for a paper the stay does not have, and a stay of another person stays out of the history', () => {
    expect(
      r.t.call('stays.correct', { stayId: adultCourtStay, reason: 'x', changes: { payer: 'Ngân sách' } }, r.tokens.officer),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'changes.payer' } });
    expect(
      r.t.call('stays.correct', { stayId: hungStay, reason: 'x', changes: { court: 'TAND khu vực 1' } }, r.tokens.officer),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'changes.court' } });
    expect(r.t.ok('residents.corrections', { stayId: hungStay }, r.tokens.officer)).toEqual([]);
  });
});

describe('a correction of the drug history (NĐ 116 Điều 4)', () => {
  it('shows its values to the officer and only that it happened to a trainer', () => {
    correct({ drugsUsed: 'Heroin' });
    const change = (token: string) =>
      r.t.ok('residents.corrections', { stayId: hungStay }, token).flatMap((c) => c.changes).find((x) => x.field === 'drugsUsed');
    expect(change(r.tokens.officer)).toMatchObject({ field: 'drugsUsed', after: 'Heroin' });
    expect(change(r.tokens.trainer)).toEqual({ field: 'drugsUsed', before: null, after: null });
  });
});
