import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vn } from './movements-fixture';
import { count } from './test-backend';
import { openWorkWorld, type WorkWorld } from './work-fixture';

let w: WorkWorld;
beforeEach(() => {
  w = openWorkWorld();
});
afterEach(() => w.t.close());

const err = (r: ReturnType<WorkWorld['record']>) => (r.ok ? null : r.error);

describe('products and rates', () => {
  it('refuses a duplicate name and a second rate on one day; the rate of a day is the latest from on or before it', () => {
    expect(w.t.call('products.create', { name: 'Đan giỏ', unit: 'kg', rateDong: 1, validFrom: '2026-01-01' }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } });
    expect(w.t.call('products.setRate', { productId: w.productId, rateDong: 9, validFrom: '2026-01-01' }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'conflict', field: 'validFrom' } });
    expect(w.t.call('products.setRate', { productId: w.productId, rateDong: 2000, validFrom: '2026-11-16' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    w.t.ok('products.setRate', { productId: w.productId, rateDong: 2000, validFrom: '2026-11-16' }, w.tokens.head);
    const on = (d: string) => w.t.ok('products.list', { on: d }, w.tokens.officer).products[0];
    expect(on('2026-11-15')).toMatchObject({ rateDong: 1500, rateFrom: '2026-01-01' });
    expect(on('2026-11-16')).toMatchObject({ rateDong: 2000, rateFrom: '2026-11-16', rates: [{ rateDong: 1500, validFrom: '2026-01-01' }, { rateDong: 2000, validFrom: '2026-11-16' }] });
    expect(on('2025-12-31')).toMatchObject({ rateDong: null });
  });

  it('a rate change mid-month: lines before keep the old rate, lines after take the new', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    expect(w.record('2026-11-13', [{ stayId: hung, quantity: 10, hours: 4 }]).ok).toBe(true);
    w.t.ok('products.setRate', { productId: w.productId, rateDong: 2000, validFrom: '2026-11-16' }, w.tokens.head);
    expect(w.record('2026-11-16', [{ stayId: hung, quantity: 10, hours: 4 }]).ok).toBe(true);
    // A line entered late for a day before the change still takes that day's rate.
    expect(w.record('2026-11-14', [{ stayId: hung, quantity: 1, hours: 1 }]).ok).toBe(true);
    expect(w.sql('SELECT work_on AS d, rate_dong AS r, amount_dong AS a FROM work_lines ORDER BY work_on')).toEqual([
      { d: '2026-11-13', r: 1500, a: 15000 },
      { d: '2026-11-14', r: 1500, a: 1500 },
      { d: '2026-11-16', r: 2000, a: 20000 },
    ]);
    const other = w.t.ok('products.create', { name: 'Bóc hạt điều', unit: 'kg', rateDong: 5000, validFrom: '2026-12-01' }, w.tokens.head).id;
    expect(err(w.record('2026-11-20', [{ stayId: hung, productId: other, quantity: 1, hours: 1 }]))).toMatchObject({ field: 'entries.0.productId', message: 'Bóc hạt điều chưa có đơn giá ngày 20/11/2026.' });
  });
});

describe('work.sheet and work.record', () => {
  it('a resident in hospital cannot be entered; nothing of the call is written', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    const tam = w.member('Lê Văn Tâm');
    expect(w.t.call('movements.record', { stayId: tam, type: 'to_hospital', occurredAt: vn('2026-11-20', '08:00'), destination: 'Bệnh viện Đa khoa Đồng Nai' }, w.tokens.officer).ok).toBe(true);
    const sheet = w.t.ok('work.sheet', { teamId: w.teamId, date: '2026-11-20' }, w.tokens.officer);
    expect(sheet.rows.map((r) => [r.fullName, r.state, r.blocked])).toEqual([
      ['Nguyễn Văn Hùng', 'present', null],
      ['Lê Văn Tâm', 'in_hospital', 'Lê Văn Tâm đang nằm viện lúc 12:00 ngày 20/11/2026: không nhập sản lượng được.'],
    ]);
    expect(sheet.citation).toBe('Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74');
    const r = w.record('2026-11-20', [{ stayId: hung, quantity: 5, hours: 4 }, { stayId: tam, quantity: 5, hours: 4 }]);
    expect(err(r)).toMatchObject({ code: 'rule_violation', field: 'entries.1.stayId', message: 'Lê Văn Tâm đang nằm viện lúc 12:00 ngày 20/11/2026: không nhập sản lượng được.' });
    expect(count(w.t, 'work_lines')).toBe(0);
    // The day before he was present.
    expect(w.record('2026-11-19', [{ stayId: tam, quantity: 5, hours: 4 }]).ok).toBe(true);
  });

  it('over the cap is refused with the cap and citation named, and nothing is written', () => {
    const nam = w.minor();
    const hung = w.member('Nguyễn Văn Hùng');
    expect(w.record('2026-11-23', [{ stayId: nam, quantity: 3, hours: 4 }]).ok).toBe(true);
    const before = count(w.t, 'work_lines');
    const r = w.record('2026-11-23', [{ stayId: hung, quantity: 10, hours: 8 }, { stayId: nam, quantity: 1, hours: 1 }, { stayId: nam, quantity: 1, hours: 2 }]);
    expect(err(r)).toMatchObject({
      code: 'rule_violation',
      field: 'entries.2.hours',
      message: 'Trần Văn Nam (16 tuổi): 7 giờ ngày 23/11/2026 vượt giới hạn 6 giờ/ngày của người từ đủ 15 đến dưới 18 tuổi (Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74).',
    });
    expect(count(w.t, 'work_lines')).toBe(before);
    const row = w.t.ok('work.sheet', { teamId: w.teamId, date: '2026-11-23' }, w.tokens.officer).rows.find((x) => x.stayId === nam);
    expect(row).toMatchObject({ ageBand: 'age15to18', capDay: 6, capWeek: 30, hoursDay: 4, hoursWeek: 4, blocked: null });
    expect(row?.lines).toHaveLength(1);
  });

  it('refuses a non-member, an exempted resident, an empty entry and a future day; one audit row per call', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    const outsider = w.admit('Phạm Văn Ngoài', '2026-09-01');
    expect(err(w.record('2026-11-20', [{ stayId: outsider, hours: 1, quantity: 1 }]))).toMatchObject({ field: 'entries.0.stayId' });
    expect(err(w.record('2026-11-20', [{ stayId: hung, hours: 0, quantity: 0 }]))).toMatchObject({ field: 'entries.0.hours' });
    // Output without hours would slip past the caps.
    expect(err(w.record('2026-11-20', [{ stayId: hung, hours: 0, quantity: 12 }]))?.message).toContain('ghi số giờ lao động');
    expect(err(w.record('2026-11-24', [{ stayId: hung, hours: 1, quantity: 1 }]))).toMatchObject({ field: 'date' });
    expect(w.t.call('work.exempt', { stayId: hung, fromOn: '2026-11-21', toOn: '2026-11-20', reason: 'Sốt' }, w.tokens.medical)).toMatchObject({ ok: false, error: { field: 'toOn' } });
    expect(w.t.call('work.exempt', { stayId: hung, fromOn: '2026-11-20', toOn: '2026-11-21', reason: 'Sốt' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    w.t.ok('work.exempt', { stayId: hung, fromOn: '2026-11-20', toOn: '2026-11-21', reason: 'Sốt cao' }, w.tokens.medical);
    expect(err(w.record('2026-11-21', [{ stayId: hung, hours: 1, quantity: 1 }]))?.message).toBe('Nguyễn Văn Hùng được miễn lao động từ 20/11/2026 đến 21/11/2026: không nhập sản lượng được.');
    expect(w.t.ok('work.exemptions', { stayId: hung }, w.tokens.officer).exemptions[0]?.reason).toBeNull();
    expect(w.t.ok('work.exemptions', { stayId: hung }, w.tokens.medical).exemptions[0]?.reason).toBe('Sốt cao');
    const audits = count(w.t, 'audit_log');
    expect(w.t.ok('work.record', { teamId: w.teamId, date: '2026-11-22', entries: [{ stayId: hung, productId: w.productId, quantity: 2, hours: 3 }, { stayId: hung, productId: w.productId, quantity: 1, hours: 1 }] }, w.tokens.officer)).toEqual({ lines: 2, amountDong: 4500 });
    expect(count(w.t, 'audit_log')).toBe(audits + 1);
  });

  it('the week cap counts Monday to Sunday', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21']) expect(w.record(d, [{ stayId: hung, quantity: 1, hours: 8 }]).ok).toBe(true);
    expect(err(w.record('2026-11-22', [{ stayId: hung, quantity: 1, hours: 0.5 }]))?.message).toContain('48,5 giờ trong tuần 16/11/2026–22/11/2026 vượt giới hạn 48 giờ/tuần');
    expect(w.record('2026-11-23', [{ stayId: hung, quantity: 1, hours: 8 }]).ok).toBe(true);
  });
});

describe('reversal and the pay run', () => {
  it('a reversal cancels once; the pay total equals the credited deposit lines; a month is paid once; reversal after payment refused', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    const tam = w.member('Lê Văn Tâm');
    w.record('2026-10-05', [{ stayId: hung, quantity: 10, hours: 4 }, { stayId: tam, quantity: 3, hours: 2 }]);
    w.record('2026-10-06', [{ stayId: hung, quantity: 7, hours: 3 }]);
    const [l1, , l3] = w.sql<{ id: number }>('SELECT id FROM work_lines ORDER BY id');
    const rev = w.t.ok('work.reverse', { lineId: l3!.id, reason: 'Nhập nhầm ngày' }, w.tokens.officer).id;
    expect(w.t.call('work.reverse', { lineId: l3!.id, reason: 'Lần nữa' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.t.call('work.reverse', { lineId: rev, reason: 'Hủy dòng hủy' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    expect(w.sql('SELECT quantity, hours, amount_dong AS a, reason FROM work_lines WHERE id = ?', rev)).toEqual([{ quantity: -7, hours: -3, a: -10500, reason: 'Nhập nhầm ngày' }]);

    expect(w.t.call('pay.draft', { month: '2026-11' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'month' } });
    expect(w.t.ok('pay.draft', { month: '2026-10' }, w.tokens.officer)).toMatchObject({ totalDong: 19500, residents: 2 });
    // A redraft replaces the draft.
    const run = w.t.ok('pay.draft', { month: '2026-10' }, w.tokens.officer);
    expect(count(w.t, 'pay_runs')).toBe(1);
    expect(count(w.t, 'pay_run_lines')).toBe(2);
    const got = w.t.ok('pay.get', { month: '2026-10' }, w.tokens.officer);
    expect(got.lines.map((l) => [l.fullName, l.hours, l.amountDong])).toEqual([['Nguyễn Văn Hùng', 4, 15000], ['Lê Văn Tâm', 2, 4500]]);
    expect(got.teams).toEqual([{ teamId: w.teamId, teamName: 'Tổ 1', hours: 6, amountDong: 19500, residents: 2 }]);

    expect(w.t.call('pay.approve', { month: '2026-10' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(w.t.ok('pay.approve', { month: '2026-10' }, w.tokens.head)).toEqual({ credited: 2, totalDong: run.totalDong });
    const credited = w.sql<{ s: number; n: number }>("SELECT sum(amount_dong) AS s, count(*) AS n FROM deposit_lines WHERE kind = 'earning' AND source = 'pay:2026-10'")[0];
    expect(credited).toEqual({ s: run.totalDong, n: 2 });
    const again = w.t.call('pay.approve', { month: '2026-10' }, w.tokens.head);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!again.ok) expect(again.error.message).toMatch(/^Tháng 10\/2026 đã được thanh toán/);
    expect(w.t.call('pay.draft', { month: '2026-10' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.t.call('work.reverse', { lineId: l1!.id, reason: 'Sai' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'rule_violation', message: expect.stringContaining('Tháng 10/2026 đã được thanh toán') } });
    expect(err(w.record('2026-10-07', [{ stayId: hung, quantity: 1, hours: 1 }]))).toMatchObject({ field: 'date' });
    expect(w.sql("SELECT count(*) AS n FROM deposit_lines")).toEqual([{ n: 2 }]);
    expect(w.t.ok('pay.list', {}, w.tokens.officer).runs).toMatchObject([{ month: '2026-10', status: 'approved', totalDong: 19500, residents: 2, approvedBy: 'Cán bộ head' }]);

    const f = w.t.ok('work.figures', { from: '2026-10-01', to: '2026-11-30' }, w.tokens.officer);
    expect(f).toMatchObject({ participants: 2, workdays: 2, hours: 6, earningsCreditedDong: 19500, handedInDong: 0, balanceHeldDong: 19500 });
    expect(f.products).toEqual([{ productId: w.productId, name: 'Đan giỏ', unit: 'piece', quantity: 13, amountDong: 19500 }]);
  });

  it('approval refuses a draft the output changed since', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    w.record('2026-10-05', [{ stayId: hung, quantity: 10, hours: 4 }]);
    w.t.ok('pay.draft', { month: '2026-10' }, w.tokens.officer);
    w.record('2026-10-06', [{ stayId: hung, quantity: 1, hours: 1 }]);
    expect(w.t.call('pay.approve', { month: '2026-10' }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(count(w.t, 'deposit_lines')).toBe(0);
  });

  it('pays a resident who left before the run: credited and paid out at once, the account stays closed', () => {
    const hung = w.member('Nguyễn Văn Hùng');
    const tam = w.member('Lê Văn Tâm');
    w.record('2026-10-05', [{ stayId: hung, quantity: 10, hours: 4 }, { stayId: tam, quantity: 3, hours: 2 }]);
    w.t.ok('pay.draft', { month: '2026-10' }, w.tokens.officer);
    w.t.backend.database.sqlite
      .prepare("INSERT INTO deposit_lines (stay_id, kind, line_on, amount_dong, description, recorded_at) VALUES (?, 'payout', '2026-11-02', 0, 'Quyết toán', '2026-11-02T03:00:00.000Z')")
      .run(tam);
    const r = w.t.ok('pay.approve', { month: '2026-10' }, w.tokens.head);
    expect(r.credited).toBe(2);
    const tamLines = w.sql<{ kind: string; amount: number }>('SELECT kind, amount_dong AS amount FROM deposit_lines WHERE stay_id = ? ORDER BY id', tam);
    const paid = tamLines.find((l) => l.kind === 'earning')?.amount ?? 0;
    expect(paid).toBeGreaterThan(0);
    expect(tamLines.slice(1)).toEqual([{ kind: 'earning', amount: paid }, { kind: 'payout', amount: -paid }]);
    expect(w.t.ok('deposit.account', { stayId: tam }, w.tokens.officer)).toMatchObject({ balanceDong: 0, closed: true });
    expect(w.t.ok('deposit.account', { stayId: hung }, w.tokens.officer).balanceDong).toBeGreaterThan(0);
  });
});
