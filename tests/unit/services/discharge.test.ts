import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { grantAdjustment, openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { ADMIN } from './test-backend';

let w: DischargeWorld;
afterEach(() => w?.t.close());

const errorOf = (r: Envelope<unknown>) => (r.ok ? null : r.error);

function bedOnBoard(bedId: number) {
  const beds = w.t.ok('beds.board', {}, w.token).flatMap((a) => a.rooms.flatMap((r) => r.beds));
  return beds.find((b) => b.id === bedId);
}

describe('discharging a resident who completed the term', () => {
  it('frees the bed only when recorded, issues Mẫu 46 and keeps the settlement as signed', () => {
    w = openDischargeWorld();
    const { stayId, bedId } = w.admit({ items: [{ kind: 'belonging', description: 'Điện thoại Nokia' }, { kind: 'valuable', description: 'Nhẫn vàng', quantity: 1 }] });

    const prepared = w.t.ok('discharge.prepare', { stayId }, w.token);
    expect(prepared.stay).toMatchObject({ stayId, state: 'present', releaseDate: '2026-11-01', isMinor: false, bedLabel: 'A-P01-G01' });
    expect(prepared.items.map((i) => i.description)).toEqual(['Điện thoại Nokia', 'Nhẫn vàng']);
    expect(prepared.roadMeals).toEqual({ dongPerDay: 70_000, maxDays: 3, citation: 'Thông tư 62/2022/TT-BTC, Điều 5 khoản 11' });
    expect(prepared.reasons.find((r) => r.reason === 'completed')).toEqual({ reason: 'completed', available: true, why: null, needs: [], certificate: 'mau46' });
    expect(prepared.reasons.find((r) => r.reason === 'voluntary_completed')?.available).toBe(false);
    expect(bedOnBoard(bedId)?.occupant?.stayId).toBe(stayId);

    const [phone, ring] = prepared.items.map((i) => ({ source: i.source, itemId: i.itemId }));
    const items = [{ ...phone, returned: true }, { ...ring, returned: false, note: 'Gia đình đã nhận thay' }];
    const r = w.t.ok('discharge.record', w.input(stayId, 'completed', { settlement: { items } }), w.token);
    expect(r.certificateNumber).toBe('0001/2026/GCN');

    expect(w.row('SELECT state, current_bed_id AS bed, discharged_on AS d, discharge_reason AS reason FROM stays WHERE id = ?', stayId)).toEqual({
      state: 'discharged',
      bed: null,
      d: '2026-11-23',
      reason: 'completed',
    });
    expect(bedOnBoard(bedId)?.occupant).toBeNull();
    expect(w.row('SELECT type, from_bed_id AS fromBed FROM movements WHERE id = ?', r.movementId)).toEqual({ type: 'discharged', fromBed: bedId });

    const got = w.t.ok('discharge.get', { stayId }, w.token);
    expect(got.current).toMatchObject({
      reason: 'completed',
      dischargedOn: '2026-11-23',
      recordedBy: ADMIN.fullName,
      certificate: { kind: 'mau46', number: '0001/2026/GCN', issuedOn: '2026-11-23', voided: false },
      undone: null,
    });
    expect(got.current?.settlement).toMatchObject({ roadMealDays: 2, roadMealRate: 70_000, roadMealDong: 140_000, fareDong: 150_000, totalDong: 290_000, depositPaidDong: 0, clothes: true });
    expect(got.current?.settlement.items.map((i) => [i.description, i.returned, i.note])).toEqual([
      ['Điện thoại Nokia', true, null],
      ['Nhẫn vàng', false, 'Gia đình đã nhận thay'],
    ]);
    const audited = w.rows<{ entity: string }>("SELECT DISTINCT entity FROM audit_log WHERE method = 'discharge.record'").map((a) => a.entity);
    expect(audited.sort()).toEqual(['certificate', 'deposit_line', 'discharge', 'movement', 'stay']);
    expect(w.t.ok('certificates.list', { year: 2026 }, w.token).certificates).toMatchObject([{ kind: 'mau46', number: '0001/2026/GCN', seq: 1, stayId, voided: false }]);
    // An ended stay is no longer weighed for a reduction.
    expect(w.t.ok('release.planning', { stayId }, w.token).eligibility).toBeNull();
  });

  it('refuses a second discharge of the same stay', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    expect(w.discharge(stayId, 'completed').ok).toBe(true);
    expect(errorOf(w.discharge(stayId, 'completed'))?.message).toBe('Học viên đã ra cơ sở ngày 23/11/2026.');
  });

  it('lists items handed in since the admission but not money, which is settled through the deposit account', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    w.t.ok(
      'visits.record',
      {
        stayId,
        visitOn: '2026-11-15',
        durationMinutes: 60,
        visitors: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ' }],
        overrideReason: 'Thăm ngoài lịch',
        handedIn: [
          { kind: 'item', description: 'Áo ấm', quantity: 2 },
          { kind: 'money', description: 'Tiền mặt', amountDong: 500_000 },
        ],
      },
      w.token,
    );
    const items = w.t.ok('discharge.prepare', { stayId }, w.token).items;
    expect(items).toMatchObject([{ source: 'handed_in', kind: 'item', description: 'Áo ấm', quantity: 2, receivedOn: '2026-11-15' }]);
    expect(w.t.ok('discharge.prepare', { stayId }, w.token).depositBalanceDong).toBe(500_000);
  });
});

describe('what the record refuses writes nothing', () => {
  const refusals: [string, (i: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['an item missing from the checklist', (i) => ({ ...i, settlement: { ...(i.settlement as object), items: [] } }), 'Đồ vật "Điện thoại": ghi đã trả hay chưa.'],
    [
      'an item kept back without a reason',
      (i) => ({ ...i, settlement: { ...(i.settlement as object), items: (i.settlement as { items: object[] }).items.map((x) => ({ ...x, returned: false })) } }),
      'Đồ vật "Điện thoại": chưa trả thì ghi lý do.',
    ],
    ['more road-meal days than allowed', (i) => ({ ...i, settlement: { ...(i.settlement as object), roadMealDays: 4 } }), 'Tiền ăn đường tối đa 3 ngày (Thông tư 62/2022/TT-BTC, Điều 5 khoản 11).'],
    [
      'the certificate kept back without a note',
      (i) => ({ ...i, settlement: { ...(i.settlement as object), certificateHandedOver: false } }),
      'Giấy chứng nhận chưa giao cho học viên: ghi lý do ở ghi chú quyết toán.',
    ],
    ['a departure later today', (i) => ({ ...i, occurredAt: '2026-11-23T11:00:00+07:00' }), 'Thời điểm ra cơ sở 23/11/2026 11:00 chưa đến: chỉ ghi khi học viên đã rời cơ sở.'],
  ];
  for (const [what, change, message] of refusals) {
    it(what, () => {
      w = openDischargeWorld();
      const { stayId } = w.admit({ items: [{ kind: 'belonging', description: 'Điện thoại' }] });
      const before = w.snapshot();
      const r = w.t.call('discharge.record', change(w.input(stayId, 'completed')), w.token);
      expect(errorOf(r)?.message).toBe(message);
      expect(w.snapshot()).toEqual(before);
      expect(w.row('SELECT current_bed_id AS bed FROM stays WHERE id = ?', stayId)).not.toEqual({ bed: null });
    });
  }

  it('a certificate kept back with a note is accepted', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    expect(w.discharge(stayId, 'completed', { settlement: { certificateHandedOver: false, note: 'Học viên nhận sau' } }).ok).toBe(true);
  });
});

describe('each reason through the record', () => {
  it('completing before the release date is refused, after it allowed', () => {
    w = openDischargeWorld();
    const early = w.admit({ broughtInOn: '2026-11-10', termMonths: 18 }).stayId;
    expect(errorOf(w.discharge(early, 'completed'))).toMatchObject({
      code: 'rule_violation',
      field: 'reason',
      message: 'Chưa đến ngày chấp hành xong (10/05/2028): không thể ghi ra cơ sở ngày 23/11/2026.',
    });
    const due = w.admit().stayId;
    expect(w.discharge(due, 'completed').ok).toBe(true);
  });

  it('a reduced term ends on the new date and takes the next Mẫu 46 number', () => {
    w = openDischargeWorld();
    const first = w.admit().stayId;
    w.discharge(first, 'completed');
    const reduced = w.admit({ broughtInOn: '2025-12-20', termMonths: 12 }).stayId;
    expect(errorOf(w.discharge(reduced, 'reduced'))?.message).toMatch(/chưa có quyết định giảm thời hạn/);
    grantAdjustment(w, reduced, 'reduction', 1);
    expect(errorOf(w.discharge(reduced, 'completed'))?.message).toMatch(/Được giảm thời hạn/);
    const r = w.t.ok('discharge.record', w.input(reduced, 'reduced'), w.token);
    expect(r.certificateNumber).toBe('0002/2026/GCN');
  });

  it('an exemption needs the court decision recorded and its number', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ broughtInOn: '2026-06-01' });
    expect(errorOf(w.discharge(stayId, 'exempted', { decisionNumber: '3/QĐ' }))?.message).toMatch(/chưa có quyết định miễn chấp hành/);
    grantAdjustment(w, stayId, 'exemption');
    expect(errorOf(w.discharge(stayId, 'exempted'))).toMatchObject({ field: 'decisionNumber' });
    expect(w.t.ok('discharge.record', w.input(stayId, 'exempted', { decisionNumber: '3/QĐ' }), w.token).certificateNumber).toBe('0001/2026/GCN');
  });

  it('refuses reasons of another kind of stay, and asks each reason for its fields', () => {
    w = openDischargeWorld();
    const compulsory = w.admit({ broughtInOn: '2026-11-10', termMonths: 18 }).stayId;
    const voluntary = w.admit({ kind: 'voluntary', broughtInOn: '2026-11-10' }).stayId;
    const pending = w.admit({ kind: 'pending_decision', broughtInOn: '2026-11-20' }).stayId;
    const assessment = w.admit({ kind: 'assessment', broughtInOn: '2026-11-20' }).stayId;
    const refused: [number, string, string][] = [
      [voluntary, 'completed', 'Chấp hành xong: chỉ áp dụng cho học viên cai nghiện bắt buộc.'],
      [compulsory, 'self_terminated', 'Tự ý chấm dứt cai nghiện tự nguyện: chỉ áp dụng cho học viên cai nghiện tự nguyện.'],
      [voluntary, 'to_education', 'Chuyển cơ sở giáo dục bắt buộc / trường giáo dưỡng: chỉ áp dụng cho học viên cai nghiện bắt buộc.'],
      [compulsory, 'no_decision', 'Tòa án không ra quyết định đưa vào cơ sở: chỉ áp dụng cho người trong thời gian lập hồ sơ.'],
      [pending, 'not_addicted', 'Kết quả: không nghiện: chỉ áp dụng cho người đang xác định tình trạng nghiện.'],
      [voluntary, 'voluntary_completed', 'Chưa đến ngày hết hạn hợp đồng (10/05/2027): không thể ghi ra cơ sở ngày 23/11/2026.'],
      [compulsory, 'suspended', 'Tạm đình chỉ: ghi số quyết định tạm đình chỉ.'],
      [compulsory, 'transferred', 'Chuyển cơ sở cai nghiện khác: ghi tên cơ sở cai nghiện chuyển đến.'],
      [compulsory, 'criminal_proceedings', 'Bị truy cứu trách nhiệm hình sự: ghi tên cơ quan tiến hành tố tụng.'],
      [compulsory, 'died', 'Chết: ghi nguyên nhân chết.'],
      [pending, 'no_decision', 'Tòa án không ra quyết định đưa vào cơ sở: ghi số văn bản của Tòa án (không ra quyết định).'],
    ];
    const before = w.snapshot();
    for (const [stayId, reason, message] of refused) expect(errorOf(w.discharge(stayId, reason))?.message, reason).toBe(message);
    expect(w.snapshot()).toEqual(before);

    const accepted: [number, string, Record<string, unknown>][] = [
      [compulsory, 'suspended', { decisionNumber: '7/QĐ', decisionDate: '2026-11-20', note: 'Bệnh nặng phải điều trị dài ngày' }],
      [voluntary, 'self_terminated', { note: 'Bỏ về từ ngày 16/11/2026' }],
      [pending, 'no_decision', { decisionNumber: '9/TB-TA' }],
      [assessment, 'community_rehab', {}],
    ];
    for (const [stayId, reason, fields] of accepted) {
      const r = w.discharge(stayId, reason, fields);
      expect(r.ok, `${reason}: ${JSON.stringify(errorOf(r))}`).toBe(true);
      expect((r as { data: { certificateNumber: string | null } }).data.certificateNumber).toBeNull();
    }
  });

  it('a voluntary contract completed: Mẫu 26b and the commune told within 5 working days', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ kind: 'voluntary', broughtInOn: '2026-05-20', termMonths: 6 });
    expect(w.t.ok('discharge.record', w.input(stayId, 'voluntary_completed'), w.token).certificateNumber).toBe('0001/2026/GCN-TN');
    const notices = w.t.ok('discharge.get', { stayId }, w.token).notices.filter((n) => n.kind === 'voluntary_end');
    // Monday 23/11 + 5 working days = Monday 30/11.
    expect(notices).toEqual([{ id: expect.any(Number), kind: 'voluntary_end', recipient: 'commune', dueOn: '2026-11-30', sentOn: null, reference: null, late: false }]);
  });

  it('a minor going home must be handed to the family or the commune (Mẫu 47)', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ kind: 'compulsory_minor', broughtInOn: '2025-11-01', termMonths: 12 });
    expect(w.t.ok('discharge.prepare', { stayId }, w.token).stay.isMinor).toBe(true);
    expect(errorOf(w.discharge(stayId, 'completed'))).toMatchObject({ field: 'handedTo' });
    const handedTo = { to: 'family', name: 'Lê Thị Hoa', relation: 'Mẹ' };
    expect(w.discharge(stayId, 'completed', { handedTo }).ok).toBe(true);
    expect(w.t.ok('discharge.get', { stayId }, w.token).current?.handedTo).toEqual(handedTo);
  });
});

describe('a death', () => {
  it('schedules the notices due within 24 hours: family, commune, court, procuracy and police', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ broughtInOn: '2026-11-10', termMonths: 18 });
    const r = w.discharge(stayId, 'died', { occurredAt: '2026-11-22T21:30:00+07:00', deathCause: 'Ngừng tim', destination: 'Bệnh viện đa khoa tỉnh' });
    expect(r.ok).toBe(true);
    const got = w.t.ok('discharge.get', { stayId }, w.token);
    expect(got.current).toMatchObject({ reason: 'died', dischargedOn: '2026-11-22', deathCause: 'Ngừng tim', destination: 'Bệnh viện đa khoa tỉnh', certificate: null });
    expect(got.notices.map((n) => [n.kind, n.recipient, n.dueOn, n.late])).toEqual([
      ['death', 'family', '2026-11-23', false],
      ['death', 'commune', '2026-11-23', false],
      ['death', 'court', '2026-11-23', false],
      ['death', 'procuracy', '2026-11-23', false],
      ['death', 'police', '2026-11-23', false],
    ]);
    const pending = w.t.ok('notices.pending', {}, w.token).notices.filter((n) => n.stayId === stayId);
    expect(pending).toHaveLength(5);
    const sent = w.t.ok('notices.markSent', { stayId, kind: 'death', recipient: 'family', sentOn: '2026-11-23', reference: '15/TB-CS' }, w.token);
    expect(sent.late).toBe(false);
    expect(w.t.ok('notices.pending', {}, w.token).notices.filter((n) => n.stayId === stayId)).toHaveLength(4);
  });

  it('of a voluntary resident is not notified to a court', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit({ kind: 'voluntary', broughtInOn: '2026-11-10' });
    w.discharge(stayId, 'died', { deathCause: 'Đột quỵ' });
    const recipients = w.t.ok('discharge.get', { stayId }, w.token).notices.filter((n) => n.kind === 'death').map((n) => n.recipient);
    expect(recipients).toEqual(['family', 'commune', 'procuracy', 'police']);
  });
});
