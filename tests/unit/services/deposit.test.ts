import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { count } from './test-backend';

let w: DischargeWorld;
afterEach(() => w?.t.close());

const errorOf = (r: Envelope<unknown>) => (r.ok ? null : r.error);
const account = (stayId: number) => w.t.ok('deposit.account', { stayId }, w.token);
const record = (stayId: number, kind: string, amountDong: number, lineOn = '2026-11-20', description = 'Mua hàng căng tin') =>
  w.t.call('deposit.record', { stayId, kind, amountDong, lineOn, description }, w.token);
const lines = () => count(w.t, 'deposit_lines');

function visitWithMoney(stayId: number, visitOn = '2026-11-15') {
  return w.t.ok(
    'visits.record',
    {
      stayId,
      visitOn,
      durationMinutes: 60,
      visitors: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ' }],
      overrideReason: 'Thăm ngoài lịch',
      handedIn: [
        { kind: 'money', description: 'Tiền mặt gửi lưu ký', amountDong: 500_000 },
        { kind: 'money', description: 'Tiền mua thuốc', amountDong: 200_000 },
        { kind: 'item', description: 'Áo ấm', quantity: 2 },
      ],
    },
    w.token,
  );
}

describe('the deposit account', () => {
  it('credits money handed in at a visit, one line per amount, with its source and who recorded it', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ items: [{ kind: 'valuable', description: 'Nhẫn vàng' }, { kind: 'belonging', description: 'Điện thoại' }] });
    const { visitId } = visitWithMoney(stayId);
    const a = account(stayId);
    expect(a).toMatchObject({ balanceDong: 700_000, closed: false });
    expect(a.lines).toMatchObject([
      { kind: 'handed_in', lineOn: '2026-11-15', amountDong: 500_000, balanceDong: 500_000, description: 'Tiền mặt gửi lưu ký', source: `visit:${visitId}`, recordedBy: 'Trần Văn Quản', reversed: null, reversesId: null },
      { kind: 'handed_in', amountDong: 200_000, balanceDong: 700_000, source: `visit:${visitId}` },
    ]);
    // Valuables held: the admission list's valuables (not belongings) and the items handed in.
    expect(a.valuables).toEqual([
      { source: 'handover', description: 'Nhẫn vàng', quantity: 1, receivedOn: '2025-11-01', returnedOn: null },
      { source: 'handed_in', description: 'Áo ấm', quantity: 2, receivedOn: '2026-11-15', returnedOn: null },
    ]);
    const audited = w.rows<{ entity: string }>("SELECT entity FROM audit_log WHERE method = 'visits.record'").map((r) => r.entity);
    expect(audited.sort()).toEqual(['deposit_line', 'deposit_line', 'visit']);
  });

  it('records purchases and withdrawals as debits and refuses one beyond the balance, writing nothing', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    expect(w.t.ok('deposit.record', { stayId, kind: 'handed_in', amountDong: 300_000, lineOn: '2026-11-10', description: 'Gia đình gửi' }, w.token).balanceDong).toBe(300_000);
    expect(record(stayId, 'purchase', 120_000)).toMatchObject({ ok: true, data: { balanceDong: 180_000 } });
    const before = [lines(), count(w.t, 'audit_log')];
    expect(errorOf(record(stayId, 'withdrawal', 180_001))).toMatchObject({ code: 'rule_violation', field: 'amountDong', message: 'Số dư lưu ký không đủ: còn 180.000 đ.' });
    expect([lines(), count(w.t, 'audit_log')]).toEqual(before);
    // Nor may a debit be dated before the money was there.
    expect(errorOf(record(stayId, 'purchase', 1, '2026-11-09'))?.message).toBe('Số dư lưu ký ngày 09/11/2026 không đủ: khi đó còn 0 đ.');
    expect(record(stayId, 'withdrawal', 180_000)).toMatchObject({ ok: true, data: { balanceDong: 0 } });
    expect(account(stayId).lines.map((l) => [l.kind, l.amountDong, l.balanceDong])).toEqual([
      ['handed_in', 300_000, 300_000],
      ['purchase', -120_000, 180_000],
      ['withdrawal', -180_000, 0],
    ]);
  });

  it('refuses a date in the future or before the admission', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    expect(errorOf(record(stayId, 'handed_in', 1, '2026-11-24'))).toMatchObject({ field: 'lineOn', message: 'Ngày 24/11/2026 chưa đến: chỉ ghi khoản đã diễn ra.' });
    expect(errorOf(record(stayId, 'handed_in', 1, '2025-10-31'))).toMatchObject({ field: 'lineOn', message: 'Ngày phải từ ngày vào cơ sở 01/11/2025 trở đi.' });
    expect(lines()).toBe(0);
  });

  it('reverses a line with a reason; refuses a reversal that would go negative, a second reversal, a reversal of a reversal and of an earning', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    visitWithMoney(stayId);
    const [first] = account(stayId).lines;
    expect(record(stayId, 'purchase', 600_000).ok).toBe(true);
    const before = lines();
    expect(errorOf(w.t.call('deposit.reverse', { lineId: first?.id, reason: 'Ghi nhầm' }, w.token))).toMatchObject({
      code: 'rule_violation',
      message: 'Số dư lưu ký không đủ: còn 100.000 đ.',
    });
    expect(lines()).toBe(before);

    const purchase = account(stayId).lines[2];
    const r = w.t.ok('deposit.reverse', { lineId: purchase?.id, reason: 'Căng tin ghi nhầm' }, w.token);
    expect(r.balanceDong).toBe(700_000);
    const a = account(stayId);
    expect(a.lines[2]).toMatchObject({ kind: 'purchase', reversed: { reason: 'Căng tin ghi nhầm' } });
    expect(a.lines[3]).toMatchObject({ kind: 'reversal', lineOn: '2026-11-23', amountDong: 600_000, balanceDong: 700_000, reversesId: purchase?.id, description: 'Căng tin ghi nhầm' });
    expect(errorOf(w.t.call('deposit.reverse', { lineId: purchase?.id, reason: 'Lần nữa' }, w.token))?.message).toBe('Dòng này đã được hủy.');
    expect(errorOf(w.t.call('deposit.reverse', { lineId: r.id, reason: 'Lần nữa' }, w.token))?.message).toBe('Dòng này là dòng hủy: không hủy lại được.');
    expect(errorOf(w.t.call('deposit.reverse', { lineId: 9999, reason: 'Không có' }, w.token))?.code).toBe('not_found');

    w.t.backend.database.sqlite
      .prepare("INSERT INTO deposit_lines (stay_id, kind, line_on, amount_dong, description, source, recorded_at) VALUES (?, 'earning', '2026-10-31', 90000, 'Tiền công 10/2026', 'pay:2026-10', '2026-11-01T00:00:00Z')")
      .run(stayId);
    const earning = account(stayId).lines.find((l) => l.kind === 'earning');
    expect(errorOf(w.t.call('deposit.reverse', { lineId: earning?.id, reason: 'Sai' }, w.token))?.message).toMatch(/sửa sản lượng lao động/);
  });

  it('prints a statement for a period: opening, lines with running balances, closing', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    w.t.ok('deposit.record', { stayId, kind: 'handed_in', amountDong: 400_000, lineOn: '2026-10-20', description: 'Gia đình gửi' }, w.token);
    w.t.ok('deposit.record', { stayId, kind: 'purchase', amountDong: 50_000, lineOn: '2026-10-25', description: 'Kem đánh răng' }, w.token);
    w.t.ok('deposit.record', { stayId, kind: 'handed_in', amountDong: 100_000, lineOn: '2026-11-05', description: 'Gia đình gửi' }, w.token);
    w.t.ok('deposit.record', { stayId, kind: 'withdrawal', amountDong: 30_000, lineOn: '2026-11-06', description: 'Rút gửi về nhà' }, w.token);
    // Recorded late, dated inside the period: it prints in date order.
    w.t.ok('deposit.record', { stayId, kind: 'purchase', amountDong: 20_000, lineOn: '2026-11-02', description: 'Xà phòng' }, w.token);
    w.t.ok('deposit.record', { stayId, kind: 'purchase', amountDong: 10_000, lineOn: '2026-11-20', description: 'Sau kỳ' }, w.token);
    const s = w.t.ok('deposit.statement', { stayId, from: '2026-11-01', to: '2026-11-15' }, w.token);
    expect(s).toMatchObject({ fileNumber: expect.any(String), openingDong: 350_000, creditsDong: 100_000, debitsDong: 50_000, closingDong: 400_000 });
    expect(s.fullName.length).toBeGreaterThan(0);
    expect(s.lines.map((l) => [l.lineOn, l.amountDong, l.balanceDong])).toEqual([
      ['2026-11-02', -20_000, 330_000],
      ['2026-11-05', 100_000, 430_000],
      ['2026-11-06', -30_000, 400_000],
    ]);
    expect(errorOf(w.t.call('deposit.statement', { stayId, from: '2026-11-15', to: '2026-11-01' }, w.token))?.field).toBe('to');
  });
});

describe('the deposit account at discharge', () => {
  it('discharge tells the balance, pays it out and closes the account; undoing the discharge reopens it', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ items: [{ kind: 'valuable', description: 'Nhẫn vàng' }] });
    visitWithMoney(stayId);
    record(stayId, 'purchase', 100_000);
    expect(w.t.ok('discharge.prepare', { stayId }, w.token).depositBalanceDong).toBe(600_000);

    const { dischargeId } = w.t.ok('discharge.record', w.input(stayId, 'completed'), w.token);
    const closed = account(stayId);
    expect(closed).toMatchObject({ balanceDong: 0, closed: true });
    expect(closed.lines.at(-1)).toMatchObject({ kind: 'payout', lineOn: '2026-11-23', amountDong: -600_000, balanceDong: 0, source: `discharge:${dischargeId}` });
    expect(closed.valuables.map((v) => [v.description, v.returnedOn])).toEqual([
      ['Nhẫn vàng', '2026-11-23'],
      ['Áo ấm', '2026-11-23'],
    ]);
    const settlement = w.t.ok('discharge.get', { stayId }, w.token).current?.settlement;
    expect(settlement).toMatchObject({ depositPaidDong: 600_000, totalDong: 290_000 });

    // Closed: nothing more is written, and the payout is not cancelled here.
    const before = lines();
    expect(errorOf(record(stayId, 'purchase', 1))).toMatchObject({ code: 'rule_violation', message: 'Học viên đã ra cơ sở ngày 23/11/2026: tài khoản lưu ký đã được quyết toán.' });
    const payoutId = closed.lines.at(-1)?.id;
    expect(errorOf(w.t.call('deposit.reverse', { lineId: payoutId, reason: 'Sai' }, w.token))?.message).toBe('Khoản chi trả khi ra cơ sở chỉ hủy được bằng cách hủy việc ra cơ sở.');
    const firstCredit = closed.lines[0]?.id;
    expect(errorOf(w.t.call('deposit.reverse', { lineId: firstCredit, reason: 'Sai' }, w.token))?.message).toBe('Tài khoản lưu ký đã được quyết toán khi ra cơ sở: không ghi thêm được.');
    expect(lines()).toBe(before);

    w.t.ok('discharge.undo', { stayId, reason: 'Ghi nhầm học viên' }, w.head);
    const reopened = account(stayId);
    expect(reopened).toMatchObject({ balanceDong: 600_000, closed: false });
    expect(reopened.lines.at(-2)).toMatchObject({ kind: 'payout', reversed: { reason: 'Ghi nhầm học viên' } });
    expect(reopened.lines.at(-1)).toMatchObject({ kind: 'reversal', amountDong: 600_000, balanceDong: 600_000, reversesId: payoutId });
    expect(reopened.valuables.every((v) => v.returnedOn === null)).toBe(true);
    expect(record(stayId, 'purchase', 50_000)).toMatchObject({ ok: true, data: { balanceDong: 550_000 } });

    // Discharged again: the new balance is paid out.
    const again = w.t.ok('discharge.record', w.input(stayId, 'completed'), w.token);
    expect(account(stayId)).toMatchObject({ balanceDong: 0, closed: true });
    expect(w.row('SELECT amount_dong AS a FROM deposit_lines WHERE source = ?', `discharge:${again.dischargeId}`)).toEqual({ a: -550_000 });
    expect(w.t.ok('discharge.get', { stayId }, w.token).current?.settlement.depositPaidDong).toBe(550_000);
  });

  it('closes an empty account with a payout of nothing', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    expect(w.t.ok('discharge.prepare', { stayId }, w.token).depositBalanceDong).toBe(0);
    w.t.ok('discharge.record', w.input(stayId, 'completed'), w.token);
    expect(account(stayId)).toMatchObject({ balanceDong: 0, closed: true, lines: [{ kind: 'payout', amountDong: 0 }] });
  });

  it('a visit with money on a discharged stay is refused as a whole', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    w.t.ok('discharge.record', w.input(stayId, 'completed'), w.token);
    const before = [count(w.t, 'visits'), lines()];
    const r = w.t.call(
      'visits.record',
      { stayId, visitOn: '2026-11-15', durationMinutes: 60, visitors: [{ name: 'Lan', relation: 'Mẹ' }], overrideReason: 'Ngoại lệ', handedIn: [{ kind: 'money', description: 'Tiền', amountDong: 1000 }] },
      w.token,
    );
    expect(errorOf(r)?.message).toBe('Tài khoản lưu ký đã được quyết toán khi ra cơ sở: không ghi thêm được.');
    expect([count(w.t, 'visits'), lines()]).toEqual(before);
  });
});
