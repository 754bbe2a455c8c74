import { afterEach, describe, expect, it } from 'vitest';
import { vn } from './movements-fixture';
import { october, openReportWorld, type ReportWorld } from './reports-fixture';

let r: ReportWorld;
afterEach(() => r?.w.t.close());

const signed = { number: '12', signedOn: '2026-11-02', signerName: 'Đặng Văn Trưởng', signerTitle: 'TRƯỞNG CƠ SỞ' };

describe('finalising a report and the balance check', () => {
  it('keeps the figures as signed and shows a later change to the data as a difference', () => {
    r = openReportWorld();
    const { t, head, token } = r.w;
    expect(t.call('reports.finalise', { period: october, ...signed }, r.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const final = t.ok('reports.finalise', { period: october, ...signed }, head);
    expect(final).toMatchObject({ number: '12', signedOn: '2026-11-02', finalisedBy: 'Đặng Văn Trưởng', differences: [] });
    expect(final.figures.find((f) => f.key === 'headcount.end' && Object.keys(f.dims).length === 0)?.value).toBe(5);
    const again = t.call('reports.finalise', { period: october, ...signed, number: '13' }, head);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!again.ok && again.error.message).toMatch(/đã được chốt \(số 12, ký ngày 02\/11\/2026\)/);
    expect(r.w.row<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE method = 'reports.finalise'").n).toBe(1);

    // A late entry: An had been to hospital on 30/10 and is still there.
    t.ok('movements.record', { stayId: r.stays.an, type: 'to_hospital', occurredAt: vn('2026-10-30'), destination: 'Bệnh viện tỉnh', expectedReturnOn: '2026-11-30' }, token);
    const report = t.ok('reports.figures', { period: october }, head);
    expect(report.final?.number).toBe('12');
    expect(report.final?.differences).toEqual(
      expect.arrayContaining([
        { key: 'events.toHospital', dims: {}, itemName: null, finalised: 1, current: 2 },
        { key: 'outside.end', dims: {}, itemName: null, finalised: 1, current: 2 },
        { key: 'outside.end', dims: { code: 'in_hospital' }, itemName: null, finalised: 0, current: 1 },
      ]),
    );
    expect(report.final?.differences).toHaveLength(3);
  });

  it('refuses a period not over yet', () => {
    r = openReportWorld();
    const november = { ...october, month: 11 };
    expect(r.w.t.call('reports.finalise', { period: november, ...signed }, r.w.head)).toMatchObject({ ok: false, error: { code: 'rule_violation', message: expect.stringMatching(/chưa kết thúc/) } });
  });

  it('names the residents where the balance breaks, and will not finalise it', () => {
    r = openReportWorld();
    const sqlite = r.w.t.backend.database.sqlite;
    // A discharge written straight into the register for a stay that was never admitted by a movement.
    const person = sqlite.prepare("SELECT person_id AS id FROM stays WHERE id = ?").get(r.stays.an) as { id: number };
    const stayId = Number(
      sqlite
        .prepare("INSERT INTO stays (person_id, file_number, kind, admitted_on, state) VALUES (?, '2026/9999', 'compulsory_adult', '2026-10-01', 'present')")
        .run(person.id).lastInsertRowid,
    );
    sqlite
      .prepare("INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at) VALUES (?, 'discharged', '2026-10-10T01:00:00.000Z', '2026-10-10', '2026-10-10T01:00:00.000Z')")
      .run(stayId);
    const report = r.w.t.ok('reports.figures', { period: october }, r.w.head);
    expect(report.balance.holds).toBe(false);
    expect(report.balance.problems).toEqual([{ stayId, fullName: expect.any(String), fileNumber: '2026/9999', start: 0, admitted: 0, left: 1, end: 0 }]);
    expect(r.w.t.call('reports.finalise', { period: october, ...signed }, r.w.head)).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: expect.stringMatching(/không cân đối ở 1 học viên/) },
    });
  });

  it('keeps the header settings, falling back to the facility, and the year-end figures for December only', () => {
    r = openReportWorld();
    const { t, head, token } = r.w;
    const view = t.ok('reports.settings', {}, r.officer);
    expect(view).toMatchObject({ governingUnit: 'Công an tỉnh Đồng Nai', issuingUnit: 'Cơ sở cai nghiện ma túy số 1', defaultConvention: 'calendar' });
    const settings = { ...view, governingUnit: 'CÔNG AN TỈNH ĐỒNG NAI', place: 'Đồng Nai', signerName: 'Đặng Văn Trưởng', recipients: ['Phòng PC04;', 'Lưu: VT.'], defaultConvention: 'cutoff15' };
    expect(t.call('reports.setSettings', settings, r.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    t.ok('reports.setSettings', settings, token);
    expect(t.ok('reports.settings', {}, head)).toEqual(settings);
    const audit = r.w.row<{ before: string; after: string }>("SELECT before_json AS before, after_json AS after FROM audit_log WHERE method = 'reports.setSettings'");
    expect(JSON.parse(audit.before)).toMatchObject({ governingUnit: '' });
    expect(JSON.parse(audit.after)).toMatchObject({ governingUnit: 'CÔNG AN TỈNH ĐỒNG NAI' });

    const values = { 'staff.total': 42, 'staff.female': 9, 'staff.medical': 5, 'staff.trainers': 4, 'funding.stateBudgetDong': 12_500_000_000, 'funding.voluntaryFeesDong': null, 'funding.workIncomeDong': 310_000_000, 'funding.otherDong': null, 'funding.spentDong': 12_100_000_000 };
    expect(t.ok('reports.setYearEnd', { year: 2026, values }, head)).toEqual(values);
    expect(t.ok('reports.figures', { period: { ...october, month: 12 }, compare: false }, head).yearEnd).toEqual(values);
    expect(t.ok('reports.figures', { period: { kind: 'year', convention: 'cutoff15', year: 2026 }, compare: false }, head).yearEnd).toEqual(values);
    expect(t.ok('reports.figures', { period: october, compare: false }, head).yearEnd).toBeNull();
    expect(t.ok('reports.figures', { period: { kind: 'year', convention: 'calendar', year: 2025 }, compare: false }, head).yearEnd?.['staff.total']).toBeNull();
    expect(r.w.row<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE method = 'reports.setYearEnd'").n).toBe(1);
  });
});
