import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { HEAD, openDischargeWorld, type DischargeWorld } from './discharge-fixture';

let w: DischargeWorld;
afterEach(() => w?.t.close());

const errorOf = (r: Envelope<unknown>) => (r.ok ? null : r.error);
const stayRow = (stayId: number) =>
  w.row('SELECT state, current_bed_id AS bed, discharged_on AS dischargedOn, discharge_reason AS reason FROM stays WHERE id = ?', stayId);

describe('undoing a discharge', () => {
  it('the head restores the stay and its bed, voids the certificate and cancels the notices; the next certificate takes the next number', () => {
    w = openDischargeWorld();
    const { stayId, bedId } = w.admit();
    const before = stayRow(stayId);
    const recorded = w.t.ok('discharge.record', w.input(stayId, 'completed'), w.token);
    expect(recorded.certificateNumber).toBe('0001/2026/GCN');

    const r = w.t.ok('discharge.undo', { stayId, reason: 'Ghi nhầm học viên' }, w.head);
    expect(r.state).toBe('present');
    expect(stayRow(stayId)).toEqual(before);
    expect(stayRow(stayId)).toMatchObject({ bed: bedId, dischargedOn: null, reason: null });
    expect(w.row('SELECT type, reverses_id AS reverses FROM movements WHERE stay_id = ? ORDER BY id DESC LIMIT 1', stayId)).toEqual({
      type: 'reversal',
      reverses: recorded.movementId,
    });

    const got = w.t.ok('discharge.get', { stayId }, w.token);
    expect(got.current).toBeNull();
    expect(got.undone).toMatchObject([{ reason: 'completed', undone: { by: HEAD.fullName, reason: 'Ghi nhầm học viên' }, certificate: { voided: true } }]);
    expect(w.t.ok('certificates.list', { year: 2026 }, w.token).certificates).toMatchObject([{ number: '0001/2026/GCN', voided: true, voidReason: 'Ghi nhầm học viên' }]);

    const again = w.t.ok('discharge.record', w.input(stayId, 'completed'), w.token);
    expect(again.certificateNumber).toBe('0002/2026/GCN');
    expect(w.t.ok('discharge.get', { stayId }, w.token).current?.certificate?.number).toBe('0002/2026/GCN');
    const audited = w.rows<{ entity: string }>("SELECT DISTINCT entity FROM audit_log WHERE method = 'discharge.undo'").map((a) => a.entity);
    expect(audited.sort()).toEqual(['certificate', 'deposit_line', 'discharge', 'movement', 'stay']);
  });

  it('cancels the death notices not sent yet and keeps those sent', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    w.discharge(stayId, 'died', { deathCause: 'Ngừng tim' });
    w.t.ok('notices.markSent', { stayId, kind: 'death', recipient: 'family', sentOn: '2026-11-23' }, w.token);
    w.t.ok('discharge.undo', { stayId, reason: 'Nhầm người' }, w.head);
    expect(w.t.ok('discharge.get', { stayId }, w.token).notices.map((n) => [n.kind, n.recipient, n.sentOn])).toEqual([['death', 'family', '2026-11-23']]);
    expect(w.rows('SELECT recipient FROM notices WHERE stay_id = ? AND cancelled_at IS NOT NULL', stayId)).toHaveLength(4);
    expect(w.t.ok('notices.pending', {}, w.token).notices.filter((n) => n.stayId === stayId && n.kind === 'death')).toEqual([]);
  });

  it('is refused when the bed is taken by another resident, naming both; and allowed once they move', () => {
    w = openDischargeWorld();
    const { stayId, bedId } = w.admit();
    w.discharge(stayId, 'completed');
    const newcomer = w.admit().stayId;
    w.t.ok('beds.move', { stayId: newcomer, toBedId: bedId, occurredAt: '2026-11-23T09:00:00+07:00', reason: 'Xếp vào giường trống' }, w.token);
    const name = w.row<{ n: string }>('SELECT p.full_name AS n FROM stays s JOIN persons p ON p.id = s.person_id WHERE s.id = ?', newcomer).n;
    const before = w.snapshot();
    expect(errorOf(w.t.call('discharge.undo', { stayId, reason: 'Ghi nhầm' }, w.head))?.message).toBe(
      `Giường A-P01-G01 của học viên nay đã có ${name}: chuyển người đó sang giường khác trước khi hủy ra cơ sở.`,
    );
    expect(w.snapshot()).toEqual(before);
    w.t.ok('beds.move', { stayId: newcomer, toBedId: w.beds.compulsory[5], reason: 'Trả giường' }, w.token);
    expect(w.t.ok('discharge.undo', { stayId, reason: 'Ghi nhầm' }, w.head).state).toBe('present');
  });

  it('is the head’s alone, needs a reason, and needs a discharge to undo', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    expect(errorOf(w.t.call('discharge.undo', { stayId, reason: 'x' }, w.head))).toMatchObject({ code: 'not_found', message: 'Học viên này chưa ra cơ sở.' });
    w.discharge(stayId, 'completed');
    expect(errorOf(w.t.call('discharge.undo', { stayId, reason: 'Ghi nhầm' }, w.token))?.code).toBe('forbidden');
    expect(errorOf(w.t.call('discharge.undo', { stayId, reason: ' ' }, w.head))?.code).toBe('invalid_input');
    expect(stayRow(stayId)).toMatchObject({ state: 'discharged' });
  });

  it('is refused once the person has a later stay, and for a stay ended by a compulsory admission', () => {
    w = openDischargeWorld();
    const { stayId } = w.admit();
    w.discharge(stayId, 'completed');
    const citizenId = w.row<{ c: string }>('SELECT p.citizen_id AS c FROM stays s JOIN persons p ON p.id = s.person_id WHERE s.id = ?', stayId).c;
    const personId = w.row<{ p: number }>('SELECT person_id AS p FROM stays WHERE id = ?', stayId).p;
    // The same person comes back as a voluntary resident.
    const back = w.t.call(
      'admissions.admit',
      {
        kind: 'voluntary',
        personId,
        person: { fullName: 'Người trở lại', birthDate: '1980-01-01', sex: 'male', citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
        contract: { contractNumber: '1/HĐ', signedOn: '2026-11-23', startsOn: '2026-11-23', endsOn: '2027-05-23', feeDong: 1, payer: 'Gia đình', priorityGroup: 'none' },
        broughtInOn: '2026-11-23',
        bedId: w.beds.voluntary[9],
        health: { onArrival: 'Tỉnh táo' },
        handover: { handedOverBy: 'Gia đình', items: [] },
      },
      w.token,
    );
    expect(back.ok, JSON.stringify(back)).toBe(true);
    expect(errorOf(w.t.call('discharge.undo', { stayId, reason: 'Ghi nhầm' }, w.head))?.message).toMatch(/^Học viên đã có lượt tiếp nhận sau \(hồ sơ 2026\/\d+, ngày 23\/11\/2026\)/);

    w.t.backend.database.sqlite.prepare("UPDATE stays SET discharge_reason = 'to_compulsory' WHERE id = ?").run(stayId);
    expect(errorOf(w.t.call('discharge.undo', { stayId, reason: 'Ghi nhầm' }, w.head))?.message).toMatch(/tiếp nhận cai nghiện bắt buộc/);
  });
});

